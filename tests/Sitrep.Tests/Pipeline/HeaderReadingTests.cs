using Sitrep.Core.Metadata;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Header lines that are menus rather than headlines, headlines that name a month, and syndication notices that
/// say outright who wrote a story and who reprints it.
/// </summary>
public class HeaderReadingTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public HeaderReadingTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    [Theory]
    [InlineData("Deutsch | English | Español | Русский")]
    [InlineData("**Harbour Review** · Essays · Defence")]
    [InlineData("[Harbour Review](/) · [Papers](/papers) · [Contact](/contact)")]
    [InlineData("Home News Region World Economy Sport Video")]
    public void Menus_are_navigation_lines(string line)
    {
        Assert.True(NavigationLine.Is(line));
    }

    [Theory]
    [InlineData("Militia fighters withdraw from two villages near the river")]
    [InlineData("Ceasefire holds | Talks resume in the capital after a week of delays")]
    public void Headlines_are_not_navigation_lines(string line)
    {
        Assert.False(NavigationLine.Is(line));
    }

    [Theory]
    [InlineData("Coastal Daily\nDeutsch | English | Español | Русский\n\nPatrols return to the harbour road after the storm\n\n3 March 2026\n\nNaval patrols resumed along the harbour road on Tuesday, the port authority said.", "Patrols return to the harbour road after the storm", "2026-03-03")]
    [InlineData("Coastal Daily | Arabic\nThe official news channel of the coastal republic\n\nHome | Local | Politics | Security\n\n2026/03/03 | 16:20\n\nPatrols return to the harbour road after the storm\n\nNaval patrols resumed along the harbour road on Tuesday, the port authority said.", "Patrols return to the harbour road after the storm", "2026-03-03")]
    [InlineData("Coastal Daily\n\nHome  News  Region  World  Economy  Video\n\nTuesday 3 March 2026 - 09:15 GMT\n\nPatrols return to the harbour road after the storm\n\nNaval patrols resumed along the harbour road on Tuesday, the port authority said.", "Patrols return to the harbour road after the storm", "2026-03-03")]
    [InlineData("[Harbour Review](/) · [Papers](/papers) · [Contact](/contact)\n\n# Three navies, one gulf: the naval balance in March 2026\n\n**Paper No. 7** · 4 March 2026 · By A. Writer\n\nThree navies now keep ships in the gulf, and each has enlarged its port facilities since the winter.", "Three navies, one gulf: the naval balance in March 2026", "2026-03-04")]
    public void Menus_are_skipped_and_a_headline_naming_a_month_is_the_title_not_the_date(string text, string title, string published)
    {
        var document = _extractor.ExtractText("menu.md", text).Document;

        Assert.Equal(title, document.Title);
        Assert.Equal(published, document.Published);
    }

    [Theory]
    [InlineData("[Asharq Al-Awsat](https://english.aawsat.com/) — *The region's daily of record*\n\nWorld\n\n# Convoys return to the coast road after a week of closures\n\n**Beirut - Asharq Al-Awsat**\n\nPublished: 4 March 2026\n\nConvoys returned to the coast road on Tuesday after a week of closures, officials said.",
        "Convoys return to the coast road after a week of closures", "Asharq Al-Awsat", "2026-03-04")]
    [InlineData("RUDAW\nKurdistan | Iraq | Syria | World\n\nFerries resume between the two ports after storms ended\n\nRudaw Digital\n04-03-2026 | 14:52\n\nFerries resumed sailing between the two ports on Tuesday after the storms ended, the port authority said.",
        "Ferries resume between the two ports after storms ended", "Rudaw", "2026-03-04")]
    public void A_linked_or_emphasised_site_name_a_later_markdown_heading_and_a_day_first_dashed_date_are_read(string text, string title, string outlet, string published)
    {
        var document = _extractor.ExtractText("site.md", text).Document;

        Assert.Equal(title, document.Title);
        Assert.Equal(outlet, document.Outlet);
        Assert.Equal(published, document.Published);
    }

    [Theory]
    [InlineData("**The ministry said the convoy would leave the port on Friday morning**", true)]
    [InlineData("*The ministry said the convoy would leave the port on Friday morning.*", true)]
    [InlineData("[Harbour Daily](https://example.org/) — *The coast's daily of record since the year 1950*", false)]
    public void A_line_wholly_in_emphasis_is_prose_a_tagline_after_a_link_is_not(string line, bool prose)
    {
        Assert.Equal(prose, Sitrep.Core.Cleaning.ReportLayout.IsProse(line));
    }

    [Fact]
    public void A_date_line_after_an_emphasised_standfirst_dates_the_report_and_leaves_the_body()
    {
        var report = _extractor.ExtractText("standfirst.md", "# Ferries resume between the two ports\n\n*Storms had closed the crossing for a week, and the port authority now expects two more boats to join the route*\n\nBy Harbour Staff\nMARCH 4, 2026 08:47\n\nFerries resumed sailing between the two ports on Tuesday after the storms ended, the port authority said.");

        Assert.Equal("2026-03-04", report.Document.Published);
        Assert.DoesNotContain("08:47", report.Document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_site_name_followed_by_its_tagline_names_the_outlet()
    {
        var report = _extractor.ExtractText("page.html", "<html><head><title>Ferries resume - Al-Monitor: The region's independent news source</title></head><body><h1>Ferries resume</h1><p>Ferries resumed sailing between the two ports on Tuesday after the storms ended, the port authority said on Wednesday.</p></body></html>");

        Assert.Equal("Al-Monitor", report.Document.Outlet);
    }

    [Fact]
    public void A_syndication_notice_names_the_outlet_and_the_republisher()
    {
        const string text = "The Guardian\n\nFerry crossings resume after a month of closure\n\nThis story was produced by Reuters and is republished by The Guardian under a licensing arrangement.\n\nFerries resumed crossings between the two ports on Monday after a month-long closure, port officials said.";
        var document = _extractor.ExtractText("notice.txt", text).Document;

        Assert.Equal("Reuters", document.Outlet);
        Assert.Equal("The Guardian", document.Republisher);
        Assert.DoesNotContain("republished by", document.Body, StringComparison.Ordinal);
    }

    // A page that opens with its site name has its headline below; a research update is credited to the first owner in
    // its copyright line, not to a site its source notes cite, and its dated-label headline gives the day.
    [Theory]
    [InlineData("watch.txt", "The Levant Harbour Watch Monitoring Network\nYou are here: Home \u00BB News \u00BB Coast\n\nMay 4, 2031\n\nFishing boats return to the northern harbour after the storm\n\nFishing boats returned to the northern harbour on Sunday, the port authority said.\n\nCopyright \u00A9 2031 Levant Harbour Watch Monitoring Network. All Rights Reserved.", "Fishing boats return to the northern harbour after the storm", "2031-05-04")]
    [InlineData("update.md", "# Coastal Update, March 9\n\n**The navy moved two frigates to the northern port in February 2031.**[1] Officials said the ships would stay there for the season.[2]\n\nThe port authority closed two piers to civilian boats and moved the ferry service to the southern quay.[3]\n\n[1] https://www.ynetnews.com/article/frigates\n\n\u00A9 2031 Harbour Studies Centre and the Coastal Policy Forum. All rights reserved.", "Harbour Studies Centre", "2031-03-09")]
    public void Site_names_in_header_and_footer_lines_are_read_for_what_they_are(string name, string text, string titleOrOutlet, string published)
    {
        var document = _extractor.ExtractText(name, text).Document;

        Assert.Contains(titleOrOutlet, new[] { document.Title, document.Outlet });
        Assert.NotEqual(document.Title, document.Outlet);
        Assert.Equal(published, document.Published);
    }

    [Fact]
    public void A_month_told_before_the_latest_dated_one_does_not_roll_the_year_over()
    {
        var (date, _) = Infer("Ships visited the port in March and again in May 2031. The navy left the port in October 2031.");

        Assert.Equal("2031-10", date?.ToString());
    }

    private static (Sitrep.Core.Time.PartialDate? Date, string? Evidence) Infer(string body)
    {
        var text = new Sitrep.Core.Recognition.AnalyzedText(body);
        return PublicationInference.Infer(text, Sitrep.Core.Time.TimeExpressionFinder.Find(text.Body, text.Tokens));
    }
}
