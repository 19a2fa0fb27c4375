using System.Collections.Frozen;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>Chooses the time expression that dates a fact (its own clause first, then an opening time, the date of the report that tells it, or a subordinate clause after the cue) and the direction relative expressions resolve in.</summary>
internal static class EventTiming
{
    internal static readonly WordSet Reporting = WordSet.Create(["said", "told", "reported", "announced", "added", "stated"]);

    internal static readonly WordSet PastIrregular = WordSet.Create(
    [
        "met", "held", "took", "sent", "struck", "began", "fought", "hit", "killed", "signed", "came", "went", "left", "made", "won", "lost",
    ]);

    // The verb next to a time expression decides its direction: "met on Monday" looks back, "will meet on Monday" ahead.
    internal static ClauseTense TenseNear(AnalyzedText text, TimeMention t, string status)
    {
        var first = text.WordAt(t.Start);
        var next = text.WordAt(t.End);
        // "met in Oslo on December 18": the verb a few words before, within the clause.
        for (var k = first - 1; k >= 0 && k >= first - 6 && text.SentenceOfWord[k] == text.SentenceOfWord[first]; k--)
        {
            var n = text.Words[k].Norm;
            if (k < first - 3 && (text.Words[k].Capitalized || text.Body.AsSpan(text.Words[k].End, text.Words[k + 1].Start - text.Words[k].End).Contains(',')))
            {
                break;
            }

            // "the US-led coalition", "Iran-backed groups": a participle joined by a hyphen is an adjective.
            if (text.Words[k].Start > 0 && text.Body[text.Words[k].Start - 1] == '-')
            {
                continue;
            }

            if (n is "will" or "would" or "next" or "scheduled" or "due" or "planned" or "expected")
            {
                return ClauseTense.Future;
            }

            // "said in April that it would ...": the time dates the saying, which is past.
            if (Reporting.Contains(n) && k >= first - 2)
            {
                return ClauseTense.Past;
            }

            // "will be held on Monday": a participle after "be" looks ahead with its modal.
            if (!Reporting.Contains(n) && (n.EndsWith("ed", StringComparison.Ordinal) || PastIrregular.Contains(n))
                && !(k > 0 && text.Words[k - 1].Norm == "be"))
            {
                return ClauseTense.Past;
            }
        }

        // "In September, four states proposed a truce": the first verb after an opening time. A time inside the
        // sentence ends its clause at a comma: "withdraw by December 31, the armed forces ministry said" is not past.
        var opensSentence = first >= 0 && (text.IsSentenceStart(first) || InOpeningPhrase(text, first));
        for (var k = next; k >= 0 && k < text.Words.Count && k < next + 14 && text.SentenceOfWord[k] == text.SentenceOfWord[Math.Max(0, first)]; k++)
        {
            if (!opensSentence && k > 0 && text.Body.AsSpan(text.Words[k - 1].End, text.Words[k].Start - text.Words[k - 1].End).Contains(','))
            {
                break;
            }

            var n = text.Words[k].Norm;
            // "Speaking at the border on Thursday, the minister said troops would stay": a time in the opening phrase
            // dates the saying.
            if (n is "said" or "told" or "announced" or "stated" or "declared" or "added" or "insisted" && InOpeningPhrase(text, first))
            {
                return ClauseTense.Past;
            }

            if (n is "will" or "would" or "is" or "are")
            {
                return n is "will" or "would" ? ClauseTense.Future : status is "planned" or "speculative" ? ClauseTense.Future : ClauseTense.Past;
            }

            if (!Reporting.Contains(n) && text.Words[k].Kind == TokenKind.Word && !text.Words[k].Capitalized
                && (n.EndsWith("ed", StringComparison.Ordinal) && n.Length > 4 || PastIrregular.Contains(n)))
            {
                return ClauseTense.Past;
            }
        }

        // No verb tells: a planned fact looks ahead; otherwise the resolver decides (a month-day takes the nearer year).
        return status is "planned" or "speculative" ? ClauseTense.Future : ClauseTense.Unknown;
    }

    // "Speaking at the border on Thursday, the minister said ...": the time sits in the phrase that opens the sentence.
    private static bool InOpeningPhrase(AnalyzedText text, int word)
    {
        if (word < 0)
        {
            return false;
        }

        var (from, _) = text.WordRange(text.SentenceOfWord[word]);
        var opener = text.Words[from].Norm;
        return (opener.EndsWith("ing", StringComparison.Ordinal) || opener is "on" or "at" or "during" or "after" or "in")
            && !text.Body.AsSpan(text.Words[from].Start, text.Words[word].Start - text.Words[from].Start).Contains(',');
    }

