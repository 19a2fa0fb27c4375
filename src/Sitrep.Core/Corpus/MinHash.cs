namespace Sitrep.Core.Corpus;

/// <summary>
/// MinHash signatures over a report's word shingles (<see cref="TextReuse.Shingles"/>) and their LSH bands. Two
/// reports whose shingle sets have Jaccard similarity s share at least one band with probability
/// 1 - (1 - s^8)^16: about 0.98 at s = 0.8, 0.37 at s = 0.6, under 0.01 at s = 0.4.
/// </summary>
public static class MinHash
{
    public const int Size = 128;

    public const int Bands = 16;

    public const int RowsPerBand = Size / Bands;

    /// <summary>Estimated Jaccard similarity at or above which a report is a near-copy of another.</summary>
    public const double NearCopyThreshold = 0.7;

    private static readonly ulong[] Seeds = MakeSeeds();

    /// <summary>The signature of a shingle set; an empty set gives a signature that matches nothing.</summary>
    public static ulong[] Signature(IEnumerable<ulong> shingles)
    {
        var sig = new ulong[Size];
        Array.Fill(sig, ulong.MaxValue);
        foreach (var s in shingles)
        {
            for (var i = 0; i < Size; i++)
            {
                var h = Mix(s ^ Seeds[i]);
                if (h < sig[i])
                {
                    sig[i] = h;
                }
            }
        }

        return sig;
    }

    /// <summary>The share of positions where two signatures agree: an estimate of the Jaccard similarity.</summary>
    public static double Similarity(IReadOnlyList<ulong> a, IReadOnlyList<ulong> b)
    {
        var same = 0;
        for (var i = 0; i < Size; i++)
        {
            if (a[i] == b[i] && a[i] != ulong.MaxValue)
            {
                same++;
            }
        }

        return (double)same / Size;
    }

    /// <summary>One bucket key per band; the band number is mixed in, so one indexed column holds every band.</summary>
    public static long[] BandKeys(IReadOnlyList<ulong> signature)
    {
        var keys = new long[Bands];
        for (var b = 0; b < Bands; b++)
        {
            var h = Mix((ulong)b + 0x9E3779B97F4A7C15UL);
            for (var r = 0; r < RowsPerBand; r++)
            {
                h = Mix(h ^ signature[(b * RowsPerBand) + r]);
            }

            keys[b] = unchecked((long)h);
        }

        return keys;
    }

    public static byte[] ToBytes(IReadOnlyList<ulong> signature)
    {
        var bytes = new byte[Size * 8];
        for (var i = 0; i < Size; i++)
        {
            BitConverter.TryWriteBytes(bytes.AsSpan(i * 8, 8), signature[i]);
        }

        return bytes;
    }

    public static ulong[] FromBytes(byte[] bytes)
    {
        var sig = new ulong[Size];
        for (var i = 0; i < Size && (i * 8) + 8 <= bytes.Length; i++)
        {
            sig[i] = BitConverter.ToUInt64(bytes, i * 8);
        }

        return sig;
    }

    // splitmix64's finaliser: a cheap, well-mixed 64-bit hash, so the 128 "permutations" are h(x ^ seed_i).
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong[] MakeSeeds()
    {
        var seeds = new ulong[Size];
        var state = 0x5EED_0F_51_7E_50UL;
        for (var i = 0; i < Size; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            seeds[i] = Mix(state);
        }

        return seeds;
    }
}
