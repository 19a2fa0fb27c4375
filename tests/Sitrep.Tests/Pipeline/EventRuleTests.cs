using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Close cases of codebook section 3, one sentence each.</summary>
public class EventRuleTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public EventRuleTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("rule.txt", text).Events;

    [Theory]
    [InlineData("Israeli warplanes struck weapons depots near the coastal city of Latakia overnight, a monitor said.", "military.strike")]
    [InlineData("Security forces arrested five men in the city of Homs on Monday, the interior ministry said.", "security.raid")]
    [InlineData("Syrian troops clashed with Kurdish fighters near the Tishrin Dam on Sunday, a monitor said.", "military.clash")]
    [InlineData("Israeli drones carried out reconnaissance flights over the southern countryside on Monday, residents said.", "military.recon")]
    [InlineData("Gunmen killed seven civilians in a village near Homs on Sunday, a war monitor said.", "violence.civilians")]
    [InlineData("Russian and Turkish officials met in Ankara on Monday to discuss the situation in the north.", "diplomacy.meeting")]
    [InlineData("Israeli ground forces pushed deeper into the Quneitra countryside on Tuesday, local sources said.", "military.incursion")]
    [InlineData("The remaining Turkish soldiers at the outpost were flown to Ankara on Tuesday, officials said.", "military.deployment")]
    public void Sentence_gives_one_event_of_the_codebook_type(string sentence, string type)
    {
        Assert.Equal(type, Assert.Single(Events(sentence)).Type);
    }

    [Fact]
    public void Joint_operation_is_not_joining_an_alliance()
    {
        var events = Events("Police and army units carried out a joint operation against a smuggling ring in the desert near Palmyra on Friday.");

        Assert.DoesNotContain(events, e => e.Type == "diplomacy.agreement");
    }

    [Fact]
    public void Evacuated_bases_are_a_withdrawal_not_a_standing_base()
    {
        var events = Events("Last spring Turkish troops evacuated their bases near Tal Abyad, a military spokesman said.");

        Assert.DoesNotContain(events, e => e.Type == "military.base");
        Assert.Contains(events, e => e.Type == "military.withdrawal");
    }

    [Fact]
    public void Deadline_gives_a_planned_event_with_only_an_end()
    {
        var e = Assert.Single(Events("The United States will withdraw its troops from the base at al-Tanf by the end of 2026, officials said."));

        Assert.Equal("military.withdrawal", e.Type);
        Assert.Equal("planned", e.Status);
        Assert.Equal("united_states", e.Actor?.Id);
        Assert.NotNull(e.Time);
        Assert.Null(e.Time.Start);
        Assert.Equal("2026-12-31", e.Time.End);
    }

    [Fact]
    public void Military_actor_with_a_demonym_is_its_state()
    {
        var e = Assert.Single(Events("Israeli warplanes struck weapons depots near the coastal city of Latakia overnight, a monitor said."));

        Assert.Equal("israel", e.Actor?.Id);
        Assert.Equal("latakia", e.Location?.Id);
    }

    [Fact]
    public void Event_location_known_to_the_knowledge_base_carries_its_point()
    {
        var e = Assert.Single(Events("Syrian troops clashed with Kurdish fighters near the Tishrin Dam on Sunday, a monitor said."));

        Assert.NotNull(e.Location);
        Assert.NotNull(e.Location.Lat);
        Assert.NotNull(e.Location.Lon);
        Assert.NotNull(e.Location.Precision);
    }

    [Fact]
    public void Stated_force_size_is_a_troop_level_with_its_quantity()
    {
        var levels = Events("About 900 U.S. troops remain stationed in the northeast of the country, according to the Pentagon.")
            .Where(e => e.Type == "military.troop_level").ToList();

        var level = Assert.Single(levels);
        Assert.Equal(900, level.Quantity?.Value);
        Assert.Equal("troops", level.Quantity?.Unit);
        Assert.Equal("united_states", level.Actor?.Id);
    }

    [Fact]
    public void Stated_force_size_is_only_a_troop_level()
    {
        var types = Events("About 900 U.S. troops remain stationed in the northeast of the country, according to the Pentagon.").Select(e => e.Type);

        Assert.Equal(["military.troop_level"], types);
    }

    [Fact]
    public void Forces_entering_villages_is_an_incursion()
    {
        var e = Assert.Single(Events("Israeli forces entered three villages in Quneitra province on Tuesday, local sources said."));

        Assert.Equal("military.incursion", e.Type);
    }

    [Fact]
    public void Denied_plan_is_denied()
    {
        var e = Assert.Single(Events("Russia denied that it plans to build a new naval base in the port of Tartus, the ministry said."));

        Assert.Equal("military.base", e.Type);
        Assert.Equal("denied", e.Status);
        Assert.Equal("russia", e.Actor?.Id);
    }

    [Fact]
    public void Envoys_named_to_several_countries_are_one_tie_each()
    {
        var ties = Events("Lebanon has appointed ambassadors to Egypt, Jordan and Iraq, the foreign ministry announced on Monday.")
            .Where(e => e.Type == "diplomacy.recognition").Select(e => e.Target?.Id).Order().ToList();

        Assert.Equal(["egypt", "iraq", "jordan"], ties);
    }

    [Fact]
    public void Arresting_a_leader_is_a_fresh_fact_not_background()
    {
        var e = Assert.Single(Events("Security forces dismantled a cell in Homs on Monday and arrested its leader, the interior ministry said."),
            x => x.Type == "security.raid");

        Assert.Equal("completed", e.Status);
    }

    [Fact]
    public void Patrol_over_a_sea_is_placed_on_that_sea()
    {
        var e = Assert.Single(Events("Chinese and Russian warships conducted a joint patrol in the South China Sea on Monday, the defence ministry said."),
            x => x.Type == "military.deployment");

        Assert.Equal("south_china_sea", e.Location?.Id);
        Assert.NotNull(e.Location?.Lat);
    }
}
