using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

public class DocumentMetadataTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public DocumentMetadataTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    [Fact]
    public void Header_outlet_is_the_outlet_and_the_site_in_the_footer_is_the_republisher()
    {
        var document = _extractor.ExtractText("copy.txt", Reports.Syndicated).Document;

        Assert.Equal("Press TV", document.Outlet);
        Assert.Equal("GlobalSecurity.org", document.Republisher);
    }

    [Fact]
    public void Header_date_line_sets_published_without_inference()
    {
        var document = _extractor.ExtractText("copy.txt", Reports.Syndicated).Document;

        Assert.Equal("2025-11-06", document.Published);
        Assert.False(document.PublishedInferred);
        Assert.Equal("Syrian army redeploys forces near the northern border", document.Title);
    }

    [Fact]
    public void Footer_and_header_lines_stay_out_of_the_body()
    {
        var body = _extractor.ExtractText("copy.txt", Reports.Syndicated).Document.Body;

        Assert.DoesNotContain("mailing list", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Press TV", body, StringComparison.Ordinal);
        Assert.DoesNotContain("06 November 2025", body, StringComparison.Ordinal);
        Assert.StartsWith("The Syrian army deployed fresh troops", body, StringComparison.Ordinal);
    }

    [Fact]
    public void Weekday_resolves_against_the_header_date()
    {
        var report = _extractor.ExtractText("copy.txt", Reports.Syndicated);
        var onWednesday = report.Events.Where(e => e.Time is not null && e.Time.Text.Contains("Wednesday", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(onWednesday);
        Assert.All(onWednesday, e => Assert.Equal("2025-11-05", e.Time!.Start));
    }

    [Fact]
    public void Wire_named_in_the_dateline_is_the_outlet_and_not_a_republisher()
    {
        var document = _extractor.ExtractText("wire.txt", Reports.Wire).Document;

        Assert.Equal("Reuters", document.Outlet);
        Assert.Null(document.Republisher);
    }

    [Fact]
    public void Dateline_with_a_bracketed_region_is_cut_and_names_the_outlet()
    {
        const string text = "Raids in the north\n\nJenin (Palestinian Territories) (AFP) - Soldiers detained 14 Palestinians in raids on the camp overnight, a rights group said.";
        var result = _extractor.ExtractText("region.txt", text);

        Assert.Equal("Agence France-Presse", result.Document.Outlet);
        Assert.StartsWith("Soldiers detained", result.Document.Body, StringComparison.Ordinal);
        Assert.Equal(14, result.Events.First(e => e.Type == "security.raid").Quantity?.Value);
    }

    [Fact]
    public void A_dateline_of_a_city_and_a_dash_is_cut_and_acts_for_nobody()
    {
        const string text = "Border raid\n\nBAGHDAD - Turkish soldiers raided a village near Zakho on Tuesday and detained six men, officials said.";
        var result = _extractor.ExtractText("city.txt", text);

        Assert.StartsWith("Turkish soldiers raided", result.Document.Body, StringComparison.Ordinal);
        Assert.All(result.Events, e => Assert.NotEqual("iraq", e.Actor?.Id));
    }

    [Fact]
    public void Outlet_quoted_in_the_body_is_not_the_outlet()
    {
        const string text = "Syrian troops clashed with fighters near the border town on Tuesday, a monitor said, citing a Reuters report.\n"
            + "Press TV said the fighting had stopped by the evening.";
        var document = _extractor.ExtractText("quoted.txt", text).Document;

        Assert.Null(document.Outlet);
        Assert.Null(document.Republisher);
    }

    [Fact]
    public void Html_site_name_of_a_known_outlet_is_the_outlet_when_nothing_else_is_named()
    {
        const string html = """
            <html><head><meta property="og:site_name" content="GlobalSecurity.org">
            <meta property="article:published_time" content="2025-03-04T08:15:00Z"></head>
            <body><article><p>Government forces reopened the highway between the two cities on Monday after weeks of closure, officials said.</p></article></body></html>
            """;
        var document = _extractor.ExtractText("page.html", html).Document;

        Assert.Equal("GlobalSecurity.org", document.Outlet);
        Assert.Null(document.Republisher);
        Assert.Equal("2025-03-04", document.Published);
        Assert.False(document.PublishedInferred);
    }

    [Fact]
    public void Dated_past_reference_in_the_body_is_used_as_an_inferred_publication_date()
    {
        const string text = "Government forces reopened the highway between the two cities on 12 February 2025 after weeks of closure, officials said.";
        var document = _extractor.ExtractText("body-dated.txt", text).Document;

        Assert.StartsWith("2025-02", document.Published, StringComparison.Ordinal);
        Assert.True(document.PublishedInferred);
    }

    [Fact]
    public void Deadline_alone_does_not_date_the_report()
    {
        const string text = "The foreign forces will withdraw from the two bases by the end of 2026 under the agreement, officials said.";
        var document = _extractor.ExtractText("deadline.txt", text).Document;

        Assert.Null(document.Published);
        Assert.False(document.PublishedInferred);
    }
}
