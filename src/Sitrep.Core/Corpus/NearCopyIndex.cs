namespace Sitrep.Core.Corpus;

/// <summary>A report of the index whose estimated Jaccard similarity with the query reached the threshold.</summary>
public readonly record struct NearCopyMatch(int Report, double Similarity);

/// <summary>
/// An in-memory LSH index of MinHash signatures (<see cref="MinHash"/>) sized for millions of reports. It keeps, per
/// report, only what the look-up needs: its 16 band keys (a 32-bit fingerprint each, chained in one open hash table)
/// and the low byte of each of its 128 signature values (b-bit MinHash, Li and König 2010), from which similarity
/// is estimated. That is about 330 bytes per report against 1 KB for the signature alone. The decision rule is the
/// store's: a report sharing a band is a candidate, and a candidate whose estimated similarity reaches
/// <see cref="MinHash.NearCopyThreshold"/> is a near-copy. Reports are numbered 0, 1, 2... in the order added.
/// Not thread-safe: one writer, or readers without a writer.
/// </summary>
public sealed class NearCopyIndex
{
    private const int SketchBytes = MinHash.Size;

    // Marks the band entries of a report with an empty signature, which are in no chain.
    private const int Unchained = -2;

    // Two values agree by chance on their low byte once in 256; the estimate removes that share.
    private const double ChanceAgreement = 1.0 / 256;

    private byte[] _sketches;
    private uint[] _fingerprints;
    private int[] _next;
    private int[] _heads;
    private int _mask;

    public NearCopyIndex(int capacity = 1024)
    {
        capacity = Math.Max(capacity, 16);
        _sketches = new byte[capacity * SketchBytes];
        _fingerprints = new uint[capacity * MinHash.Bands];
        _next = new int[capacity * MinHash.Bands];
        _heads = NewHeads(capacity * MinHash.Bands);
        _mask = _heads.Length - 1;
    }

    /// <summary>Reports added so far.</summary>
    public int Count { get; private set; }

    /// <summary>Bytes held by the index's arrays (its whole footprint but for a few fields).</summary>
    public long Bytes => _sketches.LongLength + (4L * _fingerprints.Length) + (4L * _next.Length) + (4L * _heads.Length);

    /// <summary>Adds a report's signature and returns its number. An empty signature is numbered but never matches.</summary>
    public int Add(IReadOnlyList<ulong> signature)
    {
        var report = Count;
        Grow(report + 1);
        var sketch = _sketches.AsSpan(report * SketchBytes, SketchBytes);
        for (var i = 0; i < SketchBytes; i++)
        {
            sketch[i] = (byte)signature[i];
        }

        if (IsEmpty(signature))
        {
            _next.AsSpan(report * MinHash.Bands, MinHash.Bands).Fill(Unchained);
        }
        else
        {
            var keys = MinHash.BandKeys(signature);
            for (var b = 0; b < MinHash.Bands; b++)
            {
                var entry = (report * MinHash.Bands) + b;
                var fingerprint = Fingerprint(keys[b]);
                _fingerprints[entry] = fingerprint;
                ref var head = ref _heads[fingerprint & _mask];
                _next[entry] = head;
                head = entry;
            }
        }

        Count++;
        return report;
    }

    /// <summary>The indexed reports that are near-copies of <paramref name="signature"/>, in the order added.</summary>
    public IReadOnlyList<NearCopyMatch> Find(IReadOnlyList<ulong> signature)
    {
        if (IsEmpty(signature))
        {
            return [];
        }

        Span<byte> sketch = stackalloc byte[SketchBytes];
        for (var i = 0; i < SketchBytes; i++)
        {
            sketch[i] = (byte)signature[i];
        }

        var keys = MinHash.BandKeys(signature);
        var candidates = new List<int>();
        foreach (var key in keys)
        {
            var fingerprint = Fingerprint(key);
            for (var entry = _heads[fingerprint & _mask]; entry >= 0; entry = _next[entry])
            {
                var report = entry / MinHash.Bands;
                if (_fingerprints[entry] == fingerprint && !candidates.Contains(report))
                {
                    candidates.Add(report);
                }
            }
        }

        candidates.Sort();
        var matches = new List<NearCopyMatch>();
        foreach (var report in candidates)
        {
            var similarity = Similarity(sketch, _sketches.AsSpan(report * SketchBytes, SketchBytes));
            if (similarity >= MinHash.NearCopyThreshold)
            {
                matches.Add(new NearCopyMatch(report, similarity));
            }
        }

        return matches;
    }

    /// <summary>The Jaccard similarity estimated from two b-bit sketches, corrected for chance agreement.</summary>
    public static double Similarity(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b)
    {
        var same = 0;
        for (var i = 0; i < a.Length; i++)
        {
            same += a[i] == b[i] ? 1 : 0;
        }

        return Math.Max(0, (((double)same / a.Length) - ChanceAgreement) / (1 - ChanceAgreement));
    }

    private static bool IsEmpty(IReadOnlyList<ulong> signature) => signature[0] == ulong.MaxValue;

    // The band keys are well mixed, so their high half is as good a fingerprint as any and its low bits pick the bucket.
    private static uint Fingerprint(long key) => (uint)((ulong)key >> 32);

    private static int[] NewHeads(int entries)
    {
        var heads = new int[(int)Math.Min(1 << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)entries))];
        Array.Fill(heads, -1);
        return heads;
    }

    private void Grow(int reports)
    {
        if (reports * MinHash.Bands <= _fingerprints.Length)
        {
            return;
        }

        var capacity = Math.Max(reports, _fingerprints.Length / MinHash.Bands * 2);
        Array.Resize(ref _sketches, capacity * SketchBytes);
        Array.Resize(ref _fingerprints, capacity * MinHash.Bands);
        Array.Resize(ref _next, capacity * MinHash.Bands);
        _heads = NewHeads(capacity * MinHash.Bands);
        _mask = _heads.Length - 1;
        // Re-chain every indexed band in the larger table; entries of empty reports were never chained.
        for (var entry = 0; entry < Count * MinHash.Bands; entry++)
        {
            if (_next[entry] == Unchained)
            {
                continue;
            }

            ref var head = ref _heads[_fingerprints[entry] & _mask];
            _next[entry] = head;
            head = entry;
        }
    }
}
