using System.Runtime.CompilerServices;

namespace Sitrep.Core.Text;

/// <summary>
/// A 1,024-bit filter of words by their length and first and last characters: no word of the set it was made from
/// is turned away, and most other words are, without hashing them whole. <see cref="WordSet"/> and
/// <see cref="WordMap"/> ask it before their frozen collections.
/// </summary>
internal sealed class WordFilter
{
    private readonly ulong[] _bits = new ulong[16];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
        {
            if (word.Length > 0)
            {
                var bit = Bit(word);
                _bits[bit >> 6] |= 1UL << bit;
            }
        }
    }

    /// <summary>False when <paramref name="word"/> is surely not one of the words; the empty word always may be.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(string word)
    {
        if (word.Length == 0)
        {
            return true;
        }

        var bit = Bit(word);
        return (_bits[bit >> 6] & (1UL << bit)) != 0;
    }

    // Length and end characters, mixed (Fibonacci hashing) into 10 bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Bit(string word) => (int)((uint)((((word.Length * 31) + word[0]) * 31) + word[^1]) * 2654435769u >> 22);
}
