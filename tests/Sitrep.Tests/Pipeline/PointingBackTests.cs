using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Places told by pointing back ("the same village", "the summit", "the area" after a town on a river) and cues
/// whose parts stand apart ("hand the garrison over to", "units entered the site", "enlarging a fortified position").
/// </summary>
public class PointingBackTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public PointingBackTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("back.txt", text).Events;

    [Fact]
    public void The_same_village_is_the_village_told_before()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nArrests near the slopes\n\nOn Monday, Israeli troops drove into the village of Beit Jinn and questioned farmers. Last spring, an Israeli raid on the same village left three men wounded.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("beit_jinn", raid.Location?.Id);
    }

    [Fact]
    public void The_summit_is_the_mountain_told_before()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nThe mountain at the centre of the talks\n\nNegotiators keep returning to Mount Hermon. Israeli units captured the summit two winters ago and never left.");

        var seizure = Assert.Single(events, e => e.Type == "military.incursion");
        Assert.Equal("mount_hermon", seizure.Location?.Id);
    }

    [Fact]
    public void A_place_pointed_back_to_is_the_town_rather_than_the_river_it_lies_on()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nCell broken up\n\nOn Sunday, the SDF and coalition troops swept the town of Hajin on the Euphrates. The sweep ended with the arrest of three suspects in the area, the SDF said.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("hajin", raid.Location?.Id);
    }

    [Fact]
    public void Handing_a_named_garrison_over_is_a_withdrawal()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nDesert post to change hands\n\nDefense officials said on Monday they would hand the al-Tanf garrison over to Damascus once the spring arrives.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("al_tanf_garrison", withdrawal.Location?.Id);
        Assert.Equal("planned", withdrawal.Status);
    }

    [Fact]
    public void Units_that_entered_the_site_are_deployed_at_the_base_told_before()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nArmy moves in\n\nUS troops left the al-Shaddadi base at dawn on Monday. A Syrian army column entered the site by noon, a local official said.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("al_shaddadi_base", deployment.Location?.Id);
    }

    [Fact]
    public void Enlarging_a_fortified_position_is_base_work()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nNew huts on the mountain\n\nIsraeli engineers have been enlarging a fortified position near the peak of Mount Hermon for weeks, imagery shows.");

        Assert.Contains(events, e => e.Type == "military.base" && e.Location?.Id == "mount_hermon");
    }

    [Fact]
    public void Units_coming_from_a_town_are_deployed_at_the_site_not_the_town()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nArmy moves in\n\nUS troops left the al-Shaddadi base at dawn on Monday. A Syrian army column entered the site by noon, driving in from Deir Ezzor.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("al_shaddadi_base", deployment.Location?.Id);
    }

    [Fact]
    public void A_visitors_next_meeting_told_with_a_pronoun_is_in_the_city_he_came_to()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nMinister on a regional tour\n\nIranian Foreign Minister Abbas Araghchi flew into Beirut on Monday and sat down with President Joseph Aoun. He will also meet Speaker Nabih Berri on Tuesday, his office said.");

        var planned = Assert.Single(events, e => e.Type == "diplomacy.meeting" && e.Status == "planned");
        Assert.Equal("Beirut", planned.Location?.Name);
    }

    [Fact]
    public void A_states_military_presence_is_the_states()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nA decade on the coast\n\nAnalysts say Russia's military presence in Syria is now a decade old.");

        var presence = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("russia", presence.Actor?.Id);
    }

    [Fact]
    public void A_toll_without_a_place_is_placed_by_the_breakdown_that_follows()
    {
        var events = Events("Valley Desk, 2 June 2026\n\nWeekly toll\n\nTurkish troops neutralised nine PKK militants during the week, the ministry said. Six of them died in operations around Gara in Iraq's north, the rest inside Syria.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.NotNull(clash.Location);
        Assert.NotEqual("turkey", clash.Location!.Id);
    }

    [Fact]
    public void The_mission_is_the_international_mission_named_before()
    {
        var events = Events("UNIFIL reported new breaches along the Blue Line in its quarterly review. As of 1 October, the mission had 9,800 troops from 48 countries.");

        var level = Assert.Single(events, e => e.Type == "military.troop_level");
        Assert.Equal("unifil", level.Actor?.Id);
        Assert.Equal(9800, level.Quantity?.Value);
    }
}
