using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Store.Corpus;

namespace Sitrep.Web.Reading;

/// <summary>
/// The one store the server uses. A store instance serves one caller at a time, so every call goes through a
/// gate: searches and ingests take turns, while the other reads come from the in-memory snapshot.
/// </summary>
public sealed class StoreAccess(IReportStore store) : IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Description => store.Description;

    /// <summary>Every latest version, sharing repeated values (<see cref="SharedValues"/>) as they are read.</summary>
    public Task<IReadOnlyList<StoredReport>> ReadAllAsync(CancellationToken ct) => Gated(async () =>
    {
        var all = new List<StoredReport>();
        var shared = new SharedValues();
        await foreach (var r in store.ReadAllAsync(latestOnly: true, ct).ConfigureAwait(false))
        {
            all.Add(shared.Share(r));
        }

        return (IReadOnlyList<StoredReport>)all;
    }, ct);

    /// <summary>The stored corpus analysis; empty when the store holds none.</summary>
    public Task<CorpusData> ReadCorpusAsync(CancellationToken ct) =>
        store is ICorpusReader reader ? Gated(() => CorpusData.ReadAsync(reader, ct), ct) : Task.FromResult(CorpusData.Empty);

    public Task<StoredReport?> GetAsync(long id, CancellationToken ct) => Gated(() => store.GetAsync(id, ct), ct);

    public Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct) => Gated(() => store.SearchAsync(query, ct), ct);

    /// <summary>Stores one report and reads it back as stored.</summary>
    public Task<(IngestOutcome Outcome, StoredReport? Stored)> IngestAsync(ExtractedReport report, CancellationToken ct) => Gated(async () =>
    {
        var outcome = (await store.IngestAsync([report], ct).ConfigureAwait(false))[0];
        var stored = await store.GetAsync(outcome.StoreId, ct).ConfigureAwait(false);
        return (outcome, stored);
    }, ct);

    public async ValueTask DisposeAsync()
    {
        await store.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private async Task<T> Gated<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await _gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }
}