    internal static TimeMention? NearestTime(AnalyzedText text, Trigger trigger, List<TimeMention> times, int clauseStart, int clauseEnd)
    {
        if (times.Count == 0)
        {
            return null;
        }

        var anchor = text.Words[trigger.First].Start;
        // A time in another clause ("..., which it has used since 2019") belongs to that clause's verb.
        var clauseFrom = text.Words[clauseStart].Start;
        var clauseTo = clauseEnd < text.Words.Count ? text.Words[clauseEnd].Start : int.MaxValue;
        // "..., including 97 in the past month", "900, down from 2,000 in 2024": the time of a part or of an earlier
        // figure is not the time of the fact.
        // "the 1974 agreement" dates only the noun it modifies.
        if (times.Exists(t => t.Attributive))
        {
            times = NotAttributiveUnlessJustBefore(times, anchor);
            if (times.Count == 0)
            {
                return null;
            }
        }

        // The time of the cue's own clause nearest to it, a time before the cue counting as a little further away
        // (the first of equals wins); found in one pass, without a list of the clause's times.
        TimeMention? nearest = null;
        var nearestDistance = 0;
        foreach (var t in times)
        {
            if (t.Start >= clauseFrom && t.Start < clauseTo
                && !(t.Start > anchor && PartOrEarlierFigure(text.Body.AsSpan(anchor, t.Start - anchor)))
                && !InClosedRelativeClause(text.Body, clauseFrom, t, anchor)
                && Math.Abs(t.Start - anchor) + (t.Start < anchor ? 20 : 0) is var distance && (nearest is null || distance < nearestDistance))
            {
                (nearest, nearestDistance) = (t, distance);
            }
        }

        if (nearest is null)
        {
            // "X reported last month that ...": when only the report is dated, its date dates the event.
            var framing = clauseStart > 0 && text.Words[clauseStart - 1].Norm == "that" ? LastStartingBefore(times, clauseFrom) : null;
            return Opening(text, trigger, times, clauseFrom) ?? framing ?? NearestOutsideClause(text, trigger, times, anchor);
        }

        // "maintains both facilities under agreements signed in 2017": a time after another verb's participle dates
        // that verb, not the state the cue tells.
        if (StateLike(trigger.Rule) && nearest.Start > anchor && ParticipleJustBefore(text, nearest, trigger.Last))
        {
            return null;
        }

        return Math.Abs(nearest.Start - anchor) > 60 ? Opening(text, trigger, times, clauseFrom) ?? nearest : nearest;
    }

    // The helpers below are loops, not lambdas: a lambda capturing the trigger or the anchor made a closure on every
    // call of NearestTime, whichever way the call went.
    private static List<TimeMention> NotAttributiveUnlessJustBefore(List<TimeMention> times, int anchor)
    {
        var kept = new List<TimeMention>();
        foreach (var t in times)
        {
            if (!t.Attributive || (anchor >= t.End && anchor - t.End <= 30))
            {
                kept.Add(t);
            }
        }

        return kept;
    }

    private static TimeMention? LastStartingBefore(List<TimeMention> times, int offset)
    {
        for (var k = times.Count - 1; k >= 0; k--)
        {
            if (times[k].Start < offset)
            {
                return times[k];
            }
        }

        return null;
    }

    // "In March, ...", "So far this year, ...": a time opening the sentence dates its main clause.
    // "Since the fall of the government in December 2024, Israel has ...": a time closing an opening phrase, too.
    // Looked for only when needed: most cues have a time of their own close by.
    private static TimeMention? Opening(AnalyzedText text, Trigger trigger, List<TimeMention> times, int clauseFrom)
    {
        foreach (var t in times)
        {
            if (t.End < text.Body.Length && text.Body[t.End] == ','
                && (text.Sentences[trigger.Sentence].Start + 8 >= t.Start || (t.End < clauseFrom && trigger.Rule.Type is not ("territory.control" or "military.troop_level") && OpensWithTimePhrase(text, trigger.Sentence, t))))
            {
                return t;
            }
        }

        return null;
    }

    // "... were killed when a drone struck a market on Sunday": a subordinate clause after the cue tells when.
    // "..., but the salvo fired at it in June 2025": a time past a contrasting conjunction dates another statement.
    // A state ("keeps troops at nine positions, which it seized in 2024") is not dated by another verb's time.
    // Otherwise the time nearest the cue within 60 characters; the first of equals wins.
    private static TimeMention? NearestOutsideClause(AnalyzedText text, Trigger trigger, List<TimeMention> times, int anchor)
    {
        var state = StateLike(trigger.Rule);
        TimeMention? after = null;
        var afterDistance = 0;
        foreach (var t in times)
        {
            if (t.Start > anchor && !Contrasted(text.Body, anchor, t.Start) && !PartOrEarlierFigure(text.Body.AsSpan(anchor, t.Start - anchor))
                && !(state && ParticipleJustBefore(text, t, trigger.Last)) && (after is null || t.Start - anchor < afterDistance))
            {
                (after, afterDistance) = (t, t.Start - anchor);
            }
        }

        if (after is not null || state)
        {
            return after;
        }

        TimeMention? near = null;
        var nearDistance = 0;
        foreach (var t in times)
        {
            if (Math.Abs(t.Start - anchor) <= 60 && (near is null || Math.Abs(t.Start - anchor) < nearDistance))
            {
                (near, nearDistance) = (t, Math.Abs(t.Start - anchor));
            }
        }

        return near;
    }

