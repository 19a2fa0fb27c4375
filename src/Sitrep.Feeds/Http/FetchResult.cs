namespace Sitrep.Feeds.Http;

/// <summary>HTTP validators from an earlier response, sent back as If-None-Match and If-Modified-Since.</summary>
public sealed record CacheValidators(string? ETag, string? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

/// <summary>
/// The outcome of fetching a URL: the final URL after redirects, the status, the body and its validators, or a
/// one-line error. <see cref="Refused"/> marks a refusal by the address policy.
/// </summary>
public sealed record FetchResult(
    Uri Url,
    Uri FinalUrl,
    int Status,
    byte[] Body,
    string? ContentType,
    CacheValidators Validators,
    string? Error,
    bool Refused = false)
{
    public bool Ok => Error is null;

    public bool NotModified => Ok && Status == 304;

    public static FetchResult Failed(Uri url, string error, int status = 0, bool refused = false) =>
        new(url, url, status, [], null, new CacheValidators(null, null), error, refused);
}
