using Polly.Timeout;

namespace Sitrep.Feeds.Http;

/// <summary>
/// Fetches a URL the careful way: robots.txt first, then a GET through <see cref="HttpAttempts"/> (politeness slot,
/// timeout, retries, size cap, the address guard on every connection), following redirects itself so that every
/// hop is checked against robots.txt and the address policy, with a bound on hops and loops refused. Conditional
/// GET: given validators, a 304 comes back as <see cref="FetchResult.NotModified"/>. Failures are values.
/// </summary>
public sealed class HttpFetcher : IDisposable
{
    private readonly FetchOptions _options;
    private readonly HttpAttempts _attempts;
    private readonly RobotsCache _robots;

    public HttpFetcher(FetchOptions options, TimeProvider? clock = null)
    {
        clock ??= TimeProvider.System;
        _options = options;
        var gate = new HostGate(options.HostDelay, options.HostConcurrency, clock);
        _attempts = new HttpAttempts(options, gate, clock);
        _robots = new RobotsCache((url, ct) => FetchAsync(url, null, respectRobots: false, ct), gate, options, clock);
    }

    public Task<FetchResult> FetchAsync(Uri url, CacheValidators? validators = null, CancellationToken ct = default) =>
        FetchAsync(url, validators, _options.RespectRobots, ct);

    public void Dispose() => _attempts.Dispose();

    private async Task<FetchResult> FetchAsync(Uri url, CacheValidators? validators, bool respectRobots, CancellationToken ct)
    {
        try
        {
            return await FollowAsync(url, validators, respectRobots, ct).ConfigureAwait(false);
        }
        catch (Exception ex) when (BlockedAddressException.Find(ex) is { } blocked)
        {
            return FetchResult.Failed(url, blocked.Message, refused: true);
        }
        catch (ResponseTooLargeException ex)
        {
            return FetchResult.Failed(url, ex.Message);
        }
        catch (TimeoutRejectedException)
        {
            return FetchResult.Failed(url, $"timed out after {_options.Timeout.TotalSeconds:0.###} s");
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            return FetchResult.Failed(url, "connection failed: " + Innermost(ex));
        }
    }

    private async Task<FetchResult> FollowAsync(Uri url, CacheValidators? validators, bool respectRobots, CancellationToken ct)
    {
        var current = url;
        var seen = new HashSet<Uri> { url };
        for (var hop = 0; ; hop++)
        {
            if (current.Scheme != Uri.UriSchemeHttp && current.Scheme != Uri.UriSchemeHttps)
            {
                return FetchResult.Failed(url, $"unsupported scheme '{current.Scheme}' (only http and https)");
            }

            if (respectRobots)
            {
                var rules = await _robots.ForAsync(current, ct).ConfigureAwait(false);
                if (!rules.Allows(current.PathAndQuery))
                {
                    return FetchResult.Failed(url, rules.BlockedBecause is null
                        ? $"disallowed by robots.txt of {current.Authority} ({current.AbsolutePath})"
                        : $"robots.txt of {current.Authority} could not be read ({rules.BlockedBecause}), so nothing there is fetched for now");
                }
            }

            var a = await _attempts.SendAsync(current, validators, ct).ConfigureAwait(false);
            if (a.Status is 301 or 302 or 303 or 307 or 308 && a.Location is not null)
            {
                var next = new Uri(current, a.Location);
                if (hop >= _options.MaxRedirects)
                {
                    return FetchResult.Failed(url, $"too many redirects (more than {_options.MaxRedirects})", a.Status);
                }

                if (!seen.Add(next))
                {
                    return FetchResult.Failed(url, $"redirect loop ({current} redirects back to {next})", a.Status);
                }

                current = next;
                continue;
            }

            if (a.Status == 304)
            {
                return new FetchResult(url, current, 304, [], null, validators ?? a.Validators, null);
            }

            return a.Status is >= 200 and < 300
                ? new FetchResult(url, current, a.Status, a.Body, a.ContentType, a.Validators, null)
                : FetchResult.Failed(url, $"HTTP {a.Status} {a.Reason}".TrimEnd(), a.Status);
        }
    }

    private static string Innermost(Exception ex)
    {
        while (ex.InnerException is not null)
        {
            ex = ex.InnerException;
        }

        return ex.Message;
    }
}
