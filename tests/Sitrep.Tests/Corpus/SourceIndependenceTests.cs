using Sitrep.Core.Corpus;
using Xunit;

namespace Sitrep.Tests.Corpus;

public sealed class SourceIndependenceTests
{
    private static readonly Dictionary<string, OutletInfo> Outlets = new()
    {
        ["TASS"] = new("TASS", "RU", true),
        ["Sputnik"] = new("Sputnik", "RU", true),
        ["Press TV"] = new("Press TV", "IR", true),
        ["Reuters"] = new("Reuters", "GB", false),
    };

    private static CorpusDocument Doc(long id, string? outlet) => new(id, "doc_" + id, id + ".txt", null, outlet, null, "2025-07-10");

    private static SourceIndependence With(params (long, long)[] reuse) => new(reuse, name => Outlets.GetValueOrDefault(name));

    [Fact]
    public void Reports_of_one_outlet_or_linked_by_reuse_are_one_source()
    {
        var docs = new[] { Doc(1, "Reuters"), Doc(2, "Reuters"), Doc(3, null), Doc(4, "TASS") };

        var sources = With((3, 1)).Sources(docs);

        Assert.Equal(2, sources.Count);
        Assert.Equal([1L, 2L, 3L], sources.Single(s => s.Count > 1).Select(d => d.StoreId).Order());
    }

    [Fact]
    public void One_source_is_flagged_single_and_one_countrys_state_media_are_flagged_together()
    {
        var independence = With((1, 2));

        Assert.Equal([StoryFlags.SingleSource, "state_media_only:IR"], independence.Flags(independence.Sources([Doc(1, "Press TV"), Doc(2, null)])));
        Assert.Equal(["state_media_only:RU"], independence.Flags(independence.Sources([Doc(3, "TASS"), Doc(4, "Sputnik")])));
        Assert.Empty(independence.Flags(independence.Sources([Doc(3, "TASS"), Doc(5, "Press TV")])));
        Assert.Empty(independence.Flags(independence.Sources([Doc(3, "TASS"), Doc(6, "Reuters")])));
        Assert.Empty(independence.Flags(independence.Sources([Doc(3, "TASS"), Doc(7, "Unlisted Weekly")])));
    }
}
