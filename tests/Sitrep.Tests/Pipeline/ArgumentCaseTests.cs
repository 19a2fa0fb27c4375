using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Who did it, where, and how many: argument cases that once went wrong, one sentence each.</summary>
public class ArgumentCaseTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public ArgumentCaseTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private ExtractedReport Extract(string text) => _extractor.ExtractText("case.txt", text);

    [Fact]
    public void Country_inside_a_place_phrase_is_not_the_actor()
    {
        var events = Extract("Since the spring, armed groups in Lebanon and Syria launched dozens of rocket attacks on border posts.").Events;

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.NotEqual("syria", strike.Actor?.Id);
        Assert.NotEqual("lebanon", strike.Actor?.Id);
    }

    [Fact]
    public void Proxy_militias_named_by_their_patron_are_their_own_actor()
    {
        var events = Extract("Iran-backed militias fired four rockets at the airport on Monday, officials said.").Events;

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("iran_aligned_militias", strike.Actor?.Id);
    }

    [Fact]
    public void Positions_under_attack_are_not_a_base_fact()
    {
        var events = Extract("Gunmen carried out drone attacks on US positions in the east on Sunday, the monitor said.").Events;

        Assert.DoesNotContain(events, e => e.Type == "military.base");
    }

    [Fact]
    public void Counted_attacks_are_the_quantity_of_a_strike()
    {
        var strike = Assert.Single(Extract("Armed groups launched more than 60 rocket and drone attacks on the airbase last year.").Events, e => e.Type == "military.strike");

        Assert.Equal(60, strike.Quantity?.Value);
        Assert.Equal("attacks", strike.Quantity?.Unit);
    }

    [Fact]
    public void A_single_owned_strike_that_killed_one_person_is_a_strike_with_a_count_of_one()
    {
        var strike = Assert.Single(Extract("A Jordanian strike near the border on Tuesday killed a shepherd, a local official said.").Events, e => e.Type == "military.strike");

        Assert.Equal("jordan", strike.Actor?.Id);
        Assert.Equal(1, strike.Quantity?.Value);
    }

    [Theory]
    [InlineData("Workers at the port began a general strike on Monday, the union said.")]
    [InlineData("The minister said the government would strike a deal with the lenders soon.")]
    public void Strike_that_is_not_military_gives_no_strike(string sentence)
    {
        Assert.DoesNotContain(Extract(sentence).Events, e => e.Type == "military.strike");
    }

    [Fact]
    public void Many_word_town_in_another_spelling_resolves_through_the_gazetteer()
    {
        var report = Extract("Shelling hit the outskirts of Khan Younis on Sunday, medics said.");

        var place = Assert.Single(report.Entities, e => e.Mentions.Contains("Khan Younis"));
        Assert.Equal(EntityType.Place, place.Type);
        Assert.NotNull(place.Lat);
    }

    [Fact]
    public void Blamed_party_is_the_author_of_a_strike_told_without_one()
    {
        var report = Extract("Northern Herald, 4 March 2026\n\nA drone hit a grain silo outside Manbij before dawn, farmers said. The provincial governor blamed the Rapid Support Forces for the attack.");

        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.Equal("rapid_support_forces", strike.Actor?.Id);
        Assert.Contains(strike.Provenance, p => p.Rule == "actor.blamed-party");
        Assert.Equal("2026-03-04", strike.Time?.Start);
    }

    [Fact]
    public void Blame_does_not_replace_a_named_author()
    {
        var report = Extract("Israeli jets struck a depot near the port on Monday. Officials in Beirut blamed Hezbollah for the escalation.");

        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.Equal("israel", strike.Actor?.Id);
    }

    [Theory]
    [InlineData("Monitors said the year-old ceasefire between Israel and Hezbollah was holding along most of the front on Monday.")]
    [InlineData("Residents said the fragile truce between Armenia and Azerbaijan was tested by gunfire on Monday.")]
    public void Agreement_described_by_its_age_or_state_is_in_force(string sentence)
    {
        var agreement = Assert.Single(Extract(sentence).Events, e => e.Type == "diplomacy.agreement");

        Assert.Equal("ongoing", agreement.Status);
    }

    [Fact]
    public void Talks_being_got_ready_for_are_planned()
    {
        var meeting = Assert.Single(Extract("Turkish and Russian officials got ready for another round of talks in Ankara.").Events, e => e.Type == "diplomacy.meeting");

        Assert.Equal("planned", meeting.Status);
    }

    [Fact]
    public void Strikes_counted_in_times_are_a_number_of_strikes()
    {
        var strike = Assert.Single(Extract("Israeli jets struck the airfield at least four times last spring, officials said.").Events, e => e.Type == "military.strike");

        Assert.Equal(4, strike.Quantity?.Value);
        Assert.Equal("strikes", strike.Quantity?.Unit);
    }

    [Fact]
    public void Vehicles_hit_by_a_drone_size_the_strike()
    {
        var strike = Assert.Single(Extract("Turkish drones struck two pickup vehicles of the SDF near Ain Issa on Sunday, a monitor said.").Events, e => e.Type == "military.strike");

        Assert.Equal(2, strike.Quantity?.Value);
    }

    [Fact]
    public void A_minister_travelling_to_a_capital_and_signing_a_protocol_is_a_meeting_and_an_agreement()
    {
        var events = Extract("Jordan's foreign minister travelled to Baghdad on Tuesday and signed a protocol on border trade with his Iraqi counterpart, the ministry said.").Events;

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Baghdad", meeting.Location?.Name);
        Assert.Contains(events, e => e.Type == "diplomacy.agreement");
    }

    [Fact]
    public void Clashes_between_a_named_force_and_unnamed_gunmen_take_the_named_force_as_actor()
    {
        var events = Extract("Jordanian border guards sealed two crossings on Friday, a day after clashes between Syrian security forces and armed smugglers left four people dead near the frontier.").Events;

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("syria", clash.Actor?.Id);
        Assert.Contains(clash.Provenance, p => p.Rule == "actor.first-side-between");
    }

    [Fact]
    public void The_subject_of_a_passive_killing_is_the_victim_not_the_actor()
    {
        var events = Extract("Fighting broke out near the crossing on Sunday. Three Iraqi officers and a Syrian driver were killed and four people were wounded, a security source said.").Events;

        Assert.NotEmpty(events);
        Assert.DoesNotContain(events, e => e.Actor?.Id is "iraq" or "syria");
    }

    [Fact]
    public void After_a_verb_of_saying_the_sayer_of_a_passive_arrest_stays_its_actor()
    {
        var events = Extract("The Jordanian government has blamed smuggling gangs for the drone flights and said 14 people had been detained in Ramtha over the past month.").Events;

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("jordanian_government", raid.Actor?.Id);
    }

    [Fact]
    public void A_place_phrase_opening_the_sentence_places_a_meeting_that_names_no_place()
    {
        var events = Extract("In Amman, Foreign Minister Ayman Safadi received Syrian Foreign Minister Asaad al-Shaibani on Tuesday.").Events;

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Amman", meeting.Location?.Name);
    }

    [Fact]
    public void A_place_phrase_opening_the_sentence_gives_way_to_a_place_in_the_clause()
    {
        var events = Extract("In Deir ez-Zor province, at least nine people were killed when a drone struck a market in the town of Hajin on Sunday.").Events;

        Assert.All(events, e => Assert.Equal("Hajin", e.Location?.Name));
    }

    [Fact]
    public void A_capitalised_word_opening_a_title_is_no_unknown_place()
    {
        var events = Extract("The accord was signed in Amman on Tuesday following talks between National Defense Minister Yasar Guler and Syrian Defence Minister Murhaf Abu Qasra.").Events;

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Amman", meeting.Location?.Name);
    }

    [Fact]
    public void A_survey_by_a_company_the_knowledge_base_lacks_has_that_company_as_actor()
    {
        var events = Extract("A survey by the Kestrel Insight research company published on Monday found that 61 percent of respondents backed the truce.").Events;

        var poll = Assert.Single(events, e => e.Type == "opinion.poll");
        Assert.Equal("Kestrel Insight", poll.Actor?.Name);
        Assert.Contains(poll.Provenance, p => p.Rule == "actor.survey-by");
    }

    [Fact]
    public void A_markdown_section_heading_reports_no_event()
    {
        var events = Extract("Police made arrests across the province on Sunday, officials said.\n\n### Arrests in Hama\n\nIn Hama, security forces arrested nine men on Sunday, the interior ministry said.").Events;

        Assert.DoesNotContain(events, e => e.Evidence.Sentence.StartsWith('#'));
    }

    [Fact]
    public void A_pollster_named_a_few_words_after_by_is_the_actor_and_a_lone_generic_word_is_not()
    {
        var named = Extract("A survey published last week by the polling company Kestrel Insight found that 48 percent of respondents backed the talks.").Events;
        var generic = Extract("A survey published on Monday by the Harbour Policy Institute found that 52 percent of respondents backed the talks.").Events;

        Assert.Equal("Kestrel Insight", Assert.Single(named, e => e.Type == "opinion.poll").Actor?.Name);
        Assert.NotEqual("Institute", Assert.Single(generic, e => e.Type == "opinion.poll").Actor?.Name);
    }

    [Fact]
    public void The_place_of_a_source_after_according_to_is_not_the_place_of_the_event()
    {
        var events = Extract("An estimated 3,000 Russian personnel remain at the two coastal bases, according to a Western diplomat in Beirut.").Events;

        Assert.DoesNotContain(events, e => e.Location?.Name == "Beirut");
    }
}
