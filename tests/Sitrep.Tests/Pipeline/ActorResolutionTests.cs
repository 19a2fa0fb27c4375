using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Who acts: a named army, a state's generic forces, a coalition written in lower case.
/// </summary>
public class ActorResolutionTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public ActorResolutionTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("actor.txt", text).Events;

    [Fact]
    public void A_states_army_acts_as_its_armed_forces_organisation()
    {
        var events = Events("Border Desk, 9 March 2026\n\nShelling resumes along the frontier\n\nThe Turkish army shelled several hilltop positions near Tal Rifaat on Sunday, local sources said.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("turkish_armed_forces", strike.Actor?.Id);
        Assert.Equal("turkey", strike.Actor?.Side);
    }

    [Fact]
    public void A_bare_army_in_a_report_about_one_state_is_that_states_army()
    {
        var events = Events("Border Desk, 9 March 2026\n\nArmy retakes a village in the south\n\nSudan's army said on Sunday that its units had recaptured the village of Um Sumeima from the RSF after two days of fighting.");

        Assert.Contains(events, e => e.Actor?.Id == "sudanese_armed_forces");
    }

    [Fact]
    public void Generic_forces_of_a_state_stand_for_the_state()
    {
        var events = Events("Border Desk, 9 March 2026\n\nSuspects held after rocket fire\n\nIraqi forces arrested four men in Anbar province on Sunday on suspicion of firing rockets at a military airport.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("iraq", raid.Actor?.Id);
    }

    [Fact]
    public void A_lower_case_coalition_before_a_force_noun_is_the_coalition()
    {
        var events = Events("Border Desk, 9 March 2026\n\nCommander killed in the east\n\nA coalition drone strike killed a senior Islamic State commander near Hajin on Saturday, officials said.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("global_coalition_against_isis", strike.Actor?.Id);
    }

    [Fact]
    public void A_bare_coalition_is_the_coalition_the_report_named_before()
    {
        var events = Events("Border Desk, 9 March 2026\n\nAir raids resume in the north\n\nThe Saudi-led coalition in Yemen said on Sunday it had resumed operations against the Houthis. Coalition aircraft struck a depot near Saada on Monday, residents said.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("saudi_led_coalition", strike.Actor?.Id);
    }

    [Fact]
    public void A_coalition_of_parties_is_not_the_military_coalition()
    {
        var report = _extractor.ExtractText("actor.txt", "Border Desk, 9 March 2026\n\nParties talk in the capital\n\nThe ruling coalition government met opposition leaders in the capital on Sunday to discuss a new budget.");

        Assert.DoesNotContain(report.Entities, e => e.Id == "global_coalition_against_isis");
    }

    [Fact]
    public void A_base_named_as_a_convoys_destination_is_no_base_fact()
    {
        var events = Events("Border Desk, 9 March 2026\n\nTrucks cross from Iraq\n\nA convoy of 30 trucks carrying prefabricated housing units crossed into Syria on Saturday and headed for coalition bases in Hasakah province, monitors said.");

        Assert.DoesNotContain(events, e => e.Type == "military.base");
        Assert.Contains(events, e => e.Type == "military.deployment");
    }
}
