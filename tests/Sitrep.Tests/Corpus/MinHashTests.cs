using Sitrep.Core.Corpus;
using Xunit;

namespace Sitrep.Tests.Corpus;

public sealed class MinHashTests
{
    private static HashSet<ulong> Range(ulong from, ulong count) => Enumerable.Range(0, (int)count).Select(i => from + (ulong)i).ToHashSet();

    [Theory]
    [InlineData(1000, 1000, 1.0)] // the same set
    [InlineData(1000, 500, 1.0 / 3)] // half of each shared: Jaccard 500 / 1500
    [InlineData(1000, 0, 0.0)] // disjoint
    public void Similarity_estimates_the_jaccard_similarity(int size, int overlap, double jaccard)
    {
        var a = Range(0, (ulong)size);
        var b = Range((ulong)(size - overlap), (ulong)size);

        var estimate = MinHash.Similarity(MinHash.Signature(a), MinHash.Signature(b));

        Assert.InRange(estimate, jaccard - 0.12, jaccard + 0.12);
    }

    [Fact]
    public void Identical_signatures_share_every_band_and_distant_ones_none()
    {
        var a = MinHash.Signature(Range(0, 400));
        var same = MinHash.Signature(Range(0, 400));
        var other = MinHash.Signature(Range(10_000, 400));

        Assert.Equal(MinHash.BandKeys(a), MinHash.BandKeys(same));
        Assert.Empty(MinHash.BandKeys(a).Intersect(MinHash.BandKeys(other)));
        Assert.Equal(MinHash.Bands, MinHash.BandKeys(a).Distinct().Count());
    }

    [Fact]
    public void A_signature_survives_its_byte_form_and_an_empty_set_matches_nothing()
    {
        var sig = MinHash.Signature(Range(5, 50));
        var empty = MinHash.Signature([]);

        Assert.Equal(sig, MinHash.FromBytes(MinHash.ToBytes(sig)));
        Assert.Equal(0, MinHash.Similarity(empty, empty));
    }
}
