using Sitrep.Core.Metadata;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using Xunit;

namespace Sitrep.Tests.Time;

public class TimeExpressionTests
{
    private static List<TimeMention> Find(string text) => TimeExpressionFinder.Find(text, Tokenizer.Tokenize(text));

    [Theory]
    [InlineData("Talks opened on 2025-11-06 in Geneva.", "2025-11-06")]
    [InlineData("Talks opened Nov 6, 2025 in Geneva.", "2025-11-06")]
    [InlineData("Talks opened on November 6th, 2025 in Geneva.", "2025-11-06")]
    [InlineData("Talks opened on 6 November 2025 in Geneva.", "2025-11-06")]
    [InlineData("The statement is dated Thursday, 06 November 2025.", "2025-11-06")]
    [InlineData("Talks opened in November 2025 in Geneva.", "2025-11")]
    public void Full_dates_resolve_without_a_publication_date(string sentence, string expected)
    {
        var dated = Find(sentence).Where(m => m.Absolute is not null).ToList();

        var mention = Assert.Single(dated);
        var spec = TimeResolver.Resolve(mention, published: null, ClauseTense.Past);
        Assert.Equal(expected, spec.Start);
        Assert.Null(spec.End);
    }

    [Fact]
    public void Weekday_before_a_full_date_does_not_change_the_date_of_the_line()
    {
        Assert.Equal(new PartialDate(2025, 11, 6), MetadataReader.DateIn("Thursday, 06 November 2025"));
    }

    [Theory]
    [InlineData("Weekly briefing (04.03.2026) - Ministry", 2026, 3, 4)]
    [InlineData("Last updated: 28.02.2025 15:40", 2025, 2, 28)]
    public void A_dotted_day_month_year_in_a_header_line_is_a_date(string line, int year, int month, int day)
    {
        Assert.Equal(new PartialDate(year, month, day), MetadataReader.DateIn(line));
    }

    [Theory]
    [InlineData("Version 2.10.2026.1")]
    [InlineData("Room 31.02.2026")]
    [InlineData("Figures 1.2.3")]
    public void Dotted_numbers_that_are_no_calendar_day_give_no_date(string line)
    {
        Assert.Null(MetadataReader.DateIn(line));
    }

    [Fact]
    public void Late_month_year_gives_the_start_of_the_month_and_keeps_the_modifier_in_the_text()
    {
        var mention = Assert.Single(Find("Fighting began in late November 2024 around Aleppo."));
        var spec = TimeResolver.Resolve(mention, published: null, ClauseTense.Past);

        Assert.Equal("2024-11", spec.Start);
        Assert.Equal("late November 2024", spec.Text);
    }

    [Fact]
    public void Mention_offsets_point_at_the_mention_text()
    {
        const string text = "The convoy left last month and returned on Monday, weeks before the 2026 deadline.";
        var mentions = Find(text);

        Assert.NotEmpty(mentions);
        Assert.All(mentions, m => Assert.Equal(m.Text, text[m.Start..m.End]));
    }

    [Theory]
    [InlineData("Troops may leave in the spring.")]
    [InlineData("Some 2000 troops arrived at the airfield.")]
    [InlineData("The march through the old city was peaceful.")]
    public void Ordinary_words_and_counts_are_not_time_expressions(string sentence)
    {
        Assert.Empty(Find(sentence));
    }

    [Theory]
    [InlineData("The forces will withdraw by the end of 2026.", TimeRole.Deadline)]
    [InlineData("The forces have been stationed there since 2015.", TimeRole.Since)]
    [InlineData("The truce held until March 1, 2025.", TimeRole.Until)]
    [InlineData("The forces withdrew in 2019.", TimeRole.Point)]
    public void Words_before_a_date_set_its_role(string sentence, TimeRole role)
    {
        Assert.Equal(role, Assert.Single(Find(sentence)).Role);
    }
}
