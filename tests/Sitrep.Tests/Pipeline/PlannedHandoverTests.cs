using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// A base to be handed to a government, the army that is to move onto it, bases where a force is concentrated or
/// that it intends to keep, restrictions a bloc is to lift, and a meeting dated to a later month.
/// </summary>
public class PlannedHandoverTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "WASHINGTON, November 20, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public PlannedHandoverTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void Preparing_to_hand_its_base_to_a_government_is_a_planned_withdrawal()
    {
        var events = Events("The French army is preparing to hand its air base at Gao in Mali to the government in Bamako before the end of the month, officials said.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("planned", withdrawal.Status);
    }

    [Fact]
    public void Units_expected_to_move_onto_a_base_are_a_planned_deployment()
    {
        var events = Events("Malian army units are expected to move onto the base once the last French equipment has been flown out, an officer said.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("planned", deployment.Status);
    }

    [Fact]
    public void Troops_concentrated_at_a_base_and_a_garrison_a_state_intends_to_keep_are_bases()
    {
        var events = Events("Most of the remaining troops are concentrated at the Gao base, and Paris has said it intends to keep the garrison at Niamey.");

        Assert.Equal(2, events.Count(e => e.Type == "military.base"));
    }

    [Fact]
    public void A_bloc_expected_to_lift_its_restrictions_when_ministers_meet_next_month_plans_both()
    {
        var events = Events("The European Union is expected to lift its remaining restrictions on Malian gold exports when the bloc's foreign ministers meet in Brussels next month, two diplomats said.");

        Assert.Equal("planned", Assert.Single(events, e => e.Type == "diplomacy.sanctions").Status);
        Assert.Equal("planned", Assert.Single(events, e => e.Type == "diplomacy.meeting").Status);
    }

    [Fact]
    public void A_states_army_entering_a_town_of_its_own_state_deploys_there()
    {
        var events = Events("Units of the Syrian army entered the town of Hajin in Deir ez-Zor province on Monday after the SDF withdrew.");

        Assert.Contains(events, e => e.Type == "military.deployment" && e.Actor?.Id is "syria" or "syrian_arab_army");
        Assert.DoesNotContain(events, e => e.Type == "military.incursion");
    }

    [Fact]
    public void A_states_army_entering_a_town_of_another_state_is_an_incursion()
    {
        var events = Events("Israeli forces entered the village of Kodana in Quneitra province on Monday and searched several homes.");

        Assert.Contains(events, e => e.Type == "military.incursion");
    }

    [Fact]
    public void Work_begun_on_a_new_outpost_is_a_base_dated_by_the_day_inside_the_cue()
    {
        var events = Events("Army engineering units began work on Wednesday on a new military outpost on a hilltop east of the village of Kodana, officers said.");

        var outpost = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("2026-11-18", outpost.Time?.Start);
    }

    [Fact]
    public void A_draft_under_discussion_and_a_side_not_ready_to_discuss_are_no_meetings()
    {
        var events = Events("A draft agreement under discussion would keep heavy weapons out of a strip south of Bamako. "
            + "\"Neither side is ready to discuss the status of Kidal itself,\" a diplomat in Niamey said.");

        Assert.DoesNotContain(events, e => e.Type == "diplomacy.meeting");
    }

    [Fact]
    public void A_navy_that_still_operates_from_a_port_keeps_a_base_there()
    {
        var events = Events("Russia, whose navy still operates from the Mediterranean port of Tartus, is negotiating a new lease with Damascus.");

        var port = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("ongoing", port.Status);
        Assert.Equal("russia", port.Actor?.Id);
    }

    [Fact]
    public void Those_who_remain_are_the_force_whose_size_was_told_just_before()
    {
        var events = Events("About 900 French troops remain in Mali, two officials said. Most of those who remain are concentrated at the Gao base.");

        Assert.Equal(900, Assert.Single(events, e => e.Type == "military.troop_level").Quantity?.Value);
        var gao = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("france", gao.Actor?.Id);
    }

    [Fact]
    public void Fighters_held_in_prisons_or_named_after_a_year_are_no_force_size()
    {
        var events = Events("Prisons in the north still hold about 9,000 Wagner fighters, officials said. In April 2025, Wagner fighters withdrew from the town.");

        Assert.DoesNotContain(events, e => e.Type == "military.troop_level");
    }
}
