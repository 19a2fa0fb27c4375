using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Forces pulled out of places, listings that are sanctions, "the sides" acting together, and months of a year named before.</summary>
public class ListingAndLeavingTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "MOSCOW, November 19, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public ListingAndLeavingTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void Forces_pulled_out_of_two_installations_are_two_withdrawals()
    {
        var events = Events("In December 2024, Russia pulled its troops out of the Qamishli airport and out of the T4 airbase in Homs province.");

        var withdrawals = events.Where(e => e.Type == "military.withdrawal").ToList();
        Assert.Equal(2, withdrawals.Count);
        Assert.All(withdrawals, w => Assert.Equal("russia", w.Actor?.Id));
        Assert.Contains(withdrawals, w => w.Location?.Id == "qamishli_airport");
    }

    [Fact]
    public void Ships_added_to_a_blocs_list_are_sanctions_with_their_count()
    {
        var sanctions = Assert.Single(Events("Last month the European Union added 14 vessels that had called at Tartus to its list of the shadow fleet, barring them from its ports."),
            e => e.Type == "diplomacy.sanctions");
        Assert.Equal("european_union", sanctions.Actor?.Id);
        Assert.Equal(14, sanctions.Quantity?.Value);
    }

    [Fact]
    public void The_sides_right_before_the_verb_are_the_two_parties_named_before()
    {
        var events = Events("Syrian Defense Minister Murhaf Abu Qasra held talks in Moscow on Tuesday with Russian Defense Minister Andrei Belousov. "
            + "The sides agreed on a roadmap for the repair of tanks and helicopters, two sources said.");

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Contains(deal.Provenance, p => p.Rule == "actor.both-sides");
    }

    [Fact]
    public void The_sides_far_from_the_verb_are_not_taken_as_the_parties()
    {
        var events = Events("Israeli and Syrian officials met in London on Wednesday, and US envoy Tom Barrack hosted the session. "
            + "The sides have narrowed their differences, and an agreement might be signed next month.");

        Assert.DoesNotContain(events, e => e.Type == "diplomacy.agreement" && e.Provenance.Any(p => p.Rule == "actor.both-sides"));
    }

    [Theory]
    [InlineData("The group announced in May 2025 that it would disarm. In October of that year, it said it was pulling all its fighters out of Turkey.")]
    [InlineData("The group announced in May 2025 that it would disarm. That October, it said it was pulling all its fighters out of Turkey.")]
    public void A_month_of_that_year_is_in_the_year_named_before(string text)
    {
        var pullOut = Assert.Single(Events(text), e => e.Type == "military.withdrawal");
        Assert.Equal("2025-10", pullOut.Time?.Start);
    }

    [Fact]
    public void A_withdrawal_ruled_out_in_a_quotation_is_the_speakers_states()
    {
        var events = Events("Israeli Defense Minister Israel Katz toured the area on Monday. "
            + "\"There will be no withdrawal from the Hermon summit, with or without an agreement,\" Katz said.");

        var refusal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("denied", refusal.Status);
        Assert.Equal("israel", refusal.Actor?.Id);
        Assert.Contains(refusal.Provenance, p => p.Rule == "actor.speaker-of-quotation");
    }

    [Fact]
    public void A_quotation_closed_in_the_next_sentence_is_spoken_by_the_pronouns_person()
    {
        var events = Events("Kremlin spokesman Dmitry Peskov on Wednesday dismissed Western reports about Russia's plans in Syria. "
            + "\"There is no question of any withdrawal from Hmeimim. Our contacts continue at all levels,\" he told reporters.");

        var refusal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("russia", refusal.Actor?.Id);
    }

    [Fact]
    public void A_cue_after_a_closed_quotation_takes_no_speaker_from_it()
    {
        var events = Events("\"We have done our part,\" the envoy said on Monday, adding that unnamed forces had withdrawn from the Qasrak base.");

        Assert.DoesNotContain(events, e => e.Provenance.Any(p => p.Rule == "actor.speaker-of-quotation"));
    }

    [Fact]
    public void An_incursion_condemned_with_its_agent_is_that_incursion()
    {
        var incursion = Assert.Single(Events("The ministry condemned the incursion by Israeli forces into the village of al-Qahtaniyah in the Quneitra countryside."),
            e => e.Type == "military.incursion");
        Assert.Equal("israel", incursion.Actor?.Id);
    }

    [Fact]
    public void Lifting_restrictive_measures_is_a_sanctions_fact()
    {
        var sanctions = Assert.Single(Events("The Amir welcomed the decision taken by the Council of the European Union last week to lift the remaining restrictive measures on Syrian banks."),
            e => e.Type == "diplomacy.sanctions");
        Assert.Equal("2026-11-12", sanctions.Time?.Start);
    }

    [Fact]
    public void Agreements_whose_signing_the_leaders_witnessed_after_talks_were_made_there_and_then()
    {
        var events = _extractor.ExtractText("case.txt", "Doha, November 18, 2026 (QNA) - The Amir of Qatar Sheikh Tamim bin Hamad Al-Thani held official talks "
            + "with Syrian President Ahmed al-Sharaa at the Amiri Diwan this morning. Following the talks, the Amir and the President witnessed the signing "
            + "of five agreements between the two governments.").Events;

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Equal("completed", deal.Status);
        Assert.Equal("2026-11-18", deal.Time?.Start);
        Assert.Equal("amiri_diwan", deal.Location?.Id);
    }

    [Fact]
    public void A_foreign_withdrawal_told_with_no_place_is_from_the_country_the_report_is_about()
    {
        var events = Events("US forces handed the Lafarge site in Syria to the Syrian army on Tuesday. "
            + "President Donald Trump ordered a full withdrawal in December 2018, but later reversed course.");

        var order = Assert.Single(events, e => e.Type == "military.withdrawal" && e.Time?.Start == "2018-12");
        Assert.Equal("syria", order.Location?.Id);
        Assert.Contains(order.Provenance, p => p.Rule == "location.home-country-of-foreign-force");
    }

    [Fact]
    public void A_foreign_deployment_told_with_no_place_is_to_the_country_the_report_is_about()
    {
        var events = Events("Russian military police patrolled the Syrian town of Qamishli on Tuesday. Russia also sent more engineers and 40 trucks of equipment, the ministry said.");

        var sent = Assert.Single(events, e => e.Type == "military.deployment" && e.Actor?.Id == "russia");
        Assert.Equal("syria", sent.Location?.Id);
        Assert.Contains(sent.Provenance, p => p.Rule == "location.home-country-of-foreign-force");
    }

    [Theory]
    [InlineData("The troops searched several houses and bulldozed farmland on the edge of the village of Koya before pulling back.")]
    [InlineData("The army sent 60 vehicles to Jableh on Sunday, and new checkpoints were set up at the entrances of the villages.")]
    public void Houses_searched_and_police_checkpoints_set_up_are_no_base_facts(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Type == "military.base");
    }

    [Fact]
    public void An_airbase_that_houses_troops_is_still_a_base_fact()
    {
        Assert.Contains(Events("The Hmeimim airbase houses about 1,000 Russian troops and a squadron of jets, officials said."), e => e.Type == "military.base");
    }

    [Fact]
    public void Soldiers_who_entered_a_named_village_made_an_incursion()
    {
        var events = Events("A force of about 30 Israeli soldiers entered Jubata al-Khashab, searched several houses and withdrew.");

        var incursion = Assert.Single(events, e => e.Type == "military.incursion");
        Assert.Equal("israel", incursion.Actor?.Id);
        Assert.Contains(incursion.Provenance, p => p.Rule == "rule:incursion.entered-place");
    }

    [Theory]
    [InlineData("A landing ship entered the port of Tartus on Monday, delivering grain.")]
    [InlineData("A convoy of 30 trucks entered northeast Syria on Monday.")]
    public void Entering_a_port_or_a_region_is_no_incursion_by_that_rule(string text)
    {
        Assert.DoesNotContain(Events(text), e => e.Provenance.Any(p => p.Rule == "rule:incursion.entered-place"));
    }

    [Fact]
    public void Men_leaving_a_mosque_in_a_town_make_no_withdrawal()
    {
        var events = Events("Gunmen shot dead two men as they left a mosque in the town of Nawa on Friday.");

        Assert.DoesNotContain(events, e => e.Type == "military.withdrawal");
    }

    [Fact]
    public void A_ministry_named_after_between_is_no_place()
    {
        var report = _extractor.ExtractText("case.txt", Dateline + "Fighting between Ministry of Defence units and local gunmen killed six people near the airport.");

        Assert.DoesNotContain(report.Entities, e => e.Type == EntityType.Place && e.Name.StartsWith("Ministry", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pullback_told_again_at_an_unmapped_village_is_the_same_pullback()
    {
        var events = Events("Azerbaijani forces started withdrawing from forward positions in the Gazakh district on Monday.\n\n"
            + "Azerbaijan's Defense Ministry said on Tuesday that its units had already left seven positions near the villages of Gushchu Ayrim and Kemerli.");

        var pullback = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("azerbaijan", pullback.Actor?.Id);
        Assert.Contains(pullback.Provenance, p => p.Rule == "merge.same-fact");
    }
}
