using System.Collections.Frozen;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>
/// Decides an event's status from cues around its trigger (codebook section 3, "Status"): a denial
/// governing the cue makes it <c>denied</c>; modality (plans, will, could) beats hedges (reportedly,
/// accused); a time before the month preceding publication or a background cue makes it <c>historical</c>;
/// otherwise the verb's tense chooses between <c>ongoing</c> and <c>completed</c>.
/// </summary>
public sealed class StatusClassifier
{
    private static readonly WordSet IrregularPast = WordSet.Create(
    [
        "met", "held", "fought", "struck", "sent", "took", "began", "overthrew", "overran", "seized", "ran", "left", "made", "led",
        "built", "kept", "won", "lost", "shot", "hit", "became", "chose", "gave", "withdrew", "drew", "stood", "came", "went",
    ]);

    private static readonly WordSet PastAuxiliaries = WordSet.Create(["was", "were", "had", "did", "has", "have"]);

    private static readonly IReadOnlyList<string[]> PastAuxiliaryPhrases = [["was"], ["were"], ["had"]];

    private static readonly WordSet PresentAuxiliaries = WordSet.Create(["is", "are", "am"]);

    // The cue lists, looked up by name once: the classifier runs for every trigger.
    private readonly IReadOnlyList<string[]> _speculativeNegations;
    private readonly IReadOnlyList<string[]> _denied;
    private readonly IReadOnlyList<string[]> _strongDenials;
    private readonly IReadOnlyList<string[]> _negationBreakers;
    private readonly IReadOnlyList<string[]> _planned;
    private readonly IReadOnlyList<string[]> _speculative;
    private readonly IReadOnlyList<string[]> _alleged;
    private readonly IReadOnlyList<string[]> _background;
    private readonly IReadOnlyList<string[]> _ongoing;

    public StatusClassifier(CueLexicon cues)
    {
        _speculativeNegations = cues["speculative_negations"];
        _denied = cues["denied"];
        _strongDenials = cues["strong_denials"];
        _negationBreakers = cues["negation_breakers"];
        _planned = cues["planned"];
        _speculative = cues["speculative"];
        _alleged = cues["alleged"];
        _background = cues["background"];
        _ongoing = cues["ongoing"];
    }

