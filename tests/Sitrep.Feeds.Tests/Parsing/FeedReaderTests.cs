using Sitrep.Feeds.Parsing;
using Xunit;

namespace Sitrep.Feeds.Tests.Parsing;

public sealed class FeedReaderTests
{
    private static readonly Uri Base = new("http://127.0.0.1/feeds/main.xml");

    [Fact]
    public void Reads_rss_items_with_guid_link_date_and_encoded_content()
    {
        const string rss = """
            <?xml version="1.0" encoding="utf-8"?>
            <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
              <channel><title>Wire one</title>
                <item><title>First</title><link>/news/1.html</link><guid isPermaLink="false">w1-001</guid>
                  <pubDate>Tue, 03 Jun 2025 08:30:00 EST</pubDate><description>short</description>
                  <content:encoded><![CDATA[<p>Full text</p>]]></content:encoded></item>
                <item><title>Second</title><guid>http://127.0.0.1/news/2.html</guid></item>
              </channel>
            </rss>
            """;
        var feed = FeedReader.Read(rss, Base).Feed!;
        Assert.Equal(("rss", "Wire one"), (feed.Format, feed.Title));
        var first = feed.Items[0];
        Assert.Equal("w1-001", first.Key);
        Assert.Equal("http://127.0.0.1/news/1.html", first.Link!.AbsoluteUri);
        Assert.Equal(new DateTimeOffset(2025, 6, 3, 13, 30, 0, TimeSpan.Zero), first.Published!.Value.ToUniversalTime());
        Assert.Equal("<p>Full text</p>", first.ContentHtml);
        Assert.Equal("http://127.0.0.1/news/2.html", feed.Items[1].Link!.AbsoluteUri);
    }

    [Fact]
    public void Reads_atom_entries_with_alternate_links_and_typed_content()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom wire</title>
              <entry><id>tag:example,2025:1</id><title>One</title>
                <link rel="self" href="/self/1"/><link rel="alternate" href="/a/1.html"/>
                <published>2025-06-03T08:30:00Z</published><content type="html">&lt;p&gt;Hello&lt;/p&gt;</content></entry>
              <entry><id>tag:example,2025:2</id><title>Two</title><link href="/a/2.html"/>
                <updated>2025-06-04T09:00:00+02:00</updated><summary>Plain &amp; simple</summary></entry>
            </feed>
            """;
        var feed = FeedReader.Read(atom, Base).Feed!;
        Assert.Equal("atom", feed.Format);
        Assert.Equal(["tag:example,2025:1", "tag:example,2025:2"], feed.Items.Select(i => i.Key));
        Assert.Equal("http://127.0.0.1/a/1.html", feed.Items[0].Link!.AbsoluteUri);
        Assert.Equal("<p>Hello</p>", feed.Items[0].ContentHtml);
        Assert.Equal("<p>Plain &amp; simple</p>", feed.Items[1].ContentHtml);
        Assert.Equal(new DateTimeOffset(2025, 6, 4, 7, 0, 0, TimeSpan.Zero), feed.Items[1].Published!.Value.ToUniversalTime());
    }

    [Fact]
    public void Reads_json_feed_items()
    {
        const string json = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "JSON wire",
             "items": [{"id": 7, "url": "https://127.0.0.1/j/7", "title": "Seven", "content_text": "Line one", "date_published": "2025-06-03T10:00:00Z"},
                       {"id": "x8", "content_html": "<p>No link</p>"}]}
            """;
        var feed = FeedReader.Read(json, Base).Feed!;
        Assert.Equal(("jsonfeed", "JSON wire"), (feed.Format, feed.Title));
        Assert.Equal(["7", "x8"], feed.Items.Select(i => i.Key));
        Assert.Equal("<p>Line one</p>", feed.Items[0].ContentHtml);
        Assert.Null(feed.Items[1].Link);
    }

    [Fact]
    public void An_entity_expansion_bomb_is_refused_with_a_clear_error()
    {
        var bomb = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
            + string.Concat(Enumerable.Range(1, 9).Select(i => $" <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{(i == 1 ? "" : i - 1)};", 10))}\">\n"))
            + "]>\n<rss version=\"2.0\"><channel><title>&lol9;</title></channel></rss>";
        var result = FeedReader.Read(bomb, Base);
        Assert.Null(result.Feed);
        Assert.Equal(SafeXml.DtdRefused, result.Error);
    }

    [Fact]
    public void An_external_entity_is_refused_and_nothing_is_read_from_disk()
    {
        const string xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><rss version=\"2.0\"><channel><title>&x;</title></channel></rss>";
        Assert.Equal(SafeXml.DtdRefused, FeedReader.Read(xxe, Base).Error);
    }

    [Theory]
    [InlineData("<rss version=\"2.0\"><channel><title>Cut off</title><item>", "not well-formed XML")]
    [InlineData("<catalog><book/></catalog>", "not a feed (the root element is <catalog>)")]
    [InlineData("{\"items\": []}", "not a JSON Feed")]
    [InlineData("{\"version\": \"https://jsonfeed.org/version/1.1\", ", "not well-formed JSON")]
    [InlineData("plain words", "neither a feed nor an HTML page")]
    public void Malformed_documents_give_one_line_errors(string text, string expected)
    {
        var result = FeedReader.Read(text, Base);
        Assert.Null(result.Feed);
        Assert.StartsWith(expected, result.Error);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void An_html_page_is_a_page() => Assert.True(FeedReader.Read("<!DOCTYPE html><html><body>x</body></html>", Base).IsPage);
}
