using Sitrep.Core.Model;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>Reuse links: one stored list per document and kind, into which later runs merge what they find.</summary>
public abstract partial class StoreContractTests
{
    protected async Task Check_links_found_by_later_runs_merge_into_the_stored_lists()
    {
        var report = Extract(Support.TestReports.Batch)[0];
        static ExtractedReport Linked(ExtractedReport r, string? duplicateOf, params string[] shares) =>
            r with { Document = r.Document with { DuplicateOf = duplicateOf, SharesTextWith = shares } };
        await using var store = await OpenStoreAsync();

        var first = (await store.IngestAsync([Linked(report, null, "b0000000000000b0", "a0000000000000a0")])).Single();
        var second = (await store.IngestAsync([Linked(report, "d0000000000000d0", "c0000000000000c0", "b0000000000000b0")])).Single();
        var afterSecond = await store.CountsAsync();
        var third = (await store.IngestAsync([Linked(report, "d0000000000000d0", "a0000000000000a0")])).Single();

        Assert.Equal(IngestStatus.New, first.Status);
        Assert.Equal((IngestStatus.Unchanged, first.StoreId), (second.Status, second.StoreId));
        Assert.Equal((IngestStatus.Unchanged, first.StoreId), (third.Status, third.StoreId));
        var stored = (await store.GetAsync(first.StoreId))!.Report.Document;
        Assert.Equal(["a0000000000000a0", "b0000000000000b0", "c0000000000000c0"], stored.SharesTextWith);
        Assert.Equal("d0000000000000d0", stored.DuplicateOf);
        Assert.Equal(4, afterSecond.Links);
        Assert.Equal(afterSecond, await store.CountsAsync());
    }
}
