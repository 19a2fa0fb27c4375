using Sitrep.Core.Cleaning;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class ReportLayoutTests
{
    private static ReportParts Split(params string[] lines) =>
        ReportLayout.Split(new CleanedText(lines.Select(l => new Line(l, false, null)).ToList(), PageHints.None, false));

    [Fact]
    public void Dateline_with_wire_source_is_cut_from_the_body_and_its_source_kept()
    {
        var parts = Split(
            "Israeli jets strike depots near the capital",
            "BEIRUT, March 3 (Reuters) - Israeli jets struck two weapons depots south of the capital overnight, security sources said.",
            "There was no immediate comment from the army.");

        Assert.Equal("BEIRUT, March 3 (Reuters) -", parts.Dateline);
        Assert.Equal("Reuters", parts.DatelineSource);
        Assert.StartsWith("Israeli jets struck two weapons depots", parts.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("(Reuters)", parts.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("BEIRUT", parts.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Plain_dateline_without_a_source_is_cut_too()
    {
        var parts = Split("DAMASCUS, Feb. 12 - Government forces reopened the highway to traffic on Wednesday after weeks of closure.");

        Assert.NotNull(parts.Dateline);
        Assert.Null(parts.DatelineSource);
        Assert.StartsWith("Government forces reopened the highway", parts.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Short_lines_before_the_first_prose_line_are_header_lines()
    {
        var parts = Split(
            "Levant Ledger",
            "Convoy reaches the north",
            "By Staff Writer",
            "A convoy of forty trucks reached the northern countryside on Monday, local officials said.",
            "Trucks wait at the crossing",
            "The officials said the shipment was the first since the road reopened in the winter.");

        Assert.Equal(["Levant Ledger", "Convoy reaches the north", "By Staff Writer"], parts.HeaderLines);
        Assert.Equal(
            "A convoy of forty trucks reached the northern countryside on Monday, local officials said.\n"
            + "Trucks wait at the crossing\n"
            + "The officials said the shipment was the first since the road reopened in the winter.",
            parts.Body);
        Assert.Null(parts.Dateline);
    }

    [Fact]
    public void Furniture_lines_are_set_apart_from_header_and_body()
    {
        var lines = new List<Line>
        {
            new("Share", true, "furniture.exact"),
            new("A convoy of forty trucks reached the northern countryside on Monday, local officials said.", false, null),
            new("Join our mailing list", true, "furniture.prefix"),
        };
        var parts = ReportLayout.Split(new CleanedText(lines, PageHints.None, false));

        Assert.Equal(2, parts.FurnitureLines.Count);
        Assert.DoesNotContain("Share", parts.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("mailing list", parts.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentence_that_merely_mentions_a_city_in_capitals_is_not_a_dateline()
    {
        const string line = "Officials in Geneva said talks with BEIRUT and Damascus would resume next week after a pause.";
        var parts = Split(line);

        Assert.Null(parts.Dateline);
        Assert.Equal(line, parts.Body);
    }
}
