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
