using System.Text;
using Sitrep.Feeds.Tests.Support;
using Sitrep.Store;
using Xunit;

namespace Sitrep.Feeds.Tests.Watching;

/// <summary>Rounds of the watcher against local servers and a real SQLite store file.</summary>
public sealed class FeedRoundTests : IAsyncLifetime, IDisposable
{
    private readonly TempDir _dir = new();
    private LocalServer _server = null!;

    private string Db => _dir.File("sitrep.db");

    public async Task InitializeAsync() => _server = await LocalServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task A_restart_revalidates_the_feed_and_neither_refetches_nor_stores_items_twice()
    {
        ServeFeed("/wire.xml", 3, etag: "\"w-3\"");
        await using (var first = await RoundHarness.OpenAsync(Db))
        {
            var summary = await first.RunAsync(_server.Url("/wire.xml"));
            Assert.Equal((3, 3, 0), (summary.Articles, summary.New, summary.ItemsFailed));
            Assert.Empty(first.Errors);
        }

        await using (var restarted = await RoundHarness.OpenAsync(Db))
        {
            var summary = await restarted.RunAsync(_server.Url("/wire.xml"));
            Assert.Equal((0, 0), (summary.Articles, summary.New));
            var state = await restarted.State.GetAsync(_server.Url("/wire.xml").AbsoluteUri);
            Assert.Equal((3L, "rss", "\"w-3\""), (state!.ItemsIngested, state.Kind, state.ETag));
            Assert.Equal(3, (await restarted.Reports.CountsAsync()).Documents);
        }

        Assert.Equal([null, "\"w-3\""], _server.Requests.Where(r => r.Path == "/wire.xml").Select(r => r.IfNoneMatch));
        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(1, _server.Count($"/story{i}.html")));
    }

    [Fact]
    public async Task Only_new_items_are_fetched_when_the_feed_changes_even_without_validators()
    {
        ServeFeed("/wire.xml", 2);
        await using var harness = await RoundHarness.OpenAsync(Db);
        Assert.Equal(2, (await harness.RunAsync(_server.Url("/wire.xml"))).New);
        ServeFeed("/wire.xml", 3);
        var second = await harness.RunAsync(_server.Url("/wire.xml"));
        Assert.Equal((1, 1), (second.Articles, second.New));
        Assert.Equal([1, 1, 1], Enumerable.Range(0, 3).Select(i => _server.Count($"/story{i}.html")));
        var stored = await harness.Reports.GetVersionsAsync(_server.Url("/story2.html").AbsoluteUri);
        Assert.Single(stored);
    }

    [Fact]
    public async Task A_malformed_feed_is_one_error_and_the_other_sources_are_still_stored()
    {
        ServeFeed("/good.xml", 2);
        _server.MapText("/bad.xml", "application/rss+xml", "<rss version=\"2.0\"><channel><item><title>Cut");
        await using var harness = await RoundHarness.OpenAsync(Db);
        var summary = await harness.RunAsync(_server.Url("/bad.xml"), _server.Url("/good.xml"));
        Assert.Equal((2, 1, 2), (summary.Sources, summary.SourcesFailed, summary.New));
        var error = Assert.Single(harness.Errors);
        Assert.StartsWith($"sitrep: {_server.Url("/bad.xml")}: not well-formed XML (line 1", error);
        var bad = await harness.State.GetAsync(_server.Url("/bad.xml").AbsoluteUri);
        Assert.Equal((null, 0L), (bad!.LastSuccessAt, bad.ItemsIngested));
        Assert.StartsWith("not well-formed XML", bad.LastError);
    }

    [Fact]
    public async Task A_failed_item_is_retried_next_round_because_the_feed_keeps_no_validators()
    {
        ServeFeed("/wire.xml", 2, etag: "\"w\"");
        _server.MapStatus("/story1.html", 404);
        await using var harness = await RoundHarness.OpenAsync(Db);
        var first = await harness.RunAsync(_server.Url("/wire.xml"));
        Assert.Equal((1, 1), (first.New, first.ItemsFailed));
        Assert.Equal($"sitrep: {_server.Url("/wire.xml")}: item {_server.Url("/story1.html")}: HTTP 404 Not Found", Assert.Single(harness.Errors));
        Assert.Null((await harness.State.GetAsync(_server.Url("/wire.xml").AbsoluteUri))!.ETag);

        ServeStory(1);
        var second = await harness.RunAsync(_server.Url("/wire.xml"));
        Assert.Equal((1, 0), (second.New, second.ItemsFailed));
        Assert.Equal([null, null], _server.Requests.Where(r => r.Path == "/wire.xml").Select(r => r.IfNoneMatch));
        Assert.Equal(1, _server.Count("/story0.html"));
        Assert.Equal("\"w\"", (await harness.State.GetAsync(_server.Url("/wire.xml").AbsoluteUri))!.ETag);
    }

    [Fact]
    public async Task Atom_and_json_feeds_and_items_carrying_their_own_content_are_stored()
    {
        ServeStory(0);
        _server.MapText("/atom.xml", "application/atom+xml", $"""
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
              <entry><id>urn:x:0</id><title>{Pages.Stories[0].Title}</title><link href="/story0.html"/><updated>2025-06-03T08:00:00Z</updated></entry>
            </feed>
            """);
        var inline = Pages.Stories[1].Body.Replace("\n", " ", StringComparison.Ordinal);
        _server.MapText("/feed.json", "application/feed+json", "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"J\",\"items\":[{\"id\":\"j1\",\"title\":\"" + Pages.Stories[1].Title + "\",\"content_text\":\"" + inline + "\"}]}");
        await using var harness = await RoundHarness.OpenAsync(Db);
        var summary = await harness.RunAsync(_server.Url("/atom.xml"), _server.Url("/feed.json"));
        Assert.Equal(2, summary.New);
        Assert.Empty(harness.Errors);
        var inlineItem = await LatestAsync(harness, _server.Url("/feed.json").AbsoluteUri + "#j1");
        Assert.Contains("Negotiators from the two delegations", inlineItem.Body);
        Assert.Equal("atom", (await harness.State.GetAsync(_server.Url("/atom.xml").AbsoluteUri))!.Kind);
    }

    [Fact]
    public async Task A_page_labelled_with_the_wrong_charset_is_stored_with_its_real_text()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var html = Pages.Article("Pr\u00e9fecture statement", "The pr\u00e9fet of the region said on Monday that a convoy of twenty trucks had crossed into Syria at the Bab al-Hawa crossing.", charset: "windows-1252");
        _server.MapContent("/latin.html", "text/html; charset=utf-8", Encoding.GetEncoding(1252).GetBytes(html));
        await using var harness = await RoundHarness.OpenAsync(Db, pagesOnly: true);
        var summary = await harness.RunAsync(_server.Url("/latin.html"));
        Assert.Equal(1, summary.New);
        var stored = await LatestAsync(harness, _server.Url("/latin.html").AbsoluteUri);
        Assert.Contains("The pr\u00e9fet of the region", stored.Body);
        Assert.Equal("windows-1252", stored.Encoding);
    }

    [Fact]
    public async Task A_page_served_as_html_that_opens_with_a_comment_is_still_read_as_html()
    {
        var page = "<!-- cached copy -->\n" + Pages.Article(Pages.Stories[3].Title, Pages.Stories[3].Body)[Pages.Article("", "").IndexOf("<html>", StringComparison.Ordinal)..];
        Assert.DoesNotContain("<!doctype", page, StringComparison.OrdinalIgnoreCase);
        _server.MapText("/news/commented", "text/html; charset=utf-8", page);
        await using var harness = await RoundHarness.OpenAsync(Db, pagesOnly: true);
        Assert.Equal(1, (await harness.RunAsync(_server.Url("/news/commented"))).New);
        var stored = await LatestAsync(harness, _server.Url("/news/commented").AbsoluteUri);
        Assert.StartsWith("Security forces set up a new checkpoint", stored.Body);
        Assert.DoesNotContain("<p>", stored.Body);
    }

    [Fact]
    public async Task Robots_txt_keeps_disallowed_items_out_and_says_so()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /story1.html\n");
        ServeFeed("/wire.xml", 2);
        await using var harness = await RoundHarness.OpenAsync(Db);
        var summary = await harness.RunAsync(_server.Url("/wire.xml"));
        Assert.Equal((1, 1), (summary.New, summary.ItemsFailed));
        Assert.Contains("disallowed by robots.txt", Assert.Single(harness.Errors));
        Assert.Equal(0, _server.Count("/story1.html"));
    }

    [Fact]
    public async Task Fetching_a_changed_page_stores_a_new_version_and_a_feed_is_not_taken_for_a_page()
    {
        ServeStory(0);
        ServeFeed("/wire.xml", 1);
        await using var harness = await RoundHarness.OpenAsync(Db, pagesOnly: true);
        var first = await harness.RunAsync(_server.Url("/story0.html"), _server.Url("/wire.xml"));
        Assert.Equal((1, 1), (first.New, first.SourcesFailed));
        Assert.Equal($"sitrep: {_server.Url("/wire.xml")}: is a feed (rss), not a page; follow it with 'sitrep watch'", Assert.Single(harness.Errors));
        _server.MapText("/story0.html", "text/html", Pages.Article(Pages.Stories[0].Title, Pages.Stories[0].Body + "\nA later update said the column had left the town by nightfall."));
        Assert.Equal(1, (await harness.RunAsync(_server.Url("/story0.html"))).New);
        var versions = await harness.Reports.GetVersionsAsync(_server.Url("/story0.html").AbsoluteUri);
        Assert.Equal([1, 2], versions.Select(v => v.Version));
    }

    private static async Task<Sitrep.Core.Model.DocumentInfo> LatestAsync(RoundHarness harness, string source)
    {
        var version = Assert.Single(await harness.Reports.GetVersionsAsync(source));
        return (await harness.Reports.GetAsync(version.StoreId))!.Report.Document;
    }

    private void ServeFeed(string path, int stories, string? etag = null)
    {
        for (var i = 0; i < stories; i++)
        {
            ServeStory(i);
        }

        _server.MapText(path, "application/rss+xml", Pages.Rss("Test wire", Enumerable.Range(0, stories).Select(i => ($"g{i}", _server.Url($"/story{i}.html"), Pages.Stories[i].Title))), etag);
    }

    private void ServeStory(int i) => _server.MapText($"/story{i}.html", "text/html", Pages.Article(Pages.Stories[i].Title, Pages.Stories[i].Body));
}
