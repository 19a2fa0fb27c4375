using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Sitrep.Feeds.Sources;
using Sitrep.Store;
using Sitrep.Store.FeedState;

namespace Sitrep.Feeds.Watching;

/// <summary>
/// One round over a set of sources: harvests them concurrently (the fetcher keeps each host polite), runs the same
/// batch pass as <c>ingest</c> (shared text, corroboration) over every article of the round, stores the reports, then
/// records each source's outcome and stored items. Each error is one line on the error writer, naming the source.
/// </summary>
public sealed class FeedRound(Harvester harvester, StoreGate store, TextWriter errors, int parallelSources = 4)
{
    public async Task<RoundSummary> RunAsync(IReadOnlyList<FeedSource> sources, CancellationToken ct)
    {
        var harvests = new SourceHarvest[sources.Count];
        await Parallel.ForEachAsync(
            Enumerable.Range(0, sources.Count),
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelSources), CancellationToken = ct },
            async (i, token) => harvests[i] = await harvester.HarvestAsync(sources[i], token).ConfigureAwait(false)).ConfigureAwait(false);

        var articles = harvests.SelectMany(h => h.Articles).Where(a => a.Report is not null).ToList();
        var linked = Corroboration.Count(TextReuse.Link(articles.Select(a => a.Report!).ToList()));
        var outcomes = linked.Count == 0
            ? []
            : await store.ReportsAsync(r => r.IngestAsync(linked, ct), ct).ConfigureAwait(false);
        var stored = new Dictionary<ExtractedReport, IngestOutcome>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < articles.Count; i++)
        {
            stored[articles[i].Report!] = outcomes[i];
        }

        foreach (var h in harvests)
        {
            var items = h.Articles
                .Select(a => a.Report is not null && stored.TryGetValue(a.Report, out var o)
                    ? new FeedItemRecord(a.ItemKey, a.Url, o.DocumentId, o.StoreId)
                    : new FeedItemRecord(a.ItemKey, a.Url, null, null))
                .ToList();
            var error = h.Errors.Count switch
            {
                0 => null,
                1 => h.Errors[0],
                var n => $"{h.Errors[0]} (and {n - 1} more)",
            };
            var record = new FeedFetchRecord(h.Source.Url.AbsoluteUri, h.Source.Outlet, h.Kind, h.Fetched, h.Validators.ETag, h.Validators.LastModified, error, items);
            await store.StateAsync(s => s.RecordAsync(record, ct), ct).ConfigureAwait(false);
            foreach (var e in h.Errors)
            {
                await errors.WriteLineAsync($"sitrep: {h.Source.Url.AbsoluteUri}: {e}").ConfigureAwait(false);
            }
        }

        return new RoundSummary(
            sources.Count,
            harvests.Count(h => !h.Fetched),
            articles.Count,
            outcomes.Count(o => o.Status != IngestStatus.Unchanged),
            outcomes.Count(o => o.Status == IngestStatus.Unchanged),
            harvests.Where(h => h.Fetched).Sum(h => h.Errors.Count));
    }
}
