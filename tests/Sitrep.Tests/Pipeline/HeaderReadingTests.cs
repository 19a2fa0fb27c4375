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
    [InlineData("[Harbour Review](/) · [Papers](/papers) · [Contact](/contact)\n\n# Three navies, one gulf: the naval balance in March 2026\n\n**Paper No. 7** · 4 March 2026 · By A. Writer\n\nThree navies now keep ships in the gulf, and each has enlarged its port facilities since the winter.", "Three navies, one gulf: the naval balance in March 2026", "2026-03-04")]
    public void Menus_are_skipped_and_a_headline_naming_a_month_is_the_title_not_the_date(string text, string title, string published)
    {
        var document = _extractor.ExtractText("menu.md", text).Document;

        Assert.Equal(title, document.Title);
        Assert.Equal(published, document.Published);
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
}
