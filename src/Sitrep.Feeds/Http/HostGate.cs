using System.Collections.Concurrent;

namespace Sitrep.Feeds.Http;

/// <summary>
/// Per-host politeness: at most N requests to a host in flight, and request starts spaced by the host's delay, both
/// from the previous start and from the end of the previous request (so the server, which sees a request only after
/// its connection is set up, also sees them one delay apart). A start time is reserved under a lock, so concurrent
/// callers queue up one delay apart.
/// </summary>
public sealed class HostGate(TimeSpan delay, int concurrency, TimeProvider clock)
{
    private readonly ConcurrentDictionary<string, Host> _hosts = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Raises one host's delay (a robots.txt Crawl-delay); never lowers it below the default.</summary>
    public void SetDelay(string host, TimeSpan hostDelay)
    {
        var h = For(host);
        lock (h)
        {
            h.Delay = hostDelay > delay ? hostDelay : delay;
        }
    }

    /// <summary>Waits for a slot and for the host's next start time; dispose the result to free the slot.</summary>
    public async Task<IDisposable> EnterAsync(string host, CancellationToken ct)
    {
        var h = For(host);
        await h.Slots.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            TimeSpan wait;
            lock (h)
            {
                var now = clock.GetUtcNow();
                var start = h.NextStart > now ? h.NextStart : now;
                h.NextStart = start + h.Delay;
                wait = start - now;
            }

            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, clock, ct).ConfigureAwait(false);
            }

            return new Release(h, clock);
        }
        catch
        {
            h.Slots.Release();
            throw;
        }
    }

    private Host For(string host) => _hosts.GetOrAdd(host, _ => new Host(delay, Math.Max(1, concurrency)));

    private sealed class Host(TimeSpan delay, int concurrency)
    {
        public SemaphoreSlim Slots { get; } = new(concurrency, concurrency);

        public TimeSpan Delay { get; set; } = delay;

        public DateTimeOffset NextStart { get; set; } = DateTimeOffset.MinValue;
    }

    private sealed class Release(Host host, TimeProvider clock) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0)
            {
                lock (host)
                {
                    var next = clock.GetUtcNow() + host.Delay;
                    host.NextStart = next > host.NextStart ? next : host.NextStart;
                }

                host.Slots.Release();
            }
        }
    }
}
