namespace Sitrep.Store.FeedState;

/// <summary>
/// The state of followed feeds and pages, in the same database as the reports (tables <c>feed_sources</c> and
/// <c>feed_items</c>), so that a restarted watcher revalidates instead of refetching and never stores an item twice.
/// An instance is used by one caller at a time.
/// </summary>
public interface IFeedStateStore : IAsyncDisposable
{
    /// <summary>The state of one feed or page, or null if it was never fetched.</summary>
    Task<FeedSourceState?> GetAsync(string url, CancellationToken ct = default);

    /// <summary>Every feed and page ever fetched, by URL.</summary>
    Task<IReadOnlyList<FeedSourceState>> ListAsync(CancellationToken ct = default);

    /// <summary>The keys of the items of a feed that are already stored.</summary>
    Task<IReadOnlySet<string>> ItemKeysAsync(string feedUrl, CancellationToken ct = default);

    /// <summary>Whether any feed has already stored an item read from this URL.</summary>
    Task<bool> HasItemUrlAsync(string url, CancellationToken ct = default);

    /// <summary>
    /// Records one fetch of a feed and the items it stored, in one transaction. Items already recorded are left as
    /// they are and not counted again; items without a document (stored through another feed) are recorded but not
    /// counted. Returns how many items were newly counted.
    /// </summary>
    Task<int> RecordAsync(FeedFetchRecord record, CancellationToken ct = default);
}
