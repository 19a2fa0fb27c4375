using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Pages whose header has long tickers and menus between pipes, a logo heading that is only a link, a slogan set in
/// italics, and a footer of reporters' contact addresses, update notes, desk credits and a comment form in one row.
/// </summary>
public class TickerAndMastheadTests : IClassFixture<BundledKnowledge>
{
    private const string FinancePage = """
        Harbour Ledger
        Harbour Ledger the Group & Its Services | Ledger Terminal Trial Request | Ledger Mobile Remote Login | Ledger Client Support
        Sign In    Subscribe

        MARKETS  Copper +0.9% to $9,120 after port strike ends in Chile | Nikkei futures -0.3% | Silver -0.2% | Egyptian pound steadies near 51 per dollar | Jordan bonds gain as aid talks resume | EGX30 +0.4%

        Jordan Weighs Fuel Subsidy Cut as Lenders Press for Reform

        By Sara Haddad
        Mar. 4, 2027 at 10:15 AM GMT+3

        Jordan's government is weighing a cut to fuel subsidies before the summer, according to two officials familiar with the talks with its lenders.

        The cabinet will discuss the plan on Sunday, one of the officials said, asking not to be named because the talks are private.

        -- With assistance from Omar Qasem
        To contact the reporter on this story:
        Sara Haddad in Amman at shaddad4@ledger.example.com
        (Updates with cabinet meeting date in second paragraph.)
        """;

    private const string MarkdownPage = """
        # [THE ORCHARD POST](https://orchardpost.example/)

        *The Voice of the Valley Towns*

        [Home](https://orchardpost.example/) | [Towns](https://orchardpost.example/towns/) | [Farming](https://orchardpost.example/farming/) | [About](https://orchardpost.example/about/)

        **BREAKING:** Council approves new market hall in the old quarter · Road to the northern villages reopens after floods · Two arrested over stolen tractors

        ## Apple growers in the valley report the best harvest in ten years

        Growers across the valley picked more apples this autumn than in any year of the past decade, the regional farmers' union said on Tuesday.

        *Translated and edited by the Orchard Post English desk. For the full bulletin, listen at 18:00.*

        Comment * · Name * · Email * · [Post Comment]

        Subscribe to the Orchard Post newsletter – the valley's news in your inbox every morning.
        """;

    private readonly ReportExtractor _extractor;

    public TickerAndMastheadTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    [Fact]
    public void A_long_ticker_between_pipes_is_no_prose_and_a_menu_of_long_links_is_no_title()
    {
        var document = _extractor.ExtractText("ledger.txt", FinancePage).Document;

        Assert.Equal("Jordan Weighs Fuel Subsidy Cut as Lenders Press for Reform", document.Title);
        Assert.Equal("2027-03-04", document.Published);
        Assert.StartsWith("Jordan's government is weighing", document.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Reporters_contact_addresses_update_notes_and_assistance_credits_are_furniture()
    {
        var body = _extractor.ExtractText("ledger.txt", FinancePage).Document.Body;

        Assert.DoesNotContain("assistance", body, StringComparison.Ordinal);
        Assert.DoesNotContain("To contact", body, StringComparison.Ordinal);
        Assert.DoesNotContain("@", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Updates with", body, StringComparison.Ordinal);
        Assert.EndsWith("are private.", body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_logo_heading_an_italic_slogan_and_a_labelled_ticker_are_no_title()
    {
        var document = _extractor.ExtractText("orchard.md", MarkdownPage).Document;

        Assert.Equal("Apple growers in the valley report the best harvest in ten years", document.Title);
    }

    [Fact]
    public void A_desk_credit_a_comment_form_row_and_a_newsletter_prompt_are_furniture()
    {
        var body = _extractor.ExtractText("orchard.md", MarkdownPage).Document.Body;

        Assert.DoesNotContain("desk", body, StringComparison.Ordinal);
        Assert.DoesNotContain("Email", body, StringComparison.Ordinal);
        Assert.DoesNotContain("newsletter", body, StringComparison.Ordinal);
        Assert.EndsWith("said on Tuesday.", body, StringComparison.Ordinal);
    }
}
