using System.Collections;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// A list of cue phrases indexed by first word (exact words in a dictionary, prefixes such as "intend*" by their
/// first three letters), so that testing a position costs one or two lookups instead of a scan of the list.
/// </summary>
public sealed class PhraseSet : IReadOnlyList<string[]>
{
    private readonly List<string[]> _phrases;
    private readonly Dictionary<string, List<string[]>> _byWord = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<string[]>> _byPrefix = new(StringComparer.Ordinal);

    // Looks prefixes up by a slice of the word, without copying the slice into a new string.
    private readonly Dictionary<string, List<string[]>>.AlternateLookup<ReadOnlySpan<char>> _byPrefixSpan;

    // The first letters that phrases start with (ASCII only; other letters are always looked up): most words of a
    // sentence start with none of them and are turned away before hashing.
    private readonly UInt128 _firstLetters;
    private readonly bool _nonAsciiFirst;

    public PhraseSet(IEnumerable<string[]> phrases)
    {
        _phrases = phrases.ToList();
        foreach (var p in _phrases)
        {
            var first = p[0];
            if (first.Length == 0 || first[0] >= 128)
            {
                _nonAsciiFirst = true;
            }
            else
            {
                _firstLetters |= UInt128.One << first[0];
            }

            var (index, key) = first.EndsWith('*') ? (_byPrefix, first[..Math.Min(3, first.Length - 1)]) : (_byWord, first);
            if (!index.TryGetValue(key, out var list))
            {
                index[key] = list = [];
            }

            list.Add(p);
        }

        _byPrefixSpan = _byPrefix.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _phrases.Count;

    public string[] this[int index] => _phrases[index];

    /// <summary>Number of words of the first phrase matching at word <paramref name="i"/>, or 0.</summary>
    public int MatchAt(IReadOnlyList<Token> words, int i, int to)
    {
        var norm = words[i].Norm;
        if (!_nonAsciiFirst && norm.Length > 0 && (norm[0] >= 128 || (_firstLetters & (UInt128.One << norm[0])) == UInt128.Zero))
        {
            return 0;
        }

        if (_byWord.TryGetValue(norm, out var exact))
        {
            foreach (var p in exact)
            {
                var n = Events.PhraseMatcher.MatchAt(words, i, to, p);
                if (n > 0)
                {
                    return n;
                }
            }
        }

        if (_byPrefix.Count > 0 && _byPrefixSpan.TryGetValue(norm.AsSpan(0, Math.Min(3, norm.Length)), out var prefixed))
        {
            foreach (var p in prefixed)
            {
                var n = Events.PhraseMatcher.MatchAt(words, i, to, p);
                if (n > 0)
                {
                    return n;
                }
            }
        }

        return 0;
    }

    public IEnumerator<string[]> GetEnumerator() => _phrases.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
