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
    public int MatchAt(AnalyzedText text, int i, int to)
    {
        // Phrases starting with the exact word come first, then the prefixed ones, each in the order of the list.
        if (_index.Exact(text.KeyIds(_table)[i]) is { } exact && FirstMatch(text, i, to, exact) is var n and > 0)
        {
            return n;
        }

        return _index.HasPrefixes && _index.Prefixed(text.PrefixIds(_table)[i]) is { } prefixed ? FirstMatch(text, i, to, prefixed) : 0;
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
