using System.Diagnostics;

namespace Sitrep.Web.Reading;

/// <summary>Loads the store into the first snapshot before the server starts listening.</summary>
public sealed class SnapshotLoader(SnapshotHolder holder, CorpusHolder corpus, StoreAccess store, KnowledgeLayers knowledge, ILogger<SnapshotLoader> log) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        await holder.LoadAsync(store, knowledge, cancellationToken).ConfigureAwait(false);
        await corpus.LoadAsync(store, cancellationToken).ConfigureAwait(false);
        var s = holder.Current;
        log.LogInformation("Loaded {Reports} reports, {Events} events and {Stories} analysed stories from {Store} in {Seconds:F1} s",
            s.Reports.Count, s.Events.Count, corpus.Current.Stories.Count, store.Description, clock.Elapsed.TotalSeconds);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
