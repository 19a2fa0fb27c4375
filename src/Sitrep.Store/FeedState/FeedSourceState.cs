using System.Text.Json.Serialization;

namespace Sitrep.Store.FeedState;

/// <summary>
/// What the store remembers about one followed feed or page: its HTTP validators for conditional GET, when it was
/// last fetched, last fetched successfully and last failed (ISO 8601 UTC), the last error, and how many items it
/// has brought in.
/// </summary>
public sealed record FeedSourceState(
    string Url,
    string? Outlet,
    string? Kind,
    [property: JsonPropertyName("etag")] string? ETag,
    string? LastModified,
    string? LastFetchAt,
    string? LastSuccessAt,
    string? LastError,
    string? LastErrorAt,
    long ItemsIngested);
