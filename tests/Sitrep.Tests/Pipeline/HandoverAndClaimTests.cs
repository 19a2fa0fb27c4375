using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Bases handed over, tallies of the "neutralised", site surveys, objections and participles that tell no fact.</summary>
public class HandoverAndClaimTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "ANKARA, November 12, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public HandoverAndClaimTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void A_base_handed_over_is_no_base_kept()
    {
        var events = Events("The Turkish army last week handed over its base near Sarmada to the Syrian army.");

        Assert.DoesNotContain(events, e => e.Type == "military.base");
        Assert.Contains(events, e => e.Type is "military.withdrawal" or "territory.transfer");
    }

    [Fact]
    public void Those_neutralised_are_the_speakers_side_doing_and_a_running_total_is_no_second_clash()
    {
        var events = Events("Zeki Akturk said 14 PKK/YPG terrorists had been \"neutralised\" in northern Iraq over the past week, bringing the number neutralised this year to 980.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("zeki_akturk", clash.Actor?.Id);
        Assert.Equal(14, clash.Quantity?.Value);
    }

    [Fact]
    public void Teams_surveying_a_site_hold_no_poll()
    {
        Assert.DoesNotContain(Events("Israeli jets struck the airbase days after Turkish teams had carried out surveys there."), e => e.Type == "opinion.poll");
    }

    [Fact]
    public void An_objection_to_a_presence_is_no_base()
    {
        Assert.DoesNotContain(Events("Israel has repeatedly objected to a Turkish military presence in central Syria."), e => e.Type == "military.base");
    }

    [Fact]
    public void The_toppled_regime_tells_no_change_of_leader()
    {
        Assert.DoesNotContain(Events("The post was set up in 2020 during the fighting against the forces of the toppled regime, officials said."), e => e.Type == "politics.leadership");
    }

    [Fact]
    public void A_raiding_party_is_no_force_level()
    {
        var events = Events("A force of about 25 Israeli soldiers entered Jubata al-Khashab, searched several houses and withdrew.");

        Assert.DoesNotContain(events, e => e.Type == "military.troop_level");
    }

    [Fact]
    public void A_pollster_named_before_a_telephone_survey_took_it()
    {
        var events = Events("In an Etana telephone survey of 400 residents of Daraa conducted in October, 61 percent said security had improved.");

        var poll = Assert.Single(events, e => e.Type == "opinion.poll");
        Assert.Equal("etana_syria", poll.Actor?.Id);
    }

    [Fact]
    public void An_agreement_named_after_a_city_was_made_there()
    {
        var events = Events("The Amman roadmap agreed by Jordan, Syria and the United States on 16 September 2025 set up a joint committee.");

        var roadmap = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Equal("Amman", roadmap.Location?.Name);
        Assert.Contains(roadmap.Provenance, p => p.Rule == "location.agreement-named-after-city");
    }

    [Fact]
    public void A_convoy_that_entered_a_province_is_a_deployment_only()
    {
        var events = Events("A convoy of the US forces made up of 45 trucks loaded with ammunition, armoured vehicles, generators and logistic equipment entered the province of Raqqa on Friday.");

        var convoy = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal(45, convoy.Quantity?.Value);
        Assert.DoesNotContain(events, e => e.Type == "military.incursion");
    }

    [Fact]
    public void A_dateline_of_a_city_and_agency_initials_is_cut()
    {
        var report = _extractor.ExtractText("agency.txt", "Convoy\n\nTehran, IRNA - Turkish troops shelled two villages near Tal Rifaat on Friday, local sources said.");

        Assert.StartsWith("Turkish troops", report.Document.Body, StringComparison.Ordinal);
        Assert.All(report.Events, e => Assert.NotEqual("iran", e.Actor?.Id));
    }

    [Fact]
    public void Who_claimed_responsibility_for_an_attack_made_it()
    {
        var events = Events("In Iraq, Kataib Hezbollah claimed responsibility for a drone attack on Thursday on the Ain al-Asad base, where American forces are stationed.");

        var attack = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("kataib_hezbollah", attack.Actor?.Id);
        Assert.Contains(attack.Provenance, p => p.Rule == "actor.claimed-responsibility");
    }

    [Fact]
    public void A_fear_that_a_side_could_act_names_that_side()
    {
        var events = Events("Jordanian officials fear that Israel could widen its strikes in southern Syria if the talks fail.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("israel", strike.Actor?.Id);
    }

    [Fact]
    public void Whose_strike_it_is_names_who_struck()
    {
        var events = Events("The Iraqi foreign ministry condemned the Turkish army's latest strike on a village near Duhok.");

        Assert.Equal("turkish_armed_forces", Assert.Single(events, e => e.Type == "military.strike").Actor?.Id);
    }

    [Fact]
    public void A_strike_on_a_depot_that_killed_people_keeps_its_toll()
    {
        var events = Events("Warplanes struck an ammunition depot near Masyaf late on Tuesday, killing four people.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal(4, strike.Quantity?.Value);
        Assert.DoesNotContain(events, e => e.Type == "violence.civilians");
    }

    [Fact]
    public void A_strike_on_a_market_that_killed_people_is_violence_against_civilians()
    {
        var events = Events("Warplanes struck a market near Masyaf late on Tuesday, killing four people.");

        Assert.Contains(events, e => e.Type == "violence.civilians");
    }

    [Fact]
    public void A_side_emboldened_to_expand_its_attacks_made_no_attack()
    {
        Assert.DoesNotContain(Events("The minister said Western silence had emboldened the militia to expand its attacks across the region."), e => e.Type == "military.clash");
    }

    [Fact]
    public void The_ministry_named_in_full_is_not_the_ministry_named_before()
    {
        var events = Events("Syria's Interior Ministry said its units had arrested 12 suspects. On Sunday, the Ministry of Defense sent a column of about 50 military vehicles to Jableh.");

        var column = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.NotEqual("syrian_ministry_of_interior", column.Actor?.Id);
    }

    [Fact]
    public void A_name_before_news_is_an_outlet_not_a_place()
    {
        var report = _extractor.ExtractText("case.txt", Dateline + "Residents complained to Horizon News that some of those detained had not been allowed to call their families.");

        Assert.DoesNotContain(report.Entities, e => e.Type == EntityType.Place && e.Name == "Horizon");
    }

    [Fact]
    public void The_ministry_that_claims_militants_were_neutralised_neutralised_them()
    {
        var events = Events("Turkey's Ministry of National Defence claimed on Friday that \"five PKK/YPG terrorists were neutralised\" near Kobani.");

        Assert.Equal("turkish_ministry_of_national_defense", Assert.Single(events, e => e.Type == "military.clash").Actor?.Id);
    }

    [Fact]
    public void A_warning_against_sending_forces_sends_none()
    {
        Assert.DoesNotContain(Events("Jordan has repeatedly warned Damascus against sending forces toward the border villages."), e => e.Type == "military.deployment");
    }

    [Fact]
    public void Forces_pulling_out_of_their_base_keep_no_base()
    {
        var events = Events("US forces began pulling out of their base at the gas field this morning, residents said.");

        Assert.DoesNotContain(events, e => e.Type == "military.base");
        Assert.Contains(events, e => e.Type == "military.withdrawal");
    }

    [Fact]
    public void Taking_over_a_town_from_a_side_hands_it_over_but_taking_over_from_a_predecessor_does_not()
    {
        Assert.Contains(Events("The army took over Hajin from the SDF on 9 October 2026."), e => e.Type is "territory.transfer" or "military.withdrawal");
        Assert.DoesNotContain(Events("The new unit took over from the old brigade in Hajin last year."), e => e.Type is "territory.transfer" or "military.withdrawal");
    }
}
