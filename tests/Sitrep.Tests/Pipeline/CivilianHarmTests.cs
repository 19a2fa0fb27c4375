using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Harm to civilians by armed civilians, and plots that are not clashes.</summary>
public class CivilianHarmTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public CivilianHarmTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("harm.txt", text).Events;

    [Fact]
    public void Settlers_burning_property_is_violence_against_civilians_by_the_settlers()
    {
        var e = Assert.Single(Events("Masked settlers torched two houses and an olive press in a village south of Nablus on Friday, residents said."));

        Assert.Equal("violence.civilians", e.Type);
        Assert.Equal("israeli_settlers", e.Actor?.Id);
        Assert.Contains(e.Provenance, p => p.Rule == "actor.companion-mention");
    }

    [Fact]
    public void Counted_settler_attacks_carry_their_count()
    {
        var e = Assert.Single(Events("Monitors logged 145 settler attacks across the West Bank in March."));

        Assert.Equal(145, e.Quantity?.Value);
    }

    [Fact]
    public void Settlers_are_not_the_side_of_a_military_fact()
    {
        Assert.DoesNotContain(Events("Settlers and soldiers entered the hills east of the village on Monday."),
            e => e.Type.StartsWith("military.", StringComparison.Ordinal) && e.Actor?.Id == "israeli_settlers");
    }

    [Fact]
    public void A_cell_preparing_attacks_is_not_a_clash()
    {
        Assert.DoesNotContain(Events("Police said the cell arrested in Homs had been preparing attacks on churches."), e => e.Type == "military.clash");
    }

    [Fact]
    public void Officials_who_say_a_toll_are_its_source_not_its_author()
    {
        var events = Events("Israeli jets struck the town of Nabatieh on Monday.\nLebanese officials say those strikes have killed more than 40 people since the truce began.");

        Assert.DoesNotContain(events, e => e.Actor?.Id == "lebanon");
    }

    [Fact]
    public void Pronoun_subject_stands_for_the_party_named_before_it_not_the_one_after()
    {
        var e = Assert.Single(Events("In Raqqa, the US-led coalition said it had captured a senior Islamic State commander in a night raid on Friday."),
            x => x.Type == "security.raid");

        Assert.Equal("global_coalition_against_isis", e.Actor?.Id);
    }

    [Fact]
    public void An_aid_group_treating_the_wounded_is_not_the_author_of_a_strike()
    {
        var events = Events("The Palestinian Red Crescent said it treated six people, among them a woman who was struck on the head by a stone.");

        Assert.DoesNotContain(events, e => e.Type == "military.strike");
        Assert.DoesNotContain(events, e => e.Actor?.Id == "palestine_red_crescent");
    }
}
