using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Where embassies and fallen rulers are placed, year-end phrasings, and unnamed ministries that act.</summary>
public class MissionAndRulerTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public MissionAndRulerTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", text).Events;

    [Fact]
    public void An_embassy_to_reopen_in_a_capital_is_placed_there_and_dated_by_the_end_of_the_current_year()
    {
        var events = Events("KUWAIT CITY, October 14, 2026 (KUNA) - The minister said Oman would reopen its embassy in Damascus before the end of the current year.");

        var mission = Assert.Single(events, e => e.Type == "diplomacy.recognition");
        Assert.Equal("Damascus", mission.Location?.Name);
        Assert.StartsWith("2026-12", mission.Time?.Start ?? mission.Time?.End);
        Assert.Contains(mission.Provenance, p => p.Rule == "location.mission-in");
    }

    [Fact]
    public void An_unnamed_ministry_that_deploys_acts_for_the_state_of_the_report()
    {
        var events = Events("DAMASCUS, November 24, 2026 (SANA) - Syria has avoided confrontation in the south, and Syria's officials say talks with Israel will go on. "
            + "The Interior Ministry deployed around 300 General Security personnel to Quneitra city last month.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("syria", deployment.Actor?.Side);
        Assert.Equal(300, deployment.Quantity?.Value);
        Assert.Contains(deployment.Provenance, p => p.Rule == "actor.home-state-forces");
    }

    [Fact]
    public void A_ruler_falls_in_the_country_he_ruled_not_where_the_clause_around_it_is()
    {
        var events = Events("AMMAN, November 24, 2026 (AFP) - Israeli forces entered the buffer zone in southern Syria on December 8, 2024, hours after the fall of Bashar al-Assad.");

        var fall = Assert.Single(events, e => e.Type == "politics.leadership");
        Assert.Equal("Syria", fall.Location?.Name);
        Assert.Contains(fall.Provenance, p => p.Rule == "location.country-of-the-ruler");
    }

    [Fact]
    public void A_span_of_days_back_to_the_report_is_dated_by_the_month_it_began_in()
    {
        var events = Events("MOSCOW, November 3, 2026 (Interfax) - At least six transport aircraft have landed at Khmeimim over the past ten days, a source said.");

        var flights = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("2026-10", flights.Time?.Start);
        Assert.Equal("completed", flights.Status);
    }

    [Fact]
    public void The_force_after_a_withdrawal_noun_s_of_acts_and_the_south_of_the_country_is_its_southern_region()
    {
        var events = Events("DAMASCUS, November 5, 2026 (SANA) - Syria wants the withdrawal of Israeli forces from the south of the country, Syria's foreign minister said.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("israel", withdrawal.Actor?.Side);
        Assert.Equal("southern Syria", withdrawal.Location?.Name);
        Assert.Contains(withdrawal.Provenance, p => p.Rule == "location.region-of-country");
    }

    [Fact]
    public void A_floated_idea_is_speculative()
    {
        var events = Events("MOSCOW, November 5, 2026 (TASS) - Syrian officials have floated the deployment of Russian troops to southern Syria.");

        Assert.Equal("speculative", Assert.Single(events, e => e.Type == "military.deployment").Status);
    }
}

