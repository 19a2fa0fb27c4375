using Sitrep.Core.Corpus;
using Xunit;

namespace Sitrep.Tests.Corpus;

public sealed class NearCopyIndexTests
{
    // Shingle sets stand in for reports: a set of `count` consecutive numbers from `from`.
    private static ulong[] Signature(ulong from, int count) => MinHash.Signature(Enumerable.Range(0, count).Select(i => from + (ulong)i));

    [Fact]
    public void Finds_a_near_copy_and_not_an_unrelated_report()
    {
        var index = new NearCopyIndex();
        var original = index.Add(Signature(0, 400));
        index.Add(Signature(100_000, 400));

        // 380 of 420 shingles in common: Jaccard 0.90.
        var match = Assert.Single(index.Find(Signature(20, 400)));

        Assert.Equal(original, match.Report);
        Assert.InRange(match.Similarity, 0.78, 1.0);
        Assert.Empty(index.Find(Signature(50_000, 400)));
    }

    [Fact]
    public void Decides_as_the_full_signatures_do_away_from_the_threshold()
    {
        var index = new NearCopyIndex();
        var stored = Signature(0, 1000);
        index.Add(stored);
        var decided = 0;
        for (var shift = 0; shift <= 1000; shift += 25)
        {
            var query = Signature((ulong)shift, 1000);
            var full = MinHash.Similarity(stored, query);
            var found = index.Find(query).Count == 1;
            // Near the threshold the 8-bit estimate may fall either side; away from it, both must agree. A near-copy
            // can also be missed for sharing no band (LSH), which the full signature does not model.
            if (Math.Abs(full - MinHash.NearCopyThreshold) >= 0.1 && !(full >= MinHash.NearCopyThreshold && !SharesABand(stored, query)))
            {
                Assert.Equal(full >= MinHash.NearCopyThreshold, found);
                decided++;
            }
        }

        Assert.True(decided >= 30, $"only {decided} shifts were far enough from the threshold");
    }

    [Fact]
    public void Reports_added_before_it_grew_are_still_found_with_their_numbers()
    {
        var index = new NearCopyIndex(capacity: 16);
        for (var i = 0; i < 300; i++)
        {
            Assert.Equal(i, index.Add(Signature((ulong)i * 10_000, 200)));
        }

        Assert.Equal(300, index.Count);
        foreach (var i in new[] { 0, 15, 16, 17, 150, 299 })
        {
            var match = Assert.Single(index.Find(Signature((ulong)i * 10_000, 200)));
            Assert.Equal(i, match.Report);
            Assert.Equal(1.0, match.Similarity);
        }
    }

    [Fact]
    public void An_empty_report_is_numbered_but_matches_nothing()
    {
        var index = new NearCopyIndex(capacity: 16);
        var empty = MinHash.Signature([]);
        Assert.Equal(0, index.Add(empty));
        Assert.Equal(1, index.Add(Signature(0, 100)));
        for (var i = 0; i < 40; i++)
        {
            index.Add(empty); // grows the index past the empty reports' entries
        }

        Assert.Empty(index.Find(empty));
        Assert.Equal(1, Assert.Single(index.Find(Signature(0, 100))).Report);
    }

    [Fact]
    public void Costs_a_few_hundred_bytes_per_report()
    {
        var index = new NearCopyIndex(capacity: 100_000);

        Assert.InRange(index.Bytes / 100_000.0, MinHash.Size + (8 * MinHash.Bands), MinHash.Size + (16 * MinHash.Bands));
    }

    private static bool SharesABand(ulong[] a, ulong[] b) => MinHash.BandKeys(a).Intersect(MinHash.BandKeys(b)).Any();
}
