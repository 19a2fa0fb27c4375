using Sitrep.Store;
using Sitrep.Store.FeedState;
using Sitrep.Store.Sql;
using Xunit;

namespace Sitrep.Feeds.Tests.State;

/// <summary>What both backends' feed state must do; run by <see cref="SqliteFeedStateTests"/> and <see cref="PostgresFeedStateTests"/>.</summary>
public static class FeedStateContract
{
    public static async Task Records_validators_items_and_errors_as_documented(string target, string backend)
    {
        await using (var reports = await ReportStoreFactory.OpenAsync(target))
        {
            Assert.Equal(MigrationCatalog.For(backend).Count, await reports.SchemaVersionAsync());
        }

        await using var state = await FeedStateStoreFactory.OpenAsync(target);
        const string Feed = "http://127.0.0.1:9/wire.xml";
        Assert.Null(await state.GetAsync(Feed));

        var first = new FeedFetchRecord(Feed, "North Wire", "rss", true, "\"e1\"", "Tue, 03 Jun 2025 08:00:00 GMT", null,
            [new FeedItemRecord("g1", "http://127.0.0.1:9/1.html", "doc_1", 1), new FeedItemRecord("g2", "http://127.0.0.1:9/2.html", "doc_2", 2)]);
        Assert.Equal(2, await state.RecordAsync(first));

        // An item seen again and one known through another feed (no document) are not counted.
        var again = first with { Items = [first.Items[0], new FeedItemRecord("g3", "http://127.0.0.1:9/3.html", null, null)] };
        Assert.Equal(0, await state.RecordAsync(again));
        Assert.Equal(["g1", "g2", "g3"], (await state.ItemKeysAsync(Feed)).Order(StringComparer.Ordinal));
        Assert.True(await state.HasItemUrlAsync("http://127.0.0.1:9/2.html"));
        Assert.False(await state.HasItemUrlAsync("http://127.0.0.1:9/9.html"));

        var success = (await state.GetAsync(Feed))!;
        Assert.Equal(("North Wire", "rss", "\"e1\"", 2L, null), (success.Outlet, success.Kind, success.ETag, success.ItemsIngested, success.LastError));
        Assert.NotNull(success.LastSuccessAt);

        // A failed fetch keeps the validators and the last success, and records the error.
        await state.RecordAsync(new FeedFetchRecord(Feed, null, null, false, null, null, "HTTP 503 Service Unavailable", []));
        var failed = (await state.GetAsync(Feed))!;
        Assert.Equal(("\"e1\"", "Tue, 03 Jun 2025 08:00:00 GMT", success.LastSuccessAt, "HTTP 503 Service Unavailable", "North Wire"), (failed.ETag, failed.LastModified, failed.LastSuccessAt, failed.LastError, failed.Outlet));
        Assert.NotNull(failed.LastErrorAt);
        Assert.Equal([Feed], (await state.ListAsync()).Select(s => s.Url));
    }
}
