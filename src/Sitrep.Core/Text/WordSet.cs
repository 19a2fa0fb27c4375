using System.Collections.Frozen;
using System.Runtime.CompilerServices;

namespace Sitrep.Core.Text;

/// <summary>
/// A fixed set of words compared ordinally: the small word lists that the stages test words against one by one.
/// Most words tested are in no list, so a filter of each member's length, first and last character turns them
/// away before the frozen set hashes the whole word. A word the filter lets through is looked up in the set, so
/// the answer is always the set's.
/// </summary>
public sealed class WordSet
{
    private const int FilterBits = 1024;

    private readonly FrozenSet<string> _words;
    private readonly ulong[] _filter = new ulong[FilterBits / 64];

    private WordSet(ReadOnlySpan<string> words)
    {
        _words = FrozenSet.Create(StringComparer.Ordinal, words);
        foreach (var word in _words)
        {
            if (word.Length > 0)
            {
                var bit = Bit(word);
                _filter[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>The set of <paramref name="words"/> (duplicates allowed).</summary>
    public static WordSet Create(ReadOnlySpan<string> words) => new(words);

    public bool Contains(string word)
    {
        if (word.Length == 0)
        {
            return _words.Contains(word);
        }

        var bit = Bit(word);
        return (_filter[bit >> 6] & (1UL << bit)) != 0 && _words.Contains(word);
    }

    // The filter's bit for a word: its length and end characters, mixed (Fibonacci hashing) into 10 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(string word) => (int)((uint)((((word.Length * 31) + word[0]) * 31) + word[^1]) * 2654435769u >> 22);
}
