namespace Sitrep.Feeds.Sources;

/// <summary>A feed or page to follow: its URL, how often to fetch it and the outlet to name when its pages do not.</summary>
public sealed record FeedSource(Uri Url, TimeSpan Interval, string? Outlet)
{
    public static readonly TimeSpan DefaultInterval = TimeSpan.FromMinutes(30);
}

/// <summary>The sources a feed list names, and one line per entry that could not be read (file:line: reason).</summary>
public sealed record FeedList(IReadOnlyList<FeedSource> Sources, IReadOnlyList<string> Errors);
