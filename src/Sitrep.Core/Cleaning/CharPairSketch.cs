namespace Sitrep.Core.Cleaning;

/// <summary>
/// The characters of a line and the pairs of adjacent ones, folded for case and hashed into a set of bits. A literal
/// occurs in the line (ignoring case as an ordinal comparison does) only if its character, or each of its pairs, is in
/// the set: one pass over the line spares most lines the search for most literals of a <see cref="RegexList"/>.
/// Two pairs that share a bit only let a literal through to the exact search; no literal that occurs is ever ruled out.
/// </summary>
internal static class CharPairSketch
{
    /// <summary>How many 64-bit words a sketch has (4,096 bits: a furniture line sets a few hundred).</summary>
    public const int Length = 64;

    private const int BitsUsed = 12;

    /// <summary>
    /// Clears <paramref name="sketch"/> and sets the bits of every character and pair of <paramref name="line"/>; returns
    /// the line's ASCII characters too, gathered in the same pass (<see cref="LineAlphabet"/> needs them).
    /// </summary>
    public static AsciiCharSet Fill(ReadOnlySpan<char> line, Span<ulong> sketch)
    {
        sketch.Clear();
        ulong low = 0, high = 0;
        var previous = -1;
        foreach (var c in line)
        {
            if (c < 64)
            {
                low |= 1UL << c;
            }
            else if (c < 128)
            {
                high |= 1UL << (c - 64);
            }

            var folded = Fold(c);
            Set(sketch, Single(folded));
            if (previous >= 0)
            {
                Set(sketch, Pair(previous, folded));
            }

            previous = folded;
        }

        return new AsciiCharSet(low, high);
    }

    /// <summary>The bits a line must have to contain <paramref name="literal"/>: its character's, or its pairs'.</summary>
    public static int[] BitsOf(string literal)
    {
        if (literal.Length == 1)
        {
            return [Single(Fold(literal[0]))];
        }

        var bits = new int[literal.Length - 1];
        for (var i = 1; i < literal.Length; i++)
        {
            bits[i - 1] = Pair(Fold(literal[i - 1]), Fold(literal[i]));
        }

        return bits;
    }

    /// <summary>Whether every one of <paramref name="bits"/> is set: whether the literal they came from may occur.</summary>
    public static bool MayContain(ReadOnlySpan<ulong> sketch, int[] bits)
    {
        foreach (var b in bits)
        {
            if ((sketch[b >> 6] & (1UL << b)) == 0)
            {
                return false;
            }
        }

        return true;
    }

    // Characters equal ignoring case fold alike: ASCII letters to lower case, others to their upper case (and that
    // again when it is ASCII).
    private static int Fold(char c)
    {
        if (c <= '\u007F')
        {
            return c is >= 'A' and <= 'Z' ? c | 0x20 : c;
        }

        var upper = char.ToUpperInvariant(c);
        return upper <= '\u007F' ? Fold(upper) : upper;
    }

    private static int Single(int c) => Hash((uint)c, 0x9E37_79B9u);

    private static int Pair(int a, int b) => Hash(((uint)a << 16) | (uint)b, 0x85EB_CA6Bu);

    private static int Hash(uint key, uint multiplier) => (int)((key * multiplier) >> (32 - BitsUsed));

    private static void Set(Span<ulong> sketch, int bit) => sketch[bit >> 6] |= 1UL << bit;
}
