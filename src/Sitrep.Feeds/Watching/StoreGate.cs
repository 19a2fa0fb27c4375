using Sitrep.Store;
using Sitrep.Store.FeedState;

namespace Sitrep.Feeds.Watching;

/// <summary>
/// The report store and the feed state, used by one caller at a time (each store expects that), while fetching and
/// extraction run concurrently.
/// </summary>
public sealed class StoreGate(IReportStore reports, IFeedStateStore state) : IDisposable
{
    private readonly SemaphoreSlim _lock = new(1, 1);

    public Task<T> StateAsync<T>(Func<IFeedStateStore, Task<T>> work, CancellationToken ct) => OneAtATimeAsync(() => work(state), ct);

    public Task<T> ReportsAsync<T>(Func<IReportStore, Task<T>> work, CancellationToken ct) => OneAtATimeAsync(() => work(reports), ct);

    private async Task<T> OneAtATimeAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        await _lock.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _lock.Release();
        }
    }

    public void Dispose() => _lock.Dispose();
}
