using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using Xunit;

namespace Sitrep.Tests.Time;

public class TimeResolverTests
{
    // 6 November 2025 is a Thursday.
    private const string Thursday = "2025-11-06";

    private static PartialDate? Date(string? iso) =>
        iso is null ? null : new PartialDate(int.Parse(iso[..4]), int.Parse(iso[5..7]), int.Parse(iso[8..10]));

    private static TimeSpec ResolveOnly(string sentence, string? published, ClauseTense tense)
    {
        var mention = Assert.Single(TimeExpressionFinder.Find(sentence, Tokenizer.Tokenize(sentence)));
        return TimeResolver.Resolve(mention, Date(published), tense);
    }

    [Theory]
    [InlineData("The convoy arrived last month.", Thursday, "2025-10", "last month")]
    [InlineData("The convoy arrived earlier this month.", Thursday, "2025-11", "earlier this month")]
    [InlineData("The convoy arrived last year.", Thursday, "2024", "last year")]
    [InlineData("The convoy arrived yesterday.", Thursday, "2025-11-05", "yesterday")]
    [InlineData("The convoy arrived in March.", Thursday, "2025-03", "March")]
    [InlineData("The convoy arrived in March.", "2025-03-15", "2025-03", "March")]
    [InlineData("The convoy arrived in March.", "2025-02-10", "2024-03", "March")]
    [InlineData("The convoy arrived last December.", Thursday, "2024-12", "last December")]
    [InlineData("The convoy arrived last December.", "2025-12-20", "2024-12", "last December")]
    [InlineData("The convoy arrived last January.", "2026-01-03", "2025-01", "last January")]
    [InlineData("The convoy arrived over the weekend.", Thursday, "2025-11-01", "over the weekend")]
    [InlineData("The base was handed over at the end of 2024.", Thursday, "2024-12", "end of 2024")]
    public void Relative_expressions_resolve_against_the_publication_date(string sentence, string published, string start, string text)
    {
        var spec = ResolveOnly(sentence, published, ClauseTense.Past);

        Assert.Equal(start, spec.Start);
        Assert.Null(spec.End);
        Assert.Contains(text, spec.Text);
    }

    [Theory]
    [InlineData("Talks were held on Monday.", ClauseTense.Past, "2025-11-03")]
    [InlineData("Talks are set to resume on Monday.", ClauseTense.Future, "2025-11-10")]
    [InlineData("Talks were held on Thursday.", ClauseTense.Past, "2025-11-06")]
    [InlineData("Talks will resume on Thursday.", ClauseTense.Future, "2025-11-13")]
    [InlineData("Talks were held on Friday.", ClauseTense.Past, "2025-10-31")]
    [InlineData("Talks will resume on Wednesday.", ClauseTense.Future, "2025-11-12")]
    public void Weekday_is_the_most_recent_in_a_past_clause_and_the_next_in_a_future_clause(string sentence, ClauseTense tense, string expected)
    {
        Assert.Equal(expected, ResolveOnly(sentence, Thursday, tense).Start);
    }

    [Fact]
    public void Last_weekday_is_strictly_before_a_publication_on_that_weekday()
    {
        Assert.Equal("2025-10-30", ResolveOnly("Talks were held last Thursday.", Thursday, ClauseTense.Past).Start);
    }

    [Fact]
    public void Deadline_fills_end_only()
    {
        var spec = ResolveOnly("The forces will withdraw by the end of 2026.", Thursday, ClauseTense.Future);

        Assert.Null(spec.Start);
        Assert.Equal("2026-12-31", spec.End);
        Assert.Equal("by the end of 2026", spec.Text);
    }

    [Fact]
    public void Since_fills_start_only()
    {
        var spec = ResolveOnly("The forces have been stationed there since 2015.", Thursday, ClauseTense.Past);

        Assert.Equal("2015", spec.Start);
        Assert.Null(spec.End);
        Assert.Equal("since 2015", spec.Text);
    }

    [Fact]
    public void Until_fills_end_only()
    {
        var spec = ResolveOnly("The truce held until March 1, 2025.", Thursday, ClauseTense.Past);

        Assert.Null(spec.Start);
        Assert.Equal("2025-03-01", spec.End);
        Assert.Equal("until March 1, 2025", spec.Text);
    }

    [Theory]
    [InlineData("The convoy arrived last month.", "last month")]
    [InlineData("The convoy arrived in March.", "March")]
    [InlineData("The convoy arrived last December.", "last December")]
    [InlineData("The convoy arrived earlier this month.", "earlier this month")]
    [InlineData("Talks were held on Monday.", "Monday")]
    [InlineData("The convoy arrived yesterday.", "yesterday")]
    public void Relative_expression_without_a_publication_date_keeps_its_text_and_gets_no_dates(string sentence, string text)
    {
        var spec = ResolveOnly(sentence, published: null, ClauseTense.Past);

        Assert.Null(spec.Start);
        Assert.Null(spec.End);
        Assert.Contains(text, spec.Text);
    }

    [Fact]
    public void Month_precision_publication_cannot_resolve_a_weekday()
    {
        var spec = TimeResolver.Resolve(
            Assert.Single(TimeExpressionFinder.Find("Talks were held on Monday.", Tokenizer.Tokenize("Talks were held on Monday."))),
            new PartialDate(2025, 11, 0),
            ClauseTense.Past);

        Assert.Null(spec.Start);
    }
}
