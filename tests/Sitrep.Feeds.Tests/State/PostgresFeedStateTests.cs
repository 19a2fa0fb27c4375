using Sitrep.Feeds.Tests.Support;
using Xunit;

namespace Sitrep.Feeds.Tests.State;

/// <summary>The feed state on PostgreSQL, and a watcher restart there against a local server.</summary>
public sealed class PostgresFeedStateTests
{
    [NeedsPostgres]
    public async Task Records_validators_items_and_errors_as_documented()
    {
        await using var pg = await PostgresTarget.CreateAsync();
        await FeedStateContract.Records_validators_items_and_errors_as_documented(pg.Target, "postgres");
    }

    [NeedsPostgres]
    public async Task A_restart_on_postgresql_stores_nothing_twice()
    {
        await using var pg = await PostgresTarget.CreateAsync();
        await using var server = await LocalServer.StartAsync();
        server.MapText("/story0.html", "text/html", Pages.Article(Pages.Stories[0].Title, Pages.Stories[0].Body));
        server.MapText("/wire.xml", "application/rss+xml", Pages.Rss("Wire", [("g0", server.Url("/story0.html"), Pages.Stories[0].Title)]), etag: "\"p1\"");
        await using (var first = await RoundHarness.OpenAsync(pg.Target))
        {
            Assert.Equal(1, (await first.RunAsync(server.Url("/wire.xml"))).New);
        }

        await using var restarted = await RoundHarness.OpenAsync(pg.Target);
        var summary = await restarted.RunAsync(server.Url("/wire.xml"));
        Assert.Equal((0, 0), (summary.Articles, summary.New));
        Assert.Equal(1, (await restarted.Reports.CountsAsync()).Documents);
        Assert.Equal(1, server.Count("/story0.html"));
        Assert.Equal("\"p1\"", server.Requests.Last(r => r.Path == "/wire.xml").IfNoneMatch);
    }
}
