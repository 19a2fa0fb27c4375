using Sitrep.Feeds.Sources;
using Sitrep.Feeds.Tests.Support;
using Sitrep.Feeds.Watching;
using Xunit;

namespace Sitrep.Feeds.Tests.Watching;

/// <summary>The watcher's schedule: due an interval after the last fetch recorded in the store, across restarts.</summary>
public sealed class FeedWatcherTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private LocalServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync();
        _server.MapText("/story0.html", "text/html", Pages.Article(Pages.Stories[0].Title, Pages.Stories[0].Body));
        _server.MapText("/wire.xml", "application/rss+xml", Pages.Rss("Wire", [("g0", _server.Url("/story0.html"), Pages.Stories[0].Title)]));
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_source_never_fetched_is_due_at_once_and_one_fetched_recently_waits_after_a_restart()
    {
        var sources = new[] { new FeedSource(_server.Url("/wire.xml"), TimeSpan.FromHours(1), null) };
        await using (var first = await RoundHarness.OpenAsync(_dir.File("s.db")))
        {
            var rounds = await WatchUntilAsync(first, sources, TimeSpan.FromSeconds(60), stopAfterRounds: 1);
            Assert.Equal(1, Assert.Single(rounds).New);
        }

        await using var restarted = await RoundHarness.OpenAsync(_dir.File("s.db"));
        Assert.Empty(await WatchUntilAsync(restarted, sources, TimeSpan.FromSeconds(1), stopAfterRounds: 1));
        Assert.Equal(1, _server.Count("/wire.xml"));
    }

    private static async Task<List<RoundSummary>> WatchUntilAsync(RoundHarness harness, FeedSource[] sources, TimeSpan limit, int stopAfterRounds)
    {
        var rounds = new List<RoundSummary>();
        using var stop = new CancellationTokenSource(limit);
        var watcher = new FeedWatcher(harness.Round, harness.Gate, TimeProvider.System);
        try
        {
            await watcher.WatchAsync(sources, r =>
            {
                rounds.Add(r);
                if (rounds.Count >= stopAfterRounds)
                {
                    stop.Cancel();
                }
            }, stop.Token);
        }
        catch (OperationCanceledException)
        {
        }

        return rounds;
    }
}