    // "Russia, whose peacekeepers left in 2024, keeps a base": the time belongs to a relative clause closed before the cue.
    private static bool InClosedRelativeClause(string body, int clauseFrom, TimeMention t, int anchor)
    {
        if (t.End >= anchor)
        {
            return false;
        }

        var before = body.AsSpan(clauseFrom, t.Start - clauseFrom);
        var opener = Math.Max(before.LastIndexOf(", whose ", StringComparison.Ordinal), Math.Max(before.LastIndexOf(", which ", StringComparison.Ordinal), before.LastIndexOf(", who ", StringComparison.Ordinal)));
        return opener >= 0 && body.AsSpan(t.End, anchor - t.End).Contains(',');
    }

    // A state of affairs ("keeps a base", "holds 40 percent", "keeps troops at nine positions") is not dated by a
    // neighbouring clause's time.
    private static bool StateLike(EventRule rule) =>
        rule.Type is "military.base" or "military.troop_level" or "territory.control" || rule.Status == "ongoing";

    private static bool OpensWithTimePhrase(AnalyzedText text, int sentence, TimeMention t)
    {
        var (from, _) = text.WordRange(sentence);
        return text.Words[from].Norm is "since" or "after" or "following" or "before" or "until"
            && !text.Body.AsSpan(text.Words[from].End, t.Start - text.Words[from].End).Contains(',');
    }

    // "under agreements signed in 2017", "..., most of them set up during operations between 2016 and 2020".
    private static bool ParticipleJustBefore(AnalyzedText text, TimeMention t, int triggerLast)
    {
        // A time that overlaps a cue of several words ("began work on | on Sunday") follows no participle.
        if (t.Start < text.Words[triggerLast].End)
        {
            return false;
        }

        var first = text.WordAt(t.Start);
        var afterComma = text.Body.AsSpan(text.Words[triggerLast].End, t.Start - text.Words[triggerLast].End).Contains(',');
        for (var k = first - 1; k > triggerLast && k >= first - (afterComma ? 8 : 3); k--)
        {
            var n = text.Words[k].Norm;
            if ((n.EndsWith("ed", StringComparison.Ordinal) && n.Length > 4) || PastIrregular.Contains(n) || n is "set" or "built" or "won" or "seized")
            {
                return true;
            }
        }

        return false;
    }

    // "..., ending a presence that began in 2019": a time after "began" dates the beginning of something else.
    private static bool PartOrEarlierFigure(ReadOnlySpan<char> between) =>
        between.Contains("including ", StringComparison.Ordinal) || between.Contains("down from ", StringComparison.Ordinal)
        || between.Contains("up from ", StringComparison.Ordinal) || between.Contains(" began", StringComparison.Ordinal)
        || between.Contains(" started", StringComparison.Ordinal) || between.Contains("dating back", StringComparison.Ordinal)
        || between.Contains(" than the ", StringComparison.Ordinal); // "a shorter lease than the one agreed in 2017"

    private static bool Contrasted(string body, int from, int to)
    {
        var between = body.AsSpan(from, to - from);
        return between.Contains(", but ", StringComparison.Ordinal) || between.Contains("; ", StringComparison.Ordinal)
            || between.Contains("down from ", StringComparison.Ordinal) || between.Contains("up from ", StringComparison.Ordinal)
            || between.Contains(", while ", StringComparison.Ordinal) || between.Contains(", although ", StringComparison.Ordinal);
    }

    /// <summary>The time expressions that lie inside <paramref name="sentence"/>.</summary>
    public static List<TimeMention> TimesWithin(IReadOnlyList<TimeMention> times, TextSpan sentence)
    {
        // By index: a foreach over the interface would allocate an enumerator for every sentence.
        var within = new List<TimeMention>();
        for (var k = 0; k < times.Count; k++)
        {
            if (times[k].Start >= sentence.Start && times[k].End <= sentence.End)
            {
                within.Add(times[k]);
            }
        }

        return within;
    }

    // A resolved day ("2026-11-14") read without the general date parser, which costs more than the rest of the check;
    // any other text of that length is left to the parser.
    public static DateOnly? IsoDay(string iso)
    {
        if (iso.Length == 10 && iso[4] == '-' && iso[7] == '-'
            && int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var y)
            && int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var m)
            && int.TryParse(iso.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var d)
            && y >= 1 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
        {
            return new DateOnly(y, m, d);
        }

        return DateOnly.TryParse(iso, CultureInfo.InvariantCulture, out var when) ? when : null;
    }
}
