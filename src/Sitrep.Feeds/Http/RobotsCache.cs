using System.Collections.Concurrent;
using System.Text;

namespace Sitrep.Feeds.Http;

/// <summary>
/// robots.txt per origin, fetched once and kept for an hour (five minutes when it could not be read). Following
/// RFC 9309: a 4xx means no rules, while a 5xx, a timeout or a network error means nothing may be fetched for now.
/// A refusal by the address policy is passed on as that refusal.
/// </summary>
internal sealed class RobotsCache(Func<Uri, CancellationToken, Task<FetchResult>> fetch, HostGate gate, FetchOptions options, TimeProvider clock)
{
    private static readonly TimeSpan Keep = TimeSpan.FromHours(1);
    private static readonly TimeSpan KeepFailure = TimeSpan.FromMinutes(5);

    private readonly ConcurrentDictionary<string, (Lazy<Task<RobotsRules>> Rules, DateTimeOffset Until)> _origins = new(StringComparer.OrdinalIgnoreCase);

    public async Task<RobotsRules> ForAsync(Uri url, CancellationToken ct)
    {
        var origin = url.GetLeftPart(UriPartial.Authority);
        var now = clock.GetUtcNow();
        var entry = _origins.AddOrUpdate(
            origin,
            _ => New(origin, now, ct),
            (_, old) => old.Until > now ? old : New(origin, now, ct));
        var rules = await entry.Rules.Value.ConfigureAwait(false);
        if (rules.BlockedBecause is not null)
        {
            _origins[origin] = entry with { Until = entry.Until < now + KeepFailure ? entry.Until : now + KeepFailure };
        }

        return rules;
    }

    private (Lazy<Task<RobotsRules>>, DateTimeOffset) New(string origin, DateTimeOffset now, CancellationToken ct) =>
        (new Lazy<Task<RobotsRules>>(() => LoadAsync(new Uri(origin + "/robots.txt"), ct)), now + Keep);

    private async Task<RobotsRules> LoadAsync(Uri robots, CancellationToken ct)
    {
        var result = await fetch(robots, ct).ConfigureAwait(false);
        if (result.Refused)
        {
            throw new BlockedAddressException(result.Error!);
        }

        if (result.Ok)
        {
            var rules = RobotsRules.Parse(Encoding.UTF8.GetString(result.Body), FetchOptions.ProductToken);
            if (rules.CrawlDelay is { } delay)
            {
                gate.SetDelay(robots.IdnHost, delay < options.MaxCrawlDelay ? delay : options.MaxCrawlDelay);
            }

            return rules;
        }

        return result.Status is >= 400 and < 500 ? RobotsRules.AllowAll : RobotsRules.DisallowAll(result.Error!);
    }
}
