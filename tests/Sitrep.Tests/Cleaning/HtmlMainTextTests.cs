using Sitrep.Core.Cleaning;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class HtmlMainTextTests
{
    private const string Page = """
        <!doctype html>
        <html>
        <head>
          <title>Convoy reaches the north | Levant Ledger</title>
          <meta property="og:site_name" content="Levant Ledger">
          <meta property="og:title" content="Convoy reaches the northern countryside">
          <meta property="article:published_time" content="2025-03-04T08:15:00Z">
          <script>var tracking = "window.ads = 'Do not show this script text'";</script>
          <style>.ad { display: none }</style>
        </head>
        <body>
          <nav><ul><li><a href="/">Home</a></li><li><a href="/world">World navigation link</a></li></ul></nav>
          <h1>Convoy reaches the northern countryside</h1>
          <div class="content">
            <p>A convoy of forty trucks carrying fuel and flour reached the northern countryside on Monday, local officials said.</p>
            <figure><img src="x.jpg"><figcaption>Trucks wait at the crossing near the border town at dawn.</figcaption></figure>
            <p>The officials said the shipment was the first to arrive since the road was reopened at the end of the winter.</p>
            <form><p>Subscribe to our bulletin form text</p><input type="email"></form>
            <p>Residents told reporters that queues at bakeries had grown shorter within hours of the delivery.</p>
          </div>
          <aside><p>Sidebar teaser: the best restaurants of the coast this season</p></aside>
          <footer><p>Footer copyright notice of the Levant Ledger network</p></footer>
          <script>document.write("Injected script paragraph");</script>
        </body>
        </html>
        """;

    private static readonly CleanedText Result = HtmlMainText.Extract(Page);

    private static string AllText => string.Join("\n", Result.Lines.Select(l => l.Text));

    [Fact]
    public void Paragraphs_of_the_article_are_kept_in_order()
    {
        var kept = Result.Lines.Where(l => !l.Furniture).Select(l => l.Text).ToList();
        var first = kept.FindIndex(l => l.StartsWith("A convoy of forty trucks", StringComparison.Ordinal));
        var second = kept.FindIndex(l => l.StartsWith("The officials said the shipment", StringComparison.Ordinal));
        var third = kept.FindIndex(l => l.StartsWith("Residents told reporters", StringComparison.Ordinal));

        Assert.True(first >= 0 && second > first && third > second, string.Join(" / ", kept));
    }

    [Fact]
    public void Photo_caption_is_kept()
    {
        Assert.Contains(Result.Lines, l => !l.Furniture && l.Text == "Trucks wait at the crossing near the border town at dawn.");
    }

    [Theory]
    [InlineData("World navigation link")]
    [InlineData("Sidebar teaser")]
    [InlineData("Footer copyright notice")]
    [InlineData("Do not show this script text")]
    [InlineData("Injected script paragraph")]
    [InlineData("Subscribe to our bulletin form text")]
    [InlineData("display: none")]
    public void Navigation_asides_footers_scripts_and_forms_are_dropped(string fragment)
    {
        Assert.DoesNotContain(fragment, AllText, StringComparison.Ordinal);
    }

    [Fact]
    public void Headline_is_not_repeated_as_a_body_line()
    {
        Assert.DoesNotContain(Result.Lines, l => l.Text == "Convoy reaches the northern countryside");
    }

    [Fact]
    public void Page_metadata_is_read_into_hints()
    {
        Assert.True(Result.FromHtml);
        Assert.Equal("Levant Ledger", Result.Hints.SiteName);
        Assert.StartsWith("2025-03-04", Result.Hints.PublishedTime, StringComparison.Ordinal);
        Assert.Equal("Convoy reaches the northern countryside", Result.Hints.Title);
    }

    [Fact]
    public void Page_without_metadata_has_null_hints()
    {
        var result = HtmlMainText.Extract("<html><body><p>Only one paragraph of text that is long enough to be kept as the body.</p></body></html>");

        Assert.Null(result.Hints.SiteName);
        Assert.Null(result.Hints.PublishedTime);
        Assert.Null(result.Hints.Url);
        Assert.Contains(result.Lines, l => l.Text.StartsWith("Only one paragraph", StringComparison.Ordinal));
    }

    private const string DivPage = """
        <html><head><link rel="canonical" href="https://news.example.org/20260314/harbour-reopens-4471902.html"></head><body>
        <div class="top"><a href="/">Example News</a> <a href="/world">World</a></div>
        <div class="story">
          <h1>Harbour reopens after storm</h1>
          <div class="story__date">14 March, 09:10 GMT</div>
          <div class="story__body">
            <div class="story__para">The northern harbour reopened to cargo ships on Saturday after a week of repairs to the breakwater, the port authority said.</div>
            <div class="story__para">Engineers from two companies worked in shifts, and the first grain carrier docked before noon, according to the harbour master.</div>
            <div class="story__para">Fishing boats will return to the inner basin from Monday, when the last cranes are moved.</div>
          </div>
        </div>
        <div class="bottom">All rights reserved</div>
        </body></html>
        """;

    [Fact]
    public void A_page_that_sets_paragraphs_in_divs_gives_them_as_lines_in_order()
    {
        var result = HtmlMainText.Extract(DivPage);

        var lines = result.Lines.Where(l => !l.Furniture).Select(l => l.Text).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("The northern harbour reopened", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Fishing boats will return", lines[2], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("All rights reserved", StringComparison.Ordinal));
    }

    [Fact]
    public void An_article_split_in_two_boxes_around_related_links_is_read_whole_and_in_order()
    {
        var result = HtmlMainText.Extract("""
            <html><body><div class="story">
            <div class="box"><p>The ferry service between the two islands resumed on Monday after a week of storms, the port said.</p></div>
            <div class="related"><a href="/a">Storms close the harbour</a> <a href="/b">Fishermen count losses</a></div>
            <div class="box"><p>Officials said three ferries would sail each day until the timetable returns to normal next month.</p>
            <p>The port authority added that damaged piers on the eastern island would be repaired before the summer season begins.</p></div>
            </div></body></html>
            """);

        var lines = result.Lines.Where(l => !l.Furniture).Select(l => l.Text).ToList();
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("The ferry service", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(lines, l => l.Contains("Fishermen count losses", StringComparison.Ordinal));
    }

    [Fact]
    public void A_day_in_the_canonical_address_is_the_publication_time_when_the_page_gives_no_year()
    {
        Assert.Equal("2026-03-14", HtmlMainText.Extract(DivPage).Hints.PublishedTime);
    }

    [Theory]
    [InlineData("https://example.org/2026/11/18/talks-resume/", "2026-11-18")]
    [InlineData("https://example.org/world/2025-02-03-border-crossing", "2025-02-03")]
    [InlineData("https://example.org/20261118/story-1123489576.html", "2026-11-18")]
    [InlineData("https://example.org/story-1123489576.html", null)]
    [InlineData("https://example.org/2026/13/40/not-a-day/", null)]
    [InlineData("https://example.org/id/202611189999", null)]
    [InlineData("not an address", null)]
    public void Reads_a_calendar_day_from_a_path_segment_only(string url, string? expected)
    {
        Assert.Equal(expected, UrlDate.Find(url));
    }

    [Fact]
    public void A_lead_photo_beside_the_text_container_keeps_its_caption()
    {
        const string page = """
            <html><body><div class="story">
              <h1>Ferry service resumes</h1>
              <figure><img src="f.jpg"><figcaption>A ferry leaves the northern harbour at sunrise</figcaption></figure>
              <div class="text">
                <p>The ferry service between the two islands resumed on Tuesday after a week of storms, the port authority said.</p>
                <p>Officials said two more boats would join the route before the end of the month if the weather held.</p>
              </div>
            </div></body></html>
            """;

        var lines = HtmlMainText.Extract(page).Lines.Where(l => !l.Furniture).Select(l => l.Text).ToList();

        Assert.Equal("A ferry leaves the northern harbour at sunrise", lines[0]);
        Assert.Equal(3, lines.Count);
    }
}
