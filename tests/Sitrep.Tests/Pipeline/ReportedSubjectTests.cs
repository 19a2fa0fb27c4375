using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Who acts when a relative clause, a reporting verb, a handover's recipient or a border stands near the cue.</summary>
public class ReportedSubjectTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "AMMAN, November 12, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public ReportedSubjectTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void A_party_named_inside_a_relative_clause_is_not_who_pulled_out()
    {
        var events = Events("The Syrian Democratic Forces (SDF), which had shared the airfield with the Americans, pulled their fighters out of the town on Sunday.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("syrian_democratic_forces", withdrawal.Actor?.Id);
    }

    [Fact]
    public void A_force_named_right_after_a_reporting_verb_is_the_subject_of_what_is_reported()
    {
        var events = Events("The official said U.S. forces would stay at the Qasrak base for as long as the mission requires.");

        var kept = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("united_states", kept.Actor?.Id);
    }

    [Fact]
    public void Whoever_receives_a_handover_does_not_make_it()
    {
        var events = Events("The garrison near the Jordanian border is to be handed to the Syrian army within days.");

        Assert.DoesNotContain(events, e => e.Type == "military.withdrawal" && e.Actor?.Id is "syria" or "syrian_arab_army" or "jordan");
    }

    [Fact]
    public void Border_guards_of_a_state_are_a_force_though_its_border_is_a_place()
    {
        var events = Events("Russian border guards withdrew from the crossing on the Armenian-Turkish border last month.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("russia", withdrawal.Actor?.Id);
    }

    [Fact]
    public void A_second_infinitive_asks_the_same_party()
    {
        var events = Events("The envoy called on Turkey to respect the truce and to withdraw from the hills near the river.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("turkey", withdrawal.Actor?.Id);
        Assert.Equal("planned", withdrawal.Status);
    }

    [Fact]
    public void A_modal_after_a_participle_that_describes_its_noun_governs_the_main_verb()
    {
        var events = Events("A deputy said the convoys arriving from Iraq must not become cover for a new foreign build-up.");

        Assert.Contains(events, e => e.Type == "military.deployment" && e.Status == "ongoing");
    }

    [Fact]
    public void A_community_before_led_qualifies_the_side_of_a_clash_it_is_not_one()
    {
        var events = Events("In Suwayda, clashes between government forces and a Druze-led militia resumed on Sunday.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.NotEqual("druze", clash.Actor?.Id);
    }
}
