using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Counted bases and posts, raids that are air strikes, and times borrowed from the fact told before.</summary>
public class CountedSitesTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "ANKARA, September 29, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public CountedSitesTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void A_counted_number_of_positions_a_side_holds_is_a_base_fact_with_that_count()
    {
        var events = Events("Turkey keeps an estimated 7,500 soldiers in northern Syria, spread over 114 bases and observation points, a study found.");

        var sites = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal(114, sites.Quantity?.Value);
        Assert.Equal("ongoing", sites.Status);
        Assert.Contains(events, e => e.Type == "military.troop_level" && e.Quantity?.Value == 7500);
    }

    [Theory]
    [InlineData("The ministry said 12 posts on its side would be vacated by the end of February.")]
    [InlineData("Drones struck three army positions near the river on Sunday, the monitor said.")]
    public void Counted_positions_that_are_left_or_struck_are_no_base_fact(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Provenance.Any(p => p.Rule == "rule:base.counted"));
    }

    [Fact]
    public void A_place_named_as_part_of_a_count_does_not_place_the_whole()
    {
        var sites = Assert.Single(Events("The army now holds 11 positions in Syria, including the Hermon summit, an official said."), e => e.Type == "military.base");
        Assert.Equal("Syria", sites.Location?.Name);
    }

    [Fact]
    public void Raids_told_with_a_strike_are_that_strike()
    {
        var events = Events("Israeli jets struck the Hama military airport on Sunday, in raids officials described as a warning to Ankara.");

        Assert.Contains(events, e => e.Type == "military.strike");
        Assert.DoesNotContain(events, e => e.Type == "security.raid");
    }

    [Fact]
    public void The_same_week_takes_the_month_of_the_fact_told_before()
    {
        var events = Events("In April 2025, Israeli warplanes bombed the T4 airbase in Homs province. The Hama military airport was struck the same week.");

        var second = Assert.Single(events, e => e.Type == "military.strike" && e.Evidence.Sentence.StartsWith("The Hama", StringComparison.Ordinal));
        Assert.Equal("2025-04", second.Time?.Start);
        Assert.Contains(second.Provenance, p => p.Rule == "time.same-period-as-before");
    }

    [Fact]
    public void A_year_before_a_name_does_not_date_the_fact_but_a_war_the_fact_happened_in_does()
    {
        var violation = Events("Israeli forces have continued to operate from 10 positions inside the area of separation, in violation of the 1974 Disengagement of Forces Agreement.");
        Assert.Null(Assert.Single(violation, e => e.Type == "military.base").Time);

        var capture = Events("Israel captured the Golan Heights from Syria in the 1967 Six Day War and annexed it in 1981.");
        Assert.Contains(capture, e => e.Time?.Start == "1967");
    }

    [Fact]
    public void A_force_in_the_country_is_in_the_country_of_the_report_whatever_a_later_clause_names()
    {
        var events = Events("The American presence in Syria keeps shrinking. The Pentagon has cut its force in the country to fewer than 1,000 troops "
            + "and handed the Green Village base at the al-Omar oil field to the Syrian army in June.");

        var level = Assert.Single(events, e => e.Type == "military.troop_level" && e.Quantity?.Value == 1000);
        Assert.Equal("Syria", level.Location?.Name);
        Assert.Contains(level.Provenance, p => p.Rule == "location.force-in-the-country");
    }
}

