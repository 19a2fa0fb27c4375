namespace Sitrep.Web.Reading;

/// <summary>
/// Holds the stored corpus analysis, read when the server starts. An ingest over HTTP does not re-run the
/// analysis, so the new report's facts show their per-report figures until the next <c>sitrep analyze</c>.
/// </summary>
public sealed class CorpusHolder
{
    private CorpusData _current = CorpusData.Empty;

    public CorpusData Current => Volatile.Read(ref _current);

    public async Task LoadAsync(StoreAccess store, CancellationToken ct) =>
        Volatile.Write(ref _current, await store.ReadCorpusAsync(ct).ConfigureAwait(false));
}
