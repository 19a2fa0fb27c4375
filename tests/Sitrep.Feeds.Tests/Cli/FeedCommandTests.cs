using Sitrep.Feeds.Tests.Support;
using Xunit;

namespace Sitrep.Feeds.Tests.Cli;

/// <summary>fetch, watch and sources as a user runs them, against a local server.</summary>
public sealed class FeedCommandTests : IAsyncLifetime, IDisposable
{
    private static readonly string[] Local = ["--allow-private", "--host-delay", "0"];

    private readonly TempDir _dir = new();
    private LocalServer _server = null!;

    public async Task InitializeAsync()
    {
        _server = await LocalServer.StartAsync();
        for (var i = 0; i < 2; i++)
        {
            _server.MapText($"/story{i}.html", "text/html", Pages.Article(Pages.Stories[i].Title, Pages.Stories[i].Body));
        }

        _server.MapText("/wire.xml", "application/rss+xml", Pages.Rss("Wire", Enumerable.Range(0, 2).Select(i => ($"g{i}", _server.Url($"/story{i}.html"), Pages.Stories[i].Title))), etag: "\"c1\"");
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Watch_once_twice_then_sources()
    {
        _dir.Write("feeds.txt", $"# test list\n{_server.Url("/wire.xml")} 10m North Wire\nnot a url\n");
        string[] watch = ["watch", "--feeds", "feeds.txt", "--once", "--db", "s.db", .. Local];
        var first = await CommandLine.RunAsync(_dir.Path, watch);
        Assert.Equal(0, first.Code);
        Assert.Equal("sources 1 (failed 0), articles 2, new 2, unchanged 0, failed items 0", first.Out.Trim());
        Assert.Equal(["sitrep: feeds.txt:3: 'not' is not an http or https URL"], first.ErrLines);

        var second = await CommandLine.RunAsync(_dir.Path, watch);
        Assert.Equal("sources 1 (failed 0), articles 0, new 0, unchanged 0, failed items 0", second.Out.Trim());

        var sources = await CommandLine.RunAsync(_dir.Path, "sources", "--db", "s.db");
        var lines = sources.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("SOURCE", lines[0]);
        Assert.Matches($@"^{System.Text.RegularExpressions.Regex.Escape(_server.Url("/wire.xml").AbsoluteUri)}\s+rss\s+North Wire\s+\d{{4}}-\d\d-\d\dT[\d:]+Z\s+2\s+-$", lines[1]);
        Assert.Equal(1, _server.Count("/story0.html"));

        var json = await CommandLine.RunAsync(_dir.Path, "sources", "--db", "s.db", "--json");
        using var row = System.Text.Json.JsonDocument.Parse(json.Out.Trim());
        Assert.Equal(("\"c1\"", 2), (row.RootElement.GetProperty("etag").GetString(), row.RootElement.GetProperty("items_ingested").GetInt32()));
    }

    [Fact]
    public async Task Without_allow_private_a_local_feed_is_refused_in_one_line()
    {
        _dir.Write("feeds.yaml", $"feeds:\n  - url: {_server.Url("/wire.xml")}\n");
        var run = await CommandLine.RunAsync(_dir.Path, "watch", "--feeds", "feeds.yaml", "--once", "--db", "s.db");
        Assert.Equal(2, run.Code);
        Assert.Equal([$"sitrep: {_server.Url("/wire.xml")}: refused: 127.0.0.1 is a loopback address (--allow-private allows it)"], run.ErrLines);
        Assert.Empty(_server.Requests);
    }

    [Fact]
    public async Task Fetch_stores_pages_and_reports_bad_ones_in_one_line_each()
    {
        var run = await CommandLine.RunAsync(_dir.Path, ["fetch", _server.Url("/story0.html").AbsoluteUri, _server.Url("/missing.html").AbsoluteUri, "gopher://x", "--db", "s.db", .. Local]);
        Assert.Equal(0, run.Code);
        Assert.Equal("fetched 1, new 1, unchanged 0, failed 2", run.Out.Trim());
        Assert.Equal(["sitrep: gopher://x: not an http or https URL", $"sitrep: {_server.Url("/missing.html")}: HTTP 404 Not Found"], run.ErrLines);
        var search = await CommandLine.RunAsync(_dir.Path, "search", "armoured", "--db", "s.db", "--json");
        Assert.Contains(_server.Url("/story0.html").AbsoluteUri, search.Out);
    }

    [Fact]
    public async Task A_missing_feed_list_is_a_one_line_error()
    {
        var run = await CommandLine.RunAsync(_dir.Path, "watch", "--feeds", "nope.txt", "--once");
        Assert.Equal((1, "sitrep: --feeds nope.txt: no such file"), (run.Code, run.Err.Trim()));
    }
}
