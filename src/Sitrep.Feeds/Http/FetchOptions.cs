namespace Sitrep.Feeds.Http;

/// <summary>How politely and how defensively pages are fetched. The defaults suit following news sites.</summary>
public sealed record FetchOptions
{
    /// <summary>The product token robots.txt groups are matched against, and the start of the User-Agent header.</summary>
    public const string ProductToken = "sitrep";

    public string UserAgent { get; init; } = ProductToken + "/1.0 (+news feed reader)";

    /// <summary>Which addresses may be connected to (every hop of every request, after DNS resolution).</summary>
    public AddressRule Addresses { get; init; } = AddressRules.PublicOnly;

    /// <summary>The time allowed for one attempt: connecting, sending and reading the whole body.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Responses (after decompression) larger than this are refused.</summary>
    public long MaxBytes { get; init; } = 10L * 1024 * 1024;

    public int MaxRedirects { get; init; } = 5;

    /// <summary>Retries after a network error, a timeout, 408, 429 or a 5xx, with exponential backoff and jitter.</summary>
    public int Retries { get; init; } = 3;

    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The least time between the starts of two requests to one host (a robots.txt Crawl-delay can raise it).</summary>
    public TimeSpan HostDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Requests to one host in flight at once.</summary>
    public int HostConcurrency { get; init; } = 2;

    /// <summary>The longest Crawl-delay honoured; longer ones are capped so a feed is still read.</summary>
    public TimeSpan MaxCrawlDelay { get; init; } = TimeSpan.FromSeconds(30);

    public bool RespectRobots { get; init; } = true;
}
