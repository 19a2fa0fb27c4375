namespace Sitrep.Feeds.Parsing;

/// <summary>
/// One entry of a feed: a key that stays the same across fetches (guid, id, else the link), the article's link,
/// its title, publication time and any HTML content the feed carries.
/// </summary>
public sealed record FeedItem(string Key, Uri? Link, string? Title, DateTimeOffset? Published, string? ContentHtml);

/// <summary>A parsed feed: its format ("rss", "atom", "jsonfeed"), its title and its items in feed order.</summary>
public sealed record ParsedFeed(string Format, string? Title, IReadOnlyList<FeedItem> Items);

/// <summary>What a fetched document turned out to be: a feed, an HTML page (to be read as one article), or an error.</summary>
public sealed record FeedDocument(ParsedFeed? Feed, bool IsPage, string? Error)
{
    public static FeedDocument Page { get; } = new(null, true, null);

    public static FeedDocument Failed(string error) => new(null, false, error);
}
