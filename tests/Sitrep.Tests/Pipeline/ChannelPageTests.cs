using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Pages of messaging channels and small sites: buttons, counters and post stamps without a year, an outlet the
/// knowledge base does not list, a ticker list above the headline, and a reprinted wire story with two datelines.
/// </summary>
public class ChannelPageTests : IClassFixture<BundledKnowledge>
{
    private const string ChannelPage = """
        Orontes Watch | قناة
        @orontes_watch
        18.1K subscribers
        [ VIEW IN TELEGRAM ]   [ PREVIEW CHANNEL ]

        📌 Pinned message
        Send us footage of shelling and raids in your town via @orontes_tips_bot. We protect our sources.

        ◀ Previous post
        Gunmen attack a checkpoint on the Hama road, two wounded | 👁 9.4K

        Orontes Watch
        Mar 4 at 21:40

        Night digest: militia convoy leaves the mill, two farmers hurt by a mine

        1. MILL. A militia convoy of about 20 pickups left the old flour mill outside the town this morning, residents said. A resident told Orontes Watch the fighters headed east towards the desert.

        2. MINE. Two farmers were wounded by a mine in an orchard west of the town on 2 March 2027, the local council said.

        👁 11.2K   edited 21:55
        👍 210   😡 12   🙏 9
        """;

    private readonly ReportExtractor _extractor;

    public ChannelPageTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    [Fact]
    public void A_channel_posts_buttons_counters_and_appeals_stay_out_of_the_body()
    {
        var document = _extractor.ExtractText("post.txt", ChannelPage).Document;

        Assert.StartsWith("1. MILL.", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("bot", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("👁", document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Previous post", document.Body, StringComparison.Ordinal);
        Assert.Equal("Night digest: militia convoy leaves the mill, two farmers hurt by a mine", document.Title);
    }

    [Fact]
    public void A_post_stamp_without_a_year_takes_the_year_of_the_body()
    {
        var document = _extractor.ExtractText("post.txt", ChannelPage).Document;

        Assert.Equal("2027-03-04", document.Published);
        Assert.True(document.PublishedInferred);
    }

    [Fact]
    public void An_unlisted_name_in_the_header_that_sources_told_is_the_outlet()
    {
        Assert.Equal("Orontes Watch", _extractor.ExtractText("post.txt", ChannelPage).Document.Outlet);
    }

    [Fact]
    public void A_ticker_list_ends_at_the_first_line_without_its_bullet()
    {
        const string page = """
            Zaman al-Wasl (ZW)
            Voice of the river towns since 1998

            LATEST NEWS:
            * Storm closes the port road for a second day
            * Council opens a new clinic in the old market

            Home » Region » Syria
            Tuesday 3 March 2027 | 09:15

            Militia pulls fighters out of flour mill after weeks of talks

            A militia withdrew its fighters from the old flour mill outside the town on Monday after weeks of talks with the council, residents said.
            """;
        var document = _extractor.ExtractText("ticker.txt", page).Document;

        Assert.Equal("Militia pulls fighters out of flour mill after weeks of talks", document.Title);
    }

    [Fact]
    public void A_reprinted_wire_story_with_two_datelined_cities_names_the_agency_and_the_site()
    {
        const string html = """
            <html><head><title>Militia leaves mill near river town - Gulf Times</title><meta property="og:site_name" content="Gulf Times"></head>
            <body><article><h1>Militia leaves mill near river town</h1>
            <p>ALEPPO, Syria/BEIRUT (Reuters) - A militia withdrew its fighters from an old flour mill outside a river town on Monday after weeks of talks with the local council, residents and two officials said.</p>
            <p>The council said it would reopen the mill to farmers within a month, once engineers had cleared the site of explosives.</p>
            </article></body></html>
            """;
        var document = _extractor.ExtractText("reprint.html", html).Document;

        Assert.Equal("Reuters", document.Outlet);
        Assert.Equal("Gulf Times", document.Republisher);
        Assert.StartsWith("A militia withdrew", document.Body, StringComparison.Ordinal);
    }
}
