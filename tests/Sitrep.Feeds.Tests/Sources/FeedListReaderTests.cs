using Sitrep.Feeds.Sources;
using Sitrep.Feeds.Tests.Support;
using Xunit;

namespace Sitrep.Feeds.Tests.Sources;

public sealed class FeedListReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Reads_plain_lines_with_optional_interval_and_outlet()
    {
        var path = _dir.Write("feeds.txt", """
            # wires
            http://127.0.0.1:9/a.xml 15m North Wire
            http://127.0.0.1:9/b.xml
            http://127.0.0.1:9/c.xml Daily Courier
            not-a-url 5m
            http://127.0.0.1:9/d.xml soon
            http://127.0.0.1:9/a.xml
            """);
        var list = FeedListReader.Read(path);
        Assert.Equal(
            [("http://127.0.0.1:9/a.xml", TimeSpan.FromMinutes(15), "North Wire"), ("http://127.0.0.1:9/b.xml", FeedSource.DefaultInterval, null), ("http://127.0.0.1:9/c.xml", FeedSource.DefaultInterval, "Daily Courier"), ("http://127.0.0.1:9/d.xml", FeedSource.DefaultInterval, "soon")],
            list.Sources.Select(s => (s.Url.AbsoluteUri, s.Interval, s.Outlet)));
        Assert.Equal(["feeds.txt:5: 'not-a-url' is not an http or https URL"], list.Errors);
    }

    [Fact]
    public void Reads_yaml_with_mappings_and_bare_urls_and_names_bad_entries_by_line()
    {
        var path = _dir.Write("feeds.yaml", """
            feeds:
              - url: http://127.0.0.1:9/a.xml
                interval: 1h30m
                outlet: North Wire
              - http://127.0.0.1:9/b.json
              - url: http://127.0.0.1:9/c.xml
                interval: often
              - url: ftp://127.0.0.1/d
            """);
        var list = FeedListReader.Read(path);
        Assert.Equal(
            [("http://127.0.0.1:9/a.xml", TimeSpan.FromMinutes(90), "North Wire"), ("http://127.0.0.1:9/b.json", FeedSource.DefaultInterval, null)],
            list.Sources.Select(s => (s.Url.AbsoluteUri, s.Interval, s.Outlet)));
        Assert.Equal(["feeds.yaml:6: 'often' is not an interval (such as 90s, 15m, 2h or 1d)", "feeds.yaml:8: 'ftp://127.0.0.1/d' is not an http or https URL"], list.Errors);
    }

    [Fact]
    public void A_top_level_yaml_list_is_a_feed_list_whatever_the_file_is_called()
    {
        var list = FeedListReader.Read(_dir.Write("list", "# ours\n- http://127.0.0.1:9/a.xml\n- url: http://127.0.0.1:9/b.xml\n  interval: 45s\n"));
        Assert.Empty(list.Errors);
        Assert.Equal([("http://127.0.0.1:9/a.xml", FeedSource.DefaultInterval), ("http://127.0.0.1:9/b.xml", TimeSpan.FromSeconds(45))], list.Sources.Select(s => (s.Url.AbsoluteUri, s.Interval)));
    }

    [Fact]
    public void Broken_yaml_is_one_error()
    {
        var list = FeedListReader.Read(_dir.Write("bad.yml", "feeds:\n  - url: [unclosed\n"));
        Assert.Empty(list.Sources);
        Assert.Single(list.Errors);
        Assert.StartsWith("bad.yml:", list.Errors[0]);
    }

    [Theory]
    [InlineData("90s", 90)]
    [InlineData("15m", 900)]
    [InlineData("2h", 7200)]
    [InlineData("1d", 86400)]
    [InlineData("10", 600)]
    public void Intervals(string text, int seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), Interval.Parse(text));
}
