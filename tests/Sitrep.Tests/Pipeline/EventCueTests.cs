using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Cues that look like an event but are not one (a back-reference to an event told before, a delegation's head, a
/// camp's population, a committee holding a meeting), and events told in words the cues once missed.
/// </summary>
public class EventCueTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public EventCueTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("cue.txt", text).Events;

    [Theory]
    [InlineData("The clash came two days after the governor visited the garrison in Palmyra.", "military.clash")]
    [InlineData("The attack came a week after the foreign minister received his Iraqi counterpart in Damascus.", "military.clash")]
    [InlineData("The strike came hours after the ceasefire talks in Doha stalled.", "military.strike")]
    public void An_event_told_before_and_dated_against_another_is_no_new_event(string sentence, string type)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Type == type);
    }

    [Fact]
    public void A_delegation_headed_by_a_diplomat_is_no_change_of_leadership()
    {
        Assert.DoesNotContain(Events("The Iraqi delegation is headed by the deputy foreign minister."), e => e.Type == "politics.leadership");
    }

    [Fact]
    public void A_camp_holding_people_is_no_control_of_territory()
    {
        Assert.DoesNotContain(Events("The displacement camp near Raqqa holds about 9,000 people, most of them women and children."), e => e.Type == "territory.control");
    }

    [Fact]
    public void A_committee_holding_a_meeting_is_no_control_of_territory()
    {
        var events = Events("The new border committee will hold its first session in Baghdad in the spring, the ministry said.");

        Assert.DoesNotContain(events, e => e.Type == "territory.control");
    }

    [Fact]
    public void An_advance_measured_in_metres_from_a_post_is_an_incursion()
    {
        var events = Events("At dawn on Friday an Israeli infantry unit advanced about 500 metres from its hilltop post toward the outskirts of Khiam, residents said.");

        Assert.Contains(events, e => e.Type == "military.incursion" && e.Actor?.Id == "israel");
    }

    [Fact]
    public void Border_guards_killing_smugglers_is_a_clash()
    {
        var events = Events("Iraqi border guards killed three smugglers near al-Qaim on Tuesday, the border command said.");

        Assert.Contains(events, e => e.Type == "military.clash");
    }

    [Fact]
    public void Gunmen_killing_shepherds_stays_violence_against_civilians()
    {
        var events = Events("Gunmen killed two shepherds near Palmyra on Tuesday, local sources said.");

        Assert.DoesNotContain(events, e => e.Type == "military.clash");
        Assert.Contains(events, e => e.Type == "violence.civilians");
    }

    [Fact]
    public void A_demonym_before_the_cue_is_the_actor_not_the_place()
    {
        var events = Events("Since the truce, more than 200 people have been killed in Turkish attacks on Syria, the health directorate said.");

        var harm = Assert.Single(events, e => e.Type == "violence.civilians");
        Assert.Equal("turkey", harm.Actor?.Id);
        Assert.NotEqual("turkey", harm.Location?.Id);
    }

    [Fact]
    public void A_photo_caption_reports_no_event()
    {
        var events = Events("Turkish soldiers patrol the road near the border post in an undated picture (Photo: Defence Ministry)\n\nThe ministry said on Monday that two soldiers were wounded in a clash near Afrin.");

        Assert.DoesNotContain(events, e => e.Evidence.Sentence.Contains("(Photo", StringComparison.Ordinal));
        Assert.Contains(events, e => e.Type == "military.clash");
    }

    [Fact]
    public void A_poll_finding_that_people_oppose_a_move_is_no_fact_of_that_move()
    {
        var events = Events("A survey published on Sunday found that 58% of Turks oppose keeping troops in northern Iraq, the pollster said.");

        Assert.Contains(events, e => e.Type == "opinion.poll");
        Assert.DoesNotContain(events, e => e.Type is "military.withdrawal" or "military.deployment" or "military.base");
    }

    [Fact]
    public void A_bare_border_after_a_states_act_with_one_other_country_named_is_their_border()
    {
        var events = Events("Jordanian border guards on Sunday killed three smugglers trying to bring drugs from Syria across the northern border, the army said.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("syria_jordan_border", clash.Location?.Id);
    }

    [Fact]
    public void A_force_that_has_operated_from_an_installation_keeps_a_base_there()
    {
        var events = Events("French special forces have operated from the Ain al-Asad air base since 2019, a defence source said.");

        var base_ = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("ain_al_asad_airbase", base_.Location?.Id);
        Assert.StartsWith("2019", base_.Time?.Start);
    }

    [Fact]
    public void A_place_told_for_part_of_a_force_is_not_the_forces_place()
    {
        var events = Events("A Pentagon official said on Friday that about 1,500 American troops remain in Iraq, most of them at the Ain al-Asad air base.");

        var level = Assert.Single(events, e => e.Type == "military.troop_level");
        Assert.Equal("iraq", level.Location?.Id);
    }

    [Fact]
    public void Words_reported_after_saying_have_their_own_subject()
    {
        var events = Events("Iraqi state television gave another account, saying a Turkish force of about 20 vehicles pushed into the village of Kani Masi.");

        var incursion = Assert.Single(events, e => e.Type == "military.incursion");
        Assert.Equal("turkey", incursion.Actor?.Id);
    }

    [Fact]
    public void A_meeting_of_a_committee_two_sides_agreed_to_form_is_theirs()
    {
        var events = Events("Iraq and Turkey agreed on Sunday to set up a water committee, which will hold its first meeting in Ankara next month.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("planned", meeting.Status);
        Assert.Contains(new[] { meeting.Actor?.Id, meeting.Target?.Id }, id => id == "turkey");
    }

    [Fact]
    public void Since_the_start_of_the_year_is_no_background()
    {
        var events = Events("Iraq has stepped up patrols along the desert road since the start of the year, deploying extra army units near al-Qaim, officials said on Monday.\n\nThe patrols began after a spate of attacks on trucks in the desert west of Ramadi.");

        Assert.Contains(events, e => e.Type == "military.deployment" && e.Status != "historical");
    }

    [Fact]
    public void Raids_by_warplanes_are_no_security_raid()
    {
        var events = Events("Turkish warplanes carried out a wave of raids on villages north of Duhok on Tuesday night, local officials said.");

        Assert.DoesNotContain(events, e => e.Type == "security.raid");
    }

    [Fact]
    public void Where_right_after_a_place_is_that_place()
    {
        var events = Events("French forces left the Ain al-Asad air base in March and regrouped in Erbil, where a small French presence remained.");

        Assert.Contains(events, e => e.Type == "military.base" && e.Location?.Id == "erbil");
    }

    [Fact]
    public void The_same_sides_upcoming_meeting_told_twice_is_one_meeting()
    {
        const string text = "Water talks set for Baghdad\n\nMarch 2, 2031\n\nTurkish and Iraqi officials are due to hold talks on water sharing in Baghdad on Thursday, officials said on Monday.\n\nThe Turkish deputy foreign minister is expected to meet Iraqi officials to discuss the dams, diplomats said.";
        var meetings = _extractor.ExtractText("meet.txt", text).Events.Where(e => e.Type == "diplomacy.meeting").ToList();

        var meeting = Assert.Single(meetings);
        Assert.Equal("planned", meeting.Status);
        Assert.Equal("2031-03-06", meeting.Time?.Start);
    }

    [Fact]
    public void Busra_al_Harir_is_a_town_in_Daraa_not_the_Harir_air_base()
    {
        var entities = _extractor.ExtractText("town.txt", "Army reinforcements reached Busra al-Harir in the eastern Daraa countryside on Friday, residents said.").Entities;

        Assert.Contains(entities, e => e.Id == "busra_al_harir" && e.Lat is null);
        Assert.DoesNotContain(entities, e => e.Id == "harir_airbase");
    }
}
