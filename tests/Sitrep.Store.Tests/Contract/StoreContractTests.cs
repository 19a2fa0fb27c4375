using Sitrep.Core.Model;
using Sitrep.Core.Output;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>
/// What every backend of <see cref="IReportStore"/> must do. Each <c>Check_X</c> runs in every backend's test
/// class as a test named <c>X</c> (<see cref="ContractCoverageTests"/> makes sure none is left out).
/// </summary>
public abstract partial class StoreContractTests : IAsyncLifetime
{
    private static readonly IReadOnlyList<Provenance> NoProvenance = [];

    private static readonly IReadOnlyList<string> NoLinks = [];

    protected TempFolder Temp { get; } = new();

    /// <summary>A new connection to this test's own, initially empty store.</summary>
    protected abstract Task<IReportStore> OpenStoreAsync();

    /// <summary>A target that is corrupt or belongs to another program.</summary>
    protected abstract Task<string> BrokenTargetAsync();

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public virtual Task DisposeAsync()
    {
        Temp.Dispose();
        return Task.CompletedTask;
    }

    protected IReadOnlyList<ExtractedReport> Extract(IReadOnlyDictionary<string, string> reports, string folder = "reports") =>
        Extraction.Run(Temp.File(folder), reports);

    protected async Task Check_ingest_stores_and_reads_back_what_extract_produced()
    {
        var reports = Extract(TestReports.Batch);
        Assert.Contains(reports, r => r.Document.SharesTextWith.Count > 0);
        await using var store = await OpenStoreAsync();

        var outcomes = await store.IngestAsync(reports);

        Assert.All(outcomes, o => Assert.Equal(IngestStatus.New, o.Status));
        Assert.All(outcomes, o => Assert.Equal(1, o.Version));
        var stored = await ToListAsync(store.ReadAllAsync());
        Assert.Equal(reports.Select(r => ReportJsonWriter.ToJson(r, explain: true)), stored.Select(s => ReportJsonWriter.ToJson(s.Report, explain: true)));
        for (var i = 0; i < reports.Count; i++)
        {
            // Beyond the JSON: the parties' sides and the places' country and rank come back too.
            Assert.Equal(reports[i].Events.Select(e => e with { Provenance = NoProvenance }), stored[i].Report.Events.Select(e => e with { Provenance = NoProvenance }));
            Assert.Equal(reports[i].Document with { Provenance = NoProvenance, SharesTextWith = NoLinks }, stored[i].Report.Document with { Provenance = NoProvenance, SharesTextWith = NoLinks });
            var again = await store.GetAsync(outcomes[i].StoreId);
            Assert.Equal(ReportJsonWriter.ToJson(reports[i], explain: true), ReportJsonWriter.ToJson(again!.Report, explain: true));
        }

        var counts = await store.CountsAsync();
        Assert.Equal(reports.Count, counts.Documents);
        Assert.Equal(reports.Sum(r => r.Events.Count), counts.Events);
        Assert.Equal(reports.SelectMany(r => r.Entities).Select(e => e.Id).Distinct().Count(), counts.Entities);
    }

    protected async Task Check_re_ingesting_identical_content_is_a_no_op()
    {
        var reports = Extract(TestReports.Batch);
        await using var store = await OpenStoreAsync();
        var first = await store.IngestAsync(reports);
        var before = await store.CountsAsync();

        var second = await store.IngestAsync(Extract(TestReports.Batch, "copy"));

        Assert.All(second, o => Assert.Equal(IngestStatus.Unchanged, o.Status));
        Assert.Equal(first.Select(o => o.StoreId), second.Select(o => o.StoreId));
        Assert.Equal(before, await store.CountsAsync());
    }

    protected async Task Check_a_changed_report_is_version_2_linked_to_version_1()
    {
        var v1 = Extract(new Dictionary<string, string> { ["report.txt"] = TestReports.Strike }, "feed").Single();
        var v2 = Extract(new Dictionary<string, string> { ["report.txt"] = TestReports.Strike.Replace("killing two drivers", "killing three drivers", StringComparison.Ordinal) }, "feed").Single();
        Assert.Equal(v1.Document.Source, v2.Document.Source);
        await using var store = await OpenStoreAsync();

        var first = (await store.IngestAsync([v1])).Single();
        var second = (await store.IngestAsync([v2])).Single();
        var again = (await store.IngestAsync([v1])).Single();

        Assert.Equal((IngestStatus.New, 1), (first.Status, first.Version));
        Assert.Equal((IngestStatus.NewVersion, 2), (second.Status, second.Version));
        Assert.Equal((IngestStatus.Unchanged, first.StoreId), (again.Status, again.StoreId));
        var versions = await store.GetVersionsAsync(v1.Document.Source);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
        Assert.Null(versions[0].PreviousVersionId);
        Assert.Equal(versions[0].StoreId, versions[1].PreviousVersionId);
        Assert.NotEqual(versions[0].ContentHash, versions[1].ContentHash);

        var latest = await ToListAsync(store.ReadAllAsync());
        Assert.Equal(second.StoreId, Assert.Single(latest).Stored.StoreId);
        Assert.Contains("three drivers", latest[0].Report.Document.Body, StringComparison.Ordinal);
        Assert.Equal(2, (await ToListAsync(store.ReadAllAsync(latestOnly: false))).Count);
        var old = await store.GetAsync(first.StoreId);
        Assert.Contains("two drivers", old!.Report.Document.Body, StringComparison.Ordinal);
        var hits = await store.SearchAsync(new SearchQuery("drivers"));
        Assert.All(hits, h => Assert.Equal(second.StoreId, h.StoreId));
    }

    protected async Task Check_two_concurrent_ingests_of_one_batch_store_each_report_once()
    {
        var reports = Extract(TestReports.Numbered(12));
        await using var one = await OpenStoreAsync();
        await using var other = await OpenStoreAsync();

        // Report by report, in opposite orders, so the two writers meet on every report.
        var results = await Task.WhenAll(
            Task.Run(() => IngestOneByOneAsync(one, reports)),
            Task.Run(() => IngestOneByOneAsync(other, reports.Reverse().ToList())));

        var all = results.SelectMany(r => r).ToList();
        Assert.Equal(reports.Count, (await one.CountsAsync()).Documents);
        Assert.Equal(reports.Count, all.Count(o => o.Status == IngestStatus.New));
        Assert.Equal(reports.Count, all.Count(o => o.Status == IngestStatus.Unchanged));
        Assert.All(all.GroupBy(o => o.DocumentId), g => Assert.Single(g.Select(o => o.StoreId).Distinct()));
        Assert.Equal(reports.Count, (await ToListAsync(one.ReadAllAsync())).Count);
    }

    protected async Task Check_a_corrupt_or_foreign_store_gives_a_one_line_error()
    {
        var target = await BrokenTargetAsync();

        var ex = await Assert.ThrowsAsync<StoreException>(() => ReportStoreFactory.OpenAsync(target));

        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
        Assert.DoesNotContain('\n', ex.Message);
    }

    protected static async Task<List<StoredReport>> ToListAsync(IAsyncEnumerable<StoredReport> reports)
    {
        var list = new List<StoredReport>();
        await foreach (var r in reports)
        {
            list.Add(r);
        }

        return list;
    }

    private static async Task<List<IngestOutcome>> IngestOneByOneAsync(IReportStore store, IReadOnlyList<ExtractedReport> reports)
    {
        var outcomes = new List<IngestOutcome>();
        foreach (var r in reports)
        {
            outcomes.AddRange(await store.IngestAsync([r]));
        }

        return outcomes;
    }
}
