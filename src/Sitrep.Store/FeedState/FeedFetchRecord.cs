namespace Sitrep.Store.FeedState;

/// <summary>An item of a feed (or a version of a page) that was stored: its key in the feed, its URL and the stored document.</summary>
public sealed record FeedItemRecord(string ItemKey, string? Url, string? DocId, long? StoreId);

/// <summary>
/// The outcome of fetching one feed or page once. <paramref name="Succeeded"/> means the feed itself was fetched
/// (or was not modified); only then are its validators, its kind and its last success replaced. An error may come
/// with a success (an item that failed); it is kept as the last error either way.
/// </summary>
public sealed record FeedFetchRecord(
    string Url,
    string? Outlet,
    string? Kind,
    bool Succeeded,
    string? ETag,
    string? LastModified,
    string? Error,
    IReadOnlyList<FeedItemRecord> Items);