    public (string Status, Provenance Why) Classify(SentenceContext ctx, Trigger trigger, int clauseStart, TimeSpec? time, PartialDate? published)
    {
        var words = ctx.Text.Words;
        var (sFrom, sTo) = ctx.Text.WordRange(trigger.Sentence);
        var near = Math.Max(sFrom, trigger.First - 5);
        var before = Math.Max(sFrom, Math.Min(clauseStart, trigger.First - 8));

        if (PhraseMatcher.FirstIn(ctx.Text, Math.Max(sFrom, trigger.First - 8), trigger.First, _speculativeNegations) is int sn and >= 0)
        {
            return ("speculative", Why("status.not-ruled-out", ctx, sn));
        }

        var deny = PhraseMatcher.LastIn(ctx.Text, Math.Max(sFrom, trigger.First - 3), trigger.First, _denied);
        if (deny < 0)
        {
            // A denial governs its own clause, or a that-clause it introduces ("denied that it plans to ...").
            var scope = clauseStart > sFrom && words[clauseStart - 1].Norm == "that" ? sFrom : clauseStart;
            deny = PhraseMatcher.LastIn(ctx.Text, scope, trigger.First, _strongDenials);
            // "denied that its men were involved and said that it had arrested three": the that-clause belongs to the
            // later reporting verb, not to the denial.
            if (deny >= 0 && deny < clauseStart && ReportedAfter(words, deny + 1, clauseStart))
            {
                deny = -1;
            }
        }

        if (deny >= 0 && PhraseMatcher.FirstIn(ctx.Text, deny, trigger.First, _negationBreakers) < 0)
        {
            return ("denied", Why("status.denial-cue", ctx, deny));
        }

        // "wants a return to the lines of the 1974 Disengagement Agreement": a fact named by an earlier year is that
        // past fact, whatever the clause around it wants or plans.
        if (NamedByEarlierYear(words, sFrom, trigger.First, published) is int year)
        {
            return ("historical", Why("status.named-by-earlier-year", ctx, year));
        }

        var after = Math.Min(sTo, trigger.Last + 5);
        var modalFrom = Math.Max(sFrom, Math.Max(clauseStart, trigger.First - 12));
        // "will not hand over their weapons to those who killed their families": a past verb of a relative clause is
        // not governed by the modal of the clause it hangs from.
        if (trigger.First > sFrom && words[trigger.First - 1].Norm is "who" or "which" && IsPastForm(words[trigger.First].Norm))
        {
            modalFrom = trigger.First;
        }
        // "demanded that Israel withdraw from positions it has held since 2025": the holding goes on, whatever is demanded.
        if (trigger.Rule.Type is "military.base" or "territory.control" && PronounOwner.HoldingClause(ctx, trigger) is (int holder, true))
        {
            return ("ongoing", Why("status.held-in-relative-clause", ctx, holder));
        }

        var plan = PhraseMatcher.LastIn(ctx.Text, modalFrom, after, _planned);
        // "the convoys arriving from Syria must not become ...": a modal after a participle that describes its noun
        // governs the main verb; the arrival is under way.
        if (plan > trigger.Last && trigger.First > sFrom && words[trigger.First].Norm.EndsWith("ing", StringComparison.Ordinal)
            && words[trigger.First - 1].Kind == TokenKind.Word && words[trigger.First - 1].Norm.EndsWith('s')
            && words[trigger.First - 1].Norm is not ("is" or "was" or "has" or "its" or "this" or "as"))
        {
            return ("ongoing", Why("status.participle-of-its-noun", ctx, trigger.First));
        }

        var spec = PhraseMatcher.LastIn(ctx.Text, modalFrom, after, _speculative);
        while (spec > sFrom && words[spec].Capitalized && words[spec].Norm == "may")
        {
            spec = PhraseMatcher.LastIn(ctx.Text, modalFrom, spec, _speculative); // "in May" is a month
        }
        if (plan >= 0 || spec >= 0)
        {
            return spec > plan ? ("speculative", Why("status.modality-speculative", ctx, spec)) : ("planned", Why("status.modality-planned", ctx, plan));
        }

        // "pressed Israel to pull out": what a party is asked to do is not done yet.
        if (UrgedParty.Of(ctx, ctx.BySentence[trigger.Sentence], trigger) is Mention asked)
        {
            return ("planned", Why("status.asked-to-act", ctx, asked.First));
        }

        // "the ousted Syrian president": a participle naming a past change of power is background.
        if (trigger.First == trigger.Last && words[trigger.First].Norm.EndsWith("ed", StringComparison.Ordinal) && trigger.Last + 1 < sTo
            && trigger.First > sFrom && words[trigger.First - 1].Norm is "the" or "a" or "an" or "its" or "their" or "his" or "her" or "former"
            && (words[trigger.Last + 1].Norm is "president" or "leader" or "government" or "regime" or "ruler" or "prime" or "king"
                || (trigger.Last + 2 < sTo && words[trigger.Last + 2].Norm is "president" or "leader" or "government" or "regime" or "ruler")))
        {
            return ("historical", Why("status.attributive-past-change", ctx, trigger.First));
        }

        // "since the fall of Assad", "following the ouster": an event named as a point in time is background.
        if (trigger.First - sFrom >= 2 && words[trigger.First - 1].Norm is "the" && words[trigger.First - 2].Norm is "since" or "following" or "after" or "before")
        {
            return ("historical", Why("status.background-event-reference", ctx, trigger.First - 2));
        }

        var hedge = PhraseMatcher.FirstIn(ctx.Text, Math.Max(sFrom, Math.Max(clauseStart, trigger.First - 8)), Math.Min(sTo, trigger.Last + 3), _alleged);
        if (hedge >= 0)
        {
            return ("alleged", Why("status.hedge", ctx, hedge));
        }

        if (IsBeforeNewsWindow(time, published))
        {
            return ("historical", new Provenance("status", "status.dated-before-news-window", time!.Text));
        }

        var background = PhraseMatcher.FirstIn(ctx.Text, sFrom, trigger.First, _background);
        if (background >= 0 && (time is null || time.Start is null) && !RecentSpan(ctx.Text.Words, background))
        {
            return ("historical", Why("status.background-cue", ctx, background));
        }

        // "a year-old ceasefire", "the fragile truce": an agreement described by its age or state is in force.
        if (trigger.Rule.Type == "diplomacy.agreement" && InForce(words, Math.Max(sFrom, trigger.First - 3), trigger.First) is int aged)
        {
            return ("ongoing", Why("status.agreement-in-force", ctx, aged));
        }

        if (trigger.Rule.Status is string ruleDefault)
        {
            return (ruleDefault, new Provenance("status", "status.rule-default", trigger.Rule.Id));
        }

        var ongoing = PhraseMatcher.LastIn(ctx.Text, near, trigger.Last + 1, _ongoing);
        if (ongoing >= 0 || PresentTense(ctx, trigger, sFrom))
        {
            return ("ongoing", ongoing >= 0 ? Why("status.ongoing-cue", ctx, ongoing) : new Provenance("status", "status.present-tense", trigger.Cue));
        }

        if (trigger.Rule.Type == "military.troop_level" && !PhraseMatcher.AnyIn(ctx.Text, Math.Max(sFrom, trigger.First - 6), trigger.First, PastAuxiliaryPhrases))
        {
            return ("ongoing", new Provenance("status", "status.force-size-present", trigger.Cue)); // a stated force size is a current state
        }

        return ("completed", new Provenance("status", PastTense(ctx, trigger, sFrom) ? "status.past-tense" : "status.default-realis", trigger.Cue));
    }

