using System.Globalization;
using Sitrep.Feeds.Sources;

namespace Sitrep.Feeds.Watching;

/// <summary>
/// Follows sources over time: each is due its interval after its last fetch, as recorded in the store, so a restarted
/// watcher picks up the schedule where it stopped. Each wake-up runs one round over the sources due.
/// </summary>
public sealed class FeedWatcher(FeedRound round, StoreGate store, TimeProvider clock)
{
    private static readonly TimeSpan MaxSleep = TimeSpan.FromMinutes(1);

    /// <summary>Runs until cancelled; <paramref name="onRound"/> hears each round's summary.</summary>
    public async Task WatchAsync(IReadOnlyList<FeedSource> sources, Action<RoundSummary> onRound, CancellationToken ct)
    {
        var due = new Dictionary<FeedSource, DateTimeOffset>();
        foreach (var source in sources)
        {
            var state = await store.StateAsync(s => s.GetAsync(source.Url.AbsoluteUri, ct), ct).ConfigureAwait(false);
            due[source] = DateTimeOffset.TryParse(state?.LastFetchAt, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var last)
                ? last + source.Interval
                : DateTimeOffset.MinValue;
        }

        while (!ct.IsCancellationRequested)
        {
            var now = clock.GetUtcNow();
            var ready = sources.Where(s => due[s] <= now).ToList();
            if (ready.Count > 0)
            {
                onRound(await round.RunAsync(ready, ct).ConfigureAwait(false));
                var after = clock.GetUtcNow();
                foreach (var s in ready)
                {
                    due[s] = after + s.Interval;
                }
            }

            var next = due.Values.Min() - clock.GetUtcNow();
            if (next > TimeSpan.Zero)
            {
                await Task.Delay(next < MaxSleep ? next : MaxSleep, clock, ct).ConfigureAwait(false);
            }
        }
    }
}
