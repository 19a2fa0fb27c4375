using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>
/// Finds who a sentence credits: "according to X", "X said/told/reported", "a source close to ... told",
/// "media reports revealed". An outlet is <c>media</c>, a monitor or NGO <c>organization</c>, a state
/// organ or official <c>official</c>, an unnamed source <c>anonymous</c>; with no frame the outlet itself
/// asserts it (<c>author</c>). "According to the report" carries the previous sentence's source.
/// </summary>
public sealed class AttributionFinder
{
    // The cue lists, looked up by name once: they are read in every sentence.
    private readonly IReadOnlyList<string[]> _reportingVerbs;
    private readonly IReadOnlyList<string[]> _anonymousSources;
    private readonly (IReadOnlyList<string[]> Heads, string Kind)[] _genericSources;

    public AttributionFinder(CueLexicon cues)
    {
        _reportingVerbs = cues["reporting_verbs"];
        _anonymousSources = cues["anonymous_sources"];
        _genericSources = [(_anonymousSources, "anonymous"), (cues["organization_sources"], "organization"), (cues["media_sources"], "media")];
    }

    public Attribution?[] FindAll(SentenceContext ctx, string? outlet)
    {
        var text = ctx.Text;
        var result = new Attribution?[text.Sentences.Count];
        Attribution? previous = null;
        for (var s = 0; s < result.Length; s++)
        {
            var a = Find(ctx, s, previous);
            result[s] = a ?? new Attribution(outlet ?? "author", "author");
            if (a is not null)
            {
                previous = a;
            }
        }

        return result;
    }

    private Attribution? Find(SentenceContext ctx, int s, Attribution? previous)
    {
        var words = ctx.Text.Words;
        var (from, to) = ctx.Text.WordRange(s);
        var mentions = ctx.BySentence[s];
        for (var i = from; i < to - 1; i++)
        {
            if (words[i].Norm == "according" && words[i + 1].Norm == "to")
            {
                var named = MentionLists.FirstStartingIn(mentions, i + 2, i + 5);
                if (named is not null)
                {
                    return FromEntity(named);
                }

                return Generic(ctx.Text, i + 2, Math.Min(to, i + 6)) ?? previous;
            }
        }

        var verb = -1;
        for (var k = PhraseMatcher.NextAt(ctx.Text, from, to, to, _reportingVerbs, out _); k >= 0; k = PhraseMatcher.NextAt(ctx.Text, k + 1, to, to, _reportingVerbs, out _))
        {
            // "States" of "United States" is no reporting verb: words inside a name are skipped.
            if (MentionLists.Covering(mentions, k) is null)
            {
                verb = k;
                break;
            }
        }

        if (verb < 0)
        {
            return null;
        }

        var speaker = SpeakerBefore(mentions, verb);
        if (speaker is not null && !AnonymousBetween(ctx.Text, speaker.Last + 1, verb))
        {
            return FromEntity(speaker);
        }

        return Generic(ctx.Text, Math.Max(from, verb - 5), verb)
            ?? (verb + 1 < to && ActorStartingAt(mentions, verb + 1) is Mention after ? FromEntity(after) : null);
    }

    // Loops, not lambdas (MentionLists): a lambda capturing the word index would allocate a closure on every sentence.
    // The last actor ending at most three words before the verb.
    private static Mention? SpeakerBefore(List<Mention> mentions, int verb)
    {
        for (var j = mentions.Count - 1; j >= 0; j--)
        {
            var m = mentions[j];
            if (m.Last < verb && verb - m.Last <= 3 && (m.Entity.IsActor || m.AsActor))
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? ActorStartingAt(List<Mention> mentions, int word)
    {
        foreach (var m in mentions)
        {
            if (m.First == word && m.Entity.IsActor)
            {
                return m;
            }
        }

        return null;
    }

    private bool AnonymousBetween(AnalyzedText text, int from, int to) =>
        PhraseMatcher.AnyIn(text, from, to, _anonymousSources);

    private Attribution? Generic(AnalyzedText text, int from, int to)
    {
        foreach (var (heads, kind) in _genericSources)
        {
            var head = PhraseMatcher.LastIn(text, from, to, heads);
            if (head >= 0)
            {
                return new Attribution(NounPhrase(text.Words, from, head, to), kind);
            }
        }

        return null;
    }

    private static readonly WordSet Determiners = WordSet.Create(
    [
        "a", "an", "the", "two", "three", "several", "some", "many", "other", "local", "unnamed", "anonymous", "senior",
    ]);

    // "on Wednesday a military source said" → "a military source": back from the head noun to its determiner.
    private static string NounPhrase(List<Text.Token> words, int from, int head, int to)
    {
        var start = head;
        while (start > from && start > head - 4 && !IsBoundaryWord(words[start - 1].Norm))
        {
            start--;
            if (Determiners.Contains(words[start].Norm) && words[start].Norm is "a" or "an" or "the")
            {
                break;
            }
        }

        var end = head + 1;
        while (end < to && end <= head + 3 && words[end].Norm is "familiar" or "close" or "with" or "to" or "the" or "matter" or "talks")
        {
            end++;
        }

        var parts = new string[end - start];
        for (var k = start; k < end; k++)
        {
            parts[k - start] = words[k].Norm;
        }

        return string.Join(' ', parts);
    }

    private static bool IsBoundaryWord(string w) => w is "on" or "in" or "at" or "said" or "told" or "and" or "but" or "that" or "according"
        || char.IsDigit(w[0]);

    private static Attribution FromEntity(Mention m)
    {
        var e = m.Entity;
        var kind = e.Kind switch
        {
            "media" => "media",
            "monitor" or "ngo" or "igo" => "organization",
            _ when e.Type is EntityType.Person or EntityType.Country or EntityType.Organization => "official",
            _ => "organization",
        };
        return new Attribution(e.Name, kind);
    }
}
