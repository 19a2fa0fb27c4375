using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Words that look like facts but tell none ("any presence", "leave it exposed", "technical surveys"), and facts told by their wanted or past form.</summary>
public class GenericMentionTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "ANKARA, September 29, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public GenericMentionTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void A_fact_of_any_kind_is_no_fact()
    {
        Assert.Empty(Events("The government regards any Turkish military presence in the south as a threat, the minister said."));
    }

    [Fact]
    public void A_denied_fact_of_any_kind_is_still_told()
    {
        var strike = Assert.Single(Events("The Israeli army denied carrying out any air strikes on the town of Kisweh on Sunday."), e => e.Type == "military.strike");
        Assert.Equal("denied", strike.Status);
    }

    [Fact]
    public void Leaving_a_country_exposed_is_no_withdrawal()
    {
        Assert.DoesNotContain(Events("\"Ankara will not leave Syria exposed to air raids,\" a senior official said."), e => e.Type == "military.withdrawal");
    }

    [Fact]
    public void Technical_surveys_are_no_poll()
    {
        Assert.DoesNotContain(Events("Officials said the teams at the airbase were limited to technical surveys and training."), e => e.Type == "opinion.poll");
    }

    [Theory]
    [InlineData("The batteries are meant to protect the troops from air attack, analysts said.")]
    [InlineData("Meanwhile, the air force continued its attacks on Syrian territory.")]
    public void Protection_from_attack_and_attacks_on_a_whole_territory_are_no_clash(string sentence)
    {
        Assert.DoesNotContain(Events(sentence), e => e.Type == "military.clash");
    }

    [Fact]
    public void The_remaining_sanctions_are_not_an_ongoing_cue()
    {
        var lifted = Assert.Single(Events("The minister welcomed the decision by the United States last week to lift the remaining sanctions on Syria."), e => e.Type == "diplomacy.sanctions");
        Assert.NotEqual("ongoing", lifted.Status);
    }

    [Fact]
    public void A_text_a_state_wants_signed_before_the_year_is_out_is_a_planned_agreement_with_that_deadline()
    {
        var deal = Assert.Single(Events("Washington wants the text signed before the year is out, officials said."), e => e.Type == "diplomacy.agreement");
        Assert.Equal("planned", deal.Status);
        Assert.Equal("2026-12-31", deal.Time?.End);
    }

    [Fact]
    public void An_agreement_named_by_an_earlier_year_is_background_whatever_the_clause_wants()
    {
        var deal = Assert.Single(Events("Damascus wants a return to the lines drawn by the 1974 Disengagement Agreement."), e => e.Type == "diplomacy.agreement");
        Assert.Equal("historical", deal.Status);
    }

    [Fact]
    public void Terms_agreed_with_a_government_in_a_past_year_are_a_past_agreement_and_do_not_date_a_wanted_one()
    {
        var events = Events("Damascus wants any new arrangement to include fuel deliveries and a shorter lease than the 49 years agreed with the government of the former president in 2017.");

        var past = Assert.Single(events, e => e.Type == "diplomacy.agreement" && e.Status == "historical");
        Assert.Equal("2017", past.Time?.Start);
        Assert.DoesNotContain(events, e => e.Status == "planned" && e.Time?.Start == "2017");
    }

    [Fact]
    public void A_past_verb_in_a_relative_clause_is_not_governed_by_the_modal_before_it()
    {
        var killing = Assert.Single(Events("The council said its members \"will not hand over their weapons to those who killed their families,\" referring to violence in July 2025 in which 1,400 people were killed."),
            e => e.Type == "violence.civilians");
        Assert.Equal("historical", killing.Status);
    }

    [Fact]
    public void A_village_after_a_place_preposition_is_not_a_person_spelled_another_way()
    {
        var report = _extractor.ExtractText("case.txt", Dateline + "Troops pushed into the village of Al-Rawhana in the southern countryside on Monday.");

        Assert.DoesNotContain(report.Entities, e => e.Type == EntityType.Person);
    }
}
