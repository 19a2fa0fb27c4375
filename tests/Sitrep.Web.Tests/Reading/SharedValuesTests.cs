using System.Text.Json;
using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Web.Reading;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Reading;

/// <summary>The snapshot's load shares repeated values between reports without changing any report.</summary>
public sealed class SharedValuesTests(StoreFixture fixture) : IClassFixture<StoreFixture>
{
    [Fact]
    public async Task Reports_read_for_the_snapshot_equal_the_stored_ones_and_share_repeated_values()
    {
        using var folder = new TempFolder();
        var store = await ReportStoreFactory.OpenAsync(fixture.Copy(folder));
        var plain = new List<StoredReport>();
        await foreach (var r in store.ReadAllAsync())
        {
            plain.Add(r);
        }

        await using var access = new StoreAccess(store);
        var shared = await access.ReadAllAsync(CancellationToken.None);

        Assert.Equal(plain.Select(Json), shared.Select(Json));
        var events = shared.SelectMany(r => r.Report.Events).ToList();
        AssertShared(events.Select(e => e.Type));
        AssertShared(events.Select(e => e.Actor).OfType<EntityRef>());
        AssertShared(events.Select(e => e.Location).OfType<LocationRef>());
        AssertShared(shared.SelectMany(r => r.Report.Entities).Select(e => e.Id));
    }

    private static string Json(StoredReport r) => JsonSerializer.Serialize(r);

    // Every group of equal values is one instance, and the fixtures repeat at least one value.
    private static void AssertShared<T>(IEnumerable<T> values)
        where T : class
    {
        var groups = values.GroupBy(v => v).Where(g => g.Count() > 1).ToList();
        Assert.NotEmpty(groups);
        Assert.All(groups, g => Assert.All(g, v => Assert.Same(g.First(), v)));
    }
}