    private static int? InForce(List<Text.Token> words, int from, int to)
    {
        for (var k = to - 1; k >= from; k--)
        {
            var w = words[k].Norm;
            if (w is "fragile" or "existing" or "shaky" or "tenuous" or "current" or "standing" or "prevailing" or "faltering" or "holding"
                || (w == "old" && k > from && words[k - 1].Norm is "year" or "month" or "week" or "decade" or "day" or "years" or "months" or "weeks" or "decades")
                || w.EndsWith("-old", StringComparison.Ordinal))
            {
                return k;
            }
        }

        return null;
    }

    private static Provenance Why(string rule, SentenceContext ctx, int word) => new("status", rule, ctx.Text.Words[word].Norm);

    /// <summary>Dated before the month preceding publication (codebook: historical).</summary>
    public static bool IsBeforeNewsWindow(TimeSpec? time, PartialDate? published)
    {
        // "until last year": a state that ended before the news window is background too.
        if (time?.Start is null && time?.End is string end && published is PartialDate q && q.HasMonth && end.Length >= 4
            && string.CompareOrdinal(end, 0, $"{q.Year:D4}", 0, 4) < 0)
        {
            return true;
        }

        if (time?.Start is not string start || published is not PartialDate p || !p.HasMonth)
        {
            return false;
        }

        var window = new DateOnly(p.Year, p.Month, 1).AddMonths(-1);
        var key = $"{window.Year:D4}-{window.Month:D2}";
        return string.CompareOrdinal(start.Length >= 7 ? start[..7] : start + "-12", key) < 0;
    }

    private static bool PresentTense(SentenceContext ctx, Trigger trigger, int sFrom)
    {
        var words = ctx.Text.Words;
        var cue = words[trigger.First].Norm;
        var prev = trigger.First > sFrom ? words[trigger.First - 1].Norm : "";
        if (cue.EndsWith("ing", StringComparison.Ordinal) && PresentAuxiliaries.Contains(prev))
        {
            return true;
        }

        for (var k = Math.Max(sFrom, trigger.First - 4); k < trigger.First; k++)
        {
            if (words[k].Norm is "currently" or "now" or "still")
            {
                return true;
            }
        }

        // A verb in the third person present ("controls", "maintains", "has") right at the cue.
        return cue is "controls" or "maintains" or "holds" or "operates" or "keeps" or "runs" or "hosts" or "has"
            || (prev is "has" or "have" && !IsPastForm(cue) && words[trigger.First].Norm.EndsWith('s'));
    }

    private static int? NamedByEarlierYear(List<Token> words, int sFrom, int cue, PartialDate? published)
    {
        for (var k = cue - 1; k > sFrom && k >= cue - 3; k--)
        {
            if (words[k].Kind == TokenKind.Number && words[k - 1].Norm == "the" && words[k].Norm.Length == 4
                && int.TryParse(words[k].Norm, out var y) && y >= 1900 && published is PartialDate p && y < p.Year)
            {
                return k;
            }

            if (words[k].Kind != TokenKind.Word)
            {
                return null;
            }
        }

        return null;
    }

    private static bool ReportedAfter(List<Token> words, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (EventTiming.Reporting.Contains(words[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    internal static bool IsPastForm(string word) => word.EndsWith("ed", StringComparison.Ordinal) || IrregularPast.Contains(word);

    private static bool PastTense(SentenceContext ctx, Trigger trigger, int sFrom)
    {
        var words = ctx.Text.Words;
        if (IsPastForm(words[trigger.First].Norm))
        {
            return true;
        }

        for (var k = sFrom; k < trigger.First; k++)
        {
            if (PastAuxiliaries.Contains(words[k].Norm) || words[k].Norm.EndsWith("ed", StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // "in the past week", "over the past 24 hours": a span reaching up to the report is recent, not background.
    private static bool RecentSpan(List<Token> words, int cue)
    {
        var k = cue;
        while (k < words.Count && k < cue + 3 && words[k].Norm != "past")
        {
            k++;
        }

        return k + 1 < words.Count && words[k].Norm == "past"
            && (words[k + 1].Kind == TokenKind.Number || words[k + 1].Norm is "week" or "weeks" or "month" or "months" or "day" or "days" or "few" or "several"
                or "two" or "three" or "year" or "hours" or "24" or "48");
    }
}
