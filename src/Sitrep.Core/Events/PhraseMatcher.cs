using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>Matches cue phrases (folded words, a trailing * for a prefix) against the body's words.</summary>
public static class PhraseMatcher
{
    /// <summary>Number of words matched when <paramref name="phrase"/> starts at word <paramref name="i"/>, else 0.</summary>
    public static int MatchAt(List<Token> words, int i, int to, string[] phrase)
    {
        if (i + phrase.Length > to)
        {
            return 0;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!WordMatches(words[i + k].Norm, phrase[k]))
            {
                return 0;
            }
        }

        return phrase.Length;
    }

    public static bool WordMatches(string word, string pattern) =>
        pattern.EndsWith('*') ? word.StartsWith(pattern.AsSpan(0, pattern.Length - 1), StringComparison.Ordinal) : word == pattern;

    /// <summary>First phrase of the list matching at <paramref name="i"/>; returns its length or 0.</summary>
    public static int AnyAt(AnalyzedText text, int i, int to, IReadOnlyList<string[]> phrases)
    {
        if (phrases is Knowledge.PhraseSet set)
        {
            return set.MatchAt(text, i, to);
        }

        foreach (var p in phrases)
        {
            var n = MatchAt(text.Words, i, to, p);
            if (n > 0)
            {
                return n;
            }
        }

        return 0;
    }

    /// <summary>
    /// The first word in [<paramref name="from"/>, <paramref name="hi"/>) where one of the phrases starts (and ends before
    /// <paramref name="to"/>), with the phrase's length in <paramref name="length"/>; -1 when none does.
    /// </summary>
    public static int NextAt(AnalyzedText text, int from, int hi, int to, IReadOnlyList<string[]> phrases, out int length)
    {
        if (phrases is Knowledge.PhraseSet set)
        {
            return set.NextAt(text, from, hi, to, out length);
        }

        for (var i = from; i < hi; i++)
        {
            if (AnyAt(text, i, to, phrases) is var n and > 0)
            {
                length = n;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    /// <summary>Whether any phrase occurs in words [from, to).</summary>
    public static bool AnyIn(AnalyzedText text, int from, int to, IReadOnlyList<string[]> phrases) => FirstIn(text, from, to, phrases) >= 0;

    /// <summary>Index of the first word in [from, to) where one of the phrases starts, or -1.</summary>
    public static int FirstIn(AnalyzedText text, int from, int to, IReadOnlyList<string[]> phrases)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Words.Count, to);
        if (phrases is Knowledge.PhraseSet set)
        {
            return set.Find(text, from, to, last: false);
        }

        for (var i = from; i < to; i++)
        {
            if (AnyAt(text, i, to, phrases) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>Index of the last word in [from, to) where one of the phrases starts, or -1.</summary>
    public static int LastIn(AnalyzedText text, int from, int to, IReadOnlyList<string[]> phrases)
    {
        from = Math.Max(0, from);
        to = Math.Min(text.Words.Count, to);
        if (phrases is Knowledge.PhraseSet set)
        {
            return set.Find(text, from, to, last: true);
        }

        for (var i = to - 1; i >= from; i--)
        {
            if (AnyAt(text, i, to, phrases) > 0)
            {
                return i;
            }
        }

        return -1;
    }
}
