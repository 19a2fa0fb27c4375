using System.Collections;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// A list of cue phrases indexed by first word in the knowledge base's <see cref="WordIds"/> table (exact words by
/// their number, prefixes such as "intend*" by the number of their first three letters), so that testing a position
/// indexes an array with the numbers the report's words were given once, instead of scanning the list.
/// </summary>
public sealed class PhraseSet : IReadOnlyList<string[]>
{
    private readonly List<string[]> _phrases;
    private readonly WordIds _table;
    private readonly CueIndex<string[]> _index = new();

    /// <summary>Numbers the phrases' first words in <paramref name="table"/>: only while the knowledge base is compiled.</summary>
    internal PhraseSet(IEnumerable<string[]> phrases, WordIds table)
    {
        _phrases = phrases.ToList();
        _table = table;
        foreach (var p in _phrases)
        {
            _index.Add(table.InternCueKey(p[0]), p);
        }
    }

    public int Count => _phrases.Count;

    public string[] this[int index] => _phrases[index];

    /// <summary>Number of words of the first phrase matching at word <paramref name="i"/>, or 0.</summary>
    public int MatchAt(AnalyzedText text, int i, int to) =>
        MatchAt(text, i, to, text.KeyIds(_table), _index.HasPrefixes ? text.PrefixIds(_table) : null);

    /// <summary>
    /// Index of the first (or, <paramref name="last"/>, the last) word in [from, to) where a phrase starts, or -1. The
    /// report's word numbers are fetched once for the whole range, not once for every word.
    /// </summary>
    public int Find(AnalyzedText text, int from, int to, bool last)
    {
        var ids = text.KeyIds(_table);
        var prefixIds = _index.HasPrefixes ? text.PrefixIds(_table) : null;
        for (var k = 0; k < to - from; k++)
        {
            var i = last ? to - 1 - k : from + k;
            if (MatchAt(text, i, to, ids, prefixIds) > 0)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// The first word in [<paramref name="from"/>, <paramref name="hi"/>) where a phrase ending before <paramref name="to"/>
    /// starts, with the phrase's number of words in <paramref name="length"/>; -1 (and 0) when there is none. The word
    /// numbers are fetched once for the range, where a call of <see cref="MatchAt(AnalyzedText, int, int)"/> per word fetched them each time.
    /// </summary>
    public int NextAt(AnalyzedText text, int from, int hi, int to, out int length)
    {
        var ids = text.KeyIds(_table);
        var prefixIds = _index.HasPrefixes ? text.PrefixIds(_table) : null;
        for (var i = from; i < hi; i++)
        {
            if (MatchAt(text, i, to, ids, prefixIds) is var n and > 0)
            {
                length = n;
                return i;
            }
        }

        length = 0;
        return -1;
    }

    private int MatchAt(AnalyzedText text, int i, int to, int[] ids, int[]? prefixIds)
    {
        // Phrases starting with the exact word come first, then the prefixed ones, each in the order of the list.
        if (_index.Exact(ids[i]) is { } exact && FirstMatch(text, i, to, exact) is var n and > 0)
        {
            return n;
        }

        return prefixIds is not null && _index.Prefixed(prefixIds[i]) is { } prefixed ? FirstMatch(text, i, to, prefixed) : 0;
    }

    private static int FirstMatch(AnalyzedText text, int i, int to, List<string[]> phrases)
    {
        foreach (var p in phrases)
        {
            var n = Events.PhraseMatcher.MatchAt(text.Words, i, to, p);
            if (n > 0)
            {
                return n;
            }
        }

        return 0;
    }

    public IEnumerator<string[]> GetEnumerator() => _phrases.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
