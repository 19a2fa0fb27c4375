using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// Searches of a sentence's mentions by word position. Loops, not lambdas: a lambda capturing a word index, a trigger
/// or the context allocates a closure on every call of the method that holds it, whichever way the call goes, and the
/// event rules ask these questions for every trigger.
/// </summary>
internal static class MentionLists
{
    /// <summary>The first mention starting at a word in [<paramref name="first"/>, <paramref name="last"/>].</summary>
    public static Mention? FirstStartingIn(List<Mention> mentions, int first, int last)
    {
        foreach (var m in mentions)
        {
            if (m.First >= first && m.First <= last)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The first mention that covers word <paramref name="word"/>.</summary>
    public static Mention? Covering(List<Mention> mentions, int word)
    {
        foreach (var m in mentions)
        {
            if (m.First <= word && word <= m.Last)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Whether a mention starts after word <paramref name="after"/> and ends before word <paramref name="before"/>.</summary>
    public static bool AnyBetween(List<Mention> mentions, int after, int before)
    {
        foreach (var m in mentions)
        {
            if (m.First > after && m.Last < before)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The last mention ending at word <paramref name="word"/>.</summary>
    public static Mention? LastEndingAt(List<Mention> mentions, int word)
    {
        for (var j = mentions.Count - 1; j >= 0; j--)
        {
            if (mentions[j].Last == word)
            {
                return mentions[j];
            }
        }

        return null;
    }

    /// <summary>The last country ending before word <paramref name="word"/>, at most <paramref name="distance"/> words before it.</summary>
    public static Mention? LastCountryBefore(List<Mention> mentions, int word, int distance)
    {
        for (var j = mentions.Count - 1; j >= 0; j--)
        {
            var m = mentions[j];
            if (m.Last < word && word - m.Last <= distance && m.Entity.Type == Model.EntityType.Country)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>The last actor candidate ending before word <paramref name="word"/>.</summary>
    public static Mention? LastCandidateBefore(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int word)
    {
        for (var j = sentence.Count - 1; j >= 0; j--)
        {
            if (sentence[j].Last < word && ActorFinder.IsActorCandidate(ctx, sentence[j], trigger))
            {
                return sentence[j];
            }
        }

        return null;
    }

    /// <summary>The first actor candidate starting after word <paramref name="after"/> and at or before word <paramref name="atMost"/>.</summary>
    public static Mention? FirstCandidate(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int after, int atMost)
    {
        foreach (var m in sentence)
        {
            if (m.First > after && m.First <= atMost && ActorFinder.IsActorCandidate(ctx, m, trigger))
            {
                return m;
            }
        }

        return null;
    }
}
