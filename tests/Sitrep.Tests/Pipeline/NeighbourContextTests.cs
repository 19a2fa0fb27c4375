using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Facts whose time, place or actor is told by the words around them: a date naming a noun, a reporting verb's
/// date, "the previous day", "the town" pointing back, a place handed on to the next sentence, "both facilities".
/// </summary>
public class NeighbourContextTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public NeighbourContextTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("context.txt", text).Events;

    [Fact]
    public void A_year_naming_an_agreement_is_not_a_deadline_for_a_withdrawal()
    {
        var events = Events("Gulf Monitor, 4 May 2026\n\nSyria sets terms for a return to the old lines\n\nDamascus wants the troops to pull back to the lines drawn by the 1974 armistice agreement, officials said.");

        var pullBack = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Null(pullBack.Time?.End);
        Assert.NotEqual("1974", pullBack.Time?.Start);
    }

    [Fact]
    public void A_month_after_said_dates_the_saying_in_the_past()
    {
        var events = Events("Gulf Monitor, 4 May 2026\n\nMinistry plans to trim its regional force\n\nThe defence ministry said in March that it would reduce the number of British troops in Estonia from about 900 to 400.");

        var cut = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("2026-03", cut.Time?.Start);
    }

    [Fact]
    public void The_previous_day_is_the_day_before_the_report()
    {
        var events = Events("Gulf Monitor, 14 January 2026\n\nPolice break up a cell in the south\n\nPolice arrested six suspects in a raid carried out the previous day, the ministry said.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("2026-01-13", raid.Time?.Start);
    }

    [Fact]
    public void A_killing_after_before_dawn_shares_the_raids_actor_and_town()
    {
        var events = Events("Gulf Monitor, 29 October 2026\n\nTroops raid a village near the Hermon slopes\n\nIsraeli troops stormed the village of Beit Jinn in the countryside of Damascus before dawn on Thursday, killing nine residents.");

        var harm = Assert.Single(events, e => e.Type == "violence.civilians");
        Assert.Equal("israel", harm.Actor?.Id);
        Assert.Equal("beit_jinn", harm.Location?.Id);
    }

    [Fact]
    public void The_town_points_back_to_the_last_town_not_the_province_around_it()
    {
        var events = Events("Gulf Monitor, 29 October 2026\n\nTroops raid a village near the Hermon slopes\n\nIsraeli troops stormed Beit Jinn in the countryside of Damascus on Thursday.\n\nWitnesses said the troops pushed into the town with tanks and bulldozers.");

        Assert.All(events.Where(e => e.Type == "military.incursion"), e => Assert.Equal("beit_jinn", e.Location?.Id));
    }

    [Fact]
    public void A_clash_told_right_after_a_raid_happened_at_the_raids_town()
    {
        var events = Events("Gulf Monitor, 29 October 2026\n\nTroops raid a village near the Hermon slopes\n\nIsraeli troops backed by tanks stormed Beit Jinn on Thursday and searched several houses, residents said.\n\nLocal gunmen clashed with Israeli soldiers for several hours, a local council member said.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("beit_jinn", clash.Location?.Id);
        Assert.Equal("2026-10-29", clash.Time?.Start);
    }

    [Fact]
    public void A_new_topic_does_not_inherit_the_previous_place()
    {
        var events = Events("Gulf Monitor, 29 October 2026\n\nTroops raid a village near the Hermon slopes\n\nIsraeli troops backed by tanks stormed Beit Jinn on Thursday and searched several houses, residents said.\n\nMeanwhile, local gunmen clashed with Israeli soldiers for several hours, a council member said.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.NotEqual("beit_jinn", clash.Location?.Id);
    }

    [Fact]
    public void Both_facilities_are_the_two_installations_told_before()
    {
        var events = Events("Gulf Monitor, 12 November 2026\n\nDelegation discusses the future of two bases\n\nThe two sides discussed the Hmeimim air base and the naval base in Tartus during the visit, the ministry said.\n\nRussia maintains both facilities under long leases signed with the former government, officials said.");

        var bases = events.Where(e => e.Type == "military.base").Select(e => e.Location?.Id).ToHashSet();
        Assert.Contains("hmeimim_air_base", bases);
        Assert.Contains("tartus_naval_facility", bases);
    }

    [Fact]
    public void An_exception_word_in_an_opening_phrase_does_not_veto_the_main_clause()
    {
        var events = Events("Gulf Monitor, 29 October 2026\n\nArmy builds new posts across the zone\n\nSince the fall of the former government in December 2024, Israel has set up nine military posts in the buffer zone.");

        var posts = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal(9, posts.Quantity?.Value);
        Assert.Equal("2024-12", posts.Time?.Start);
    }

    [Fact]
    public void Agreeing_to_meet_again_is_a_plan()
    {
        var events = Events("Gulf Monitor, 12 October 2026\n\nDelegations agree to meet again\n\nThe two delegations met in Damascus on Monday and agreed to meet again next week.");

        Assert.Contains(events, e => e.Type == "diplomacy.meeting" && e.Status == "planned");
    }

    [Fact]
    public void What_respondents_think_of_sanctions_is_a_finding_not_a_sanctions_fact()
    {
        var events = Events("Gulf Monitor, 9 December 2026\n\nVoters back a tougher line on tankers\n\nA survey by a polling firm found that 61 per cent of voters support tougher sanctions on the tanker fleet, the firm said on Tuesday.");

        Assert.Contains(events, e => e.Type == "opinion.poll");
        Assert.DoesNotContain(events, e => e.Type == "diplomacy.sanctions");
    }

    [Fact]
    public void A_clause_after_but_with_no_subject_shares_the_sentences_actor()
    {
        var events = Events("Gulf Monitor, 8 January 2026\n\nTruce line holds in the strip\n\nUnder the truce, Israeli troops pulled back to the agreed line but still hold about 40 percent of the Gaza Strip, officials said.");

        var control = Assert.Single(events, e => e.Type == "territory.control");
        Assert.Equal("israel", control.Actor?.Id);
    }

    [Fact]
    public void Members_counted_among_the_dead_are_no_force_size_even_far_from_the_verb()
    {
        var events = Events("Gulf Monitor, 14 January 2026\n\nDeadly clashes in the south\n\nTwo members of the government's General Security forces and three local fighters from the village were killed on Monday in clashes, a monitor said.");

        Assert.DoesNotContain(events, e => e.Type == "military.troop_level");
    }

    [Fact]
    public void A_salvo_fired_at_it_hit_the_site_named_before()
    {
        var events = Events("Gulf Monitor, 14 January 2026\n\nPlanners rethink the Gulf hub\n\nAl Udeid in Qatar remains the hub of the air campaign, but the missile salvo Iran fired at it in June 2025 has made planners wary.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("al_udeid_airbase", strike.Location?.Id);
    }

    [Fact]
    public void A_force_size_with_no_place_is_placed_in_the_reports_country()
    {
        var events = Events("BEIRUT, Dec. 12, 2025 (Wire) - Lebanese troops took over two more positions near the border in south Lebanon on Friday, the army said.\n\nThe peacekeeping force of about 10,000 soldiers is due to wind down its mission next year, officials said.");

        var level = Assert.Single(events, e => e.Type == "military.troop_level");
        Assert.Equal("lebanon", level.Location?.Id);
    }

    [Fact]
    public void The_province_points_back_to_the_last_province_not_a_town_in_it()
    {
        var events = Events("Gulf Monitor, 6 May 2025\n\nHunger fears grow in the east\n\nThe fighting in Deir ez-Zor province has spread to the town of Hajin, residents said.\n\nSome 30 percent of households in the province told a survey by aid groups last month that they feared more fighting.");

        var poll = Assert.Single(events, e => e.Type == "opinion.poll");
        Assert.Equal("deir_ez_zor_governorate", poll.Location?.Id);
    }

    [Fact]
    public void A_raid_with_no_named_actor_right_after_an_incursion_is_the_same_forces()
    {
        var events = Events("Gulf Monitor, 3 December 2025\n\nTroops push into southern villages\n\nIsraeli troops pushed into two villages in Quneitra province on Monday, residents said.\n\nThree young men were detained during the raid and taken across the line, a local official said.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("israel", raid.Actor?.Id);
    }

    [Fact]
    public void A_town_named_beside_an_installation_in_a_base_fact_is_its_namesake_installation()
    {
        var events = Events("Gulf Monitor, 12 November 2026\n\nMoscow holds on to its coastal foothold\n\nMoscow has kept aircraft at Hmeimim and warships at Tartus throughout the transition, diplomats said.");

        var bases = events.Where(e => e.Type == "military.base").Select(e => e.Location?.Id).ToHashSet();
        Assert.Contains("hmeimim_air_base", bases);
        Assert.Contains("tartus_naval_facility", bases);
    }

    [Fact]
    public void A_convoy_bound_for_a_sides_bases_is_that_sides_deployment()
    {
        var events = Events("Gulf Monitor, 4 May 2025\n\nSupply run reaches the northeast\n\nA convoy of 30 trucks carrying fuel and generators crossed into Syria from Iraq on Saturday and headed for American bases in Hasakah province, a monitor said.");

        var convoy = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("united_states", convoy.Actor?.Id);
        Assert.Equal(30, convoy.Quantity?.Value);
    }

    [Fact]
    public void A_base_handed_over_with_its_place_between_is_a_withdrawal()
    {
        var events = Events("Gulf Monitor, 18 November 2026\n\nAnother base changes hands in the east\n\nThe US military handed the al-Shaddadi base in Hasakah province over to Syrian government forces on Sunday, officials said.");

        var handover = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("united_states", handover.Actor?.Side);
        Assert.Equal("2026-11-15", handover.Time?.Start);
    }

    [Fact]
    public void An_airstrip_that_could_be_closed_is_a_possible_withdrawal_with_its_deadline()
    {
        var events = Events("Gulf Monitor, 18 November 2026\n\nThe footprint keeps shrinking\n\nUS officials say the Kharab al-Jir airstrip near Rmelan could be closed by the end of March.");

        var closure = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("speculative", closure.Status);
        Assert.StartsWith("2027-03", closure.Time?.End, StringComparison.Ordinal);
    }

    [Fact]
    public void A_capital_visited_is_the_city()
    {
        var events = Events("Gulf Monitor, 29 October 2026\n\nBases on the agenda\n\nSyrian Foreign Minister Asaad al-Shaibani visited Moscow in July for talks on the bases, officials said.");

        var visit = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Moscow", visit.Location?.Name);
    }

    [Fact]
    public void The_party_killed_by_a_strike_is_not_its_actor()
    {
        var events = Events("Gulf Monitor, 18 November 2026\n\nStrike in the north\n\nA drone strike killed a senior Islamic State commander near al-Bab on Friday, officials said.");

        var strike = Assert.Single(events, e => e.Type is "military.strike" or "military.clash");
        Assert.NotEqual("islamic_state", strike.Actor?.Id);
    }

    [Fact]
    public void A_presence_that_began_years_ago_does_not_date_its_end()
    {
        var events = Events("QAMISHLI, Syria, Oct 29, 2026 (Wire) - Russian forces have withdrawn their helicopters from Qamishli airport, ending a presence that began in 2019, sources said on Thursday.");

        var exit = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.NotEqual("historical", exit.Status);
    }

    [Fact]
    public void A_base_closed_in_the_passive_is_the_installation_before_the_cue()
    {
        var events = Events("Gulf Monitor, 2 February 2027\n\nAnother site may go\n\nOfficials say the Qasrak base could be closed by the summer, leaving the Kharab al-Jir airfield as the last American hub in the region.");

        var closing = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("qasrak_base", closing.Location?.Id);
    }

    [Fact]
    public void Sites_counted_as_closed_are_no_base_fact()
    {
        var events = Events("Gulf Monitor, 2 February 2027\n\nThe footprint shrinks again\n\nThe pullout has closed three American sites in eastern Syria since the autumn, officials said on Monday.");

        Assert.DoesNotContain(events, e => e.Type == "military.base");
    }

    [Fact]
    public void The_airport_points_back_to_the_airport_told_earlier_not_to_the_last_base()
    {
        var events = Events("Gulf Monitor, 2 February 2027\n\nA northern airfield changes hands\n\nRussian forces have left Qamishli airport after six years, local sources said on Monday. Their aircraft were flown to the Hmeimim air base on the coast. Russia also keeps its naval facility at Tartus. Syrian government troops took over the Russian positions at the airport on Sunday, a military source said.");

        var takeover = Assert.Single(events, e => e.Evidence.Sentence.StartsWith("Syrian government troops", StringComparison.Ordinal));
        Assert.Equal("qamishli_airport", takeover.Location?.Id);
    }
}
