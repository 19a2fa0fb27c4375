using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Killings by gunmen, tallies and their parts, the next step of a told incident, and bodies named again by a common noun.</summary>
public class IncidentFollowUpTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "BEIRUT, November 12, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public IncidentFollowUpTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void Men_shot_by_gunmen_at_a_farm_are_civilian_victims()
    {
        var killing = Assert.Single(Events("Five men were killed on Monday night when masked gunmen opened fire on an orchard near the village of Qusayr, residents said."),
            e => e.Type == "violence.civilians");
        Assert.Equal(5, killing.Quantity?.Value);
        Assert.Equal("2026-11-09", killing.Time?.Start);
    }

    [Fact]
    public void A_soldier_wounded_when_gunmen_fired_on_a_patrol_is_no_civilian_victim()
    {
        Assert.DoesNotContain(Events("One reservist was lightly wounded when gunmen opened fire on the patrol near the village, the army said."),
            e => e.Type == "violence.civilians");
    }

    [Fact]
    public void A_family_targeted_is_violence_against_civilians_not_a_strike()
    {
        var events = Events("Local media reported that a family was targeted while picking olives near the town of Qusayr on Sunday.");

        Assert.Contains(events, e => e.Type == "violence.civilians");
        Assert.DoesNotContain(events, e => e.Type == "military.strike");
    }

    [Fact]
    public void Strikes_on_civilian_infrastructure_are_no_attack_on_people()
    {
        Assert.DoesNotContain(Events("Warplanes carried out strikes targeting civilian infrastructure near the port on Sunday."),
            e => e.Type == "violence.civilians" && e.Provenance.Any(p => p.Rule == "rule:civilians.targeted"));
    }

    [Fact]
    public void Counts_listed_after_including_are_parts_of_the_toll()
    {
        var toll = Assert.Single(Events("A rights group said on Sunday that at least 95 civilians, including 10 children and six women, were killed in Syria in October."),
            e => e.Type == "violence.civilians");
        Assert.Equal(95, toll.Quantity?.Value);
    }

    [Fact]
    public void A_place_given_for_part_of_a_toll_does_not_place_the_toll()
    {
        var toll = Assert.Single(Events("A rights group said on Sunday that at least 95 civilians were killed in Syria in October, 20 of them in Idlib province."),
            e => e.Type == "violence.civilians");
        Assert.Equal("Syria", toll.Location?.Name);
    }

    [Fact]
    public void The_next_step_of_a_told_incident_happened_when_it_did()
    {
        var events = Events("Israeli forces pushed into the village of Jubata al-Khashab at dawn on Tuesday with about 10 vehicles. "
            + "Residents said the troops searched houses before pulling back towards the Golan.");

        var pullBack = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("2026-11-10", pullBack.Time?.Start);
        Assert.Contains(pullBack.Provenance, p => p.Rule == "time.inherited-from-neighbour");
    }

    [Fact]
    public void A_qualified_group_is_the_one_armed_group_named_before()
    {
        var events = Events("Under a deal signed in March 2025, the Syrian Democratic Forces were to join state institutions. "
            + "Since then the militant organization has refused to withdraw from the Tishrin Dam.");

        var refusal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("denied", refusal.Status);
        Assert.Equal("syrian_democratic_forces", refusal.Actor?.Id);
    }

    [Fact]
    public void A_qualified_group_stays_unresolved_when_two_groups_were_named()
    {
        var events = Events("The Syrian Democratic Forces said Islamic State cells were active near Diban. "
            + "Since then the jihadist group has refused to withdraw from the Tishrin Dam.");

        var refusal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.DoesNotContain(refusal.Provenance, p => p.Rule == "actor.definite-organization");
    }

    [Fact]
    public void The_ministry_after_an_unnamed_ministry_acts_for_the_reports_state()
    {
        var events = _extractor.ExtractText("case.txt", "HOMS, November 12, 2026 (SANA) - The Ministry of Interior announced on Wednesday that "
            + "General Security forces had arrested four suspects in Syria. The ministry said it had also sent reinforcements of about 300 personnel to Tal Kalakh.").Events;

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("syria", deployment.Actor?.Id);
        Assert.Equal(300, deployment.Quantity?.Value);
    }

    [Fact]
    public void A_step_the_same_side_also_took_is_dated_by_the_step_told_before()
    {
        var events = _extractor.ExtractText("case.txt", "HOMS, November 12, 2026 (SANA) - The Ministry of Interior announced on Wednesday that "
            + "General Security forces had arrested four suspects in Syria. The ministry described the attack as a crime. "
            + "The ministry said it had also sent reinforcements of about 300 personnel to Tal Kalakh.").Events;

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("2026-11-11", deployment.Time?.Start);
        Assert.Contains(deployment.Provenance, p => p.Rule == "time.also-after-dated-step");
    }

    [Fact]
    public void A_sentence_opening_with_a_place_itself_is_placed_there_and_the_attackers_are_not_the_toll()
    {
        var killing = Assert.Single(Events("In Baniyas itself, two gunmen on a motorcycle shot dead a pharmacist and his son outside their shop on Saturday."),
            e => e.Type == "violence.civilians");
        Assert.Equal("Baniyas", killing.Location?.Name);
        Assert.NotEqual("two gunmen", killing.Quantity?.Text);
    }

    [Fact]
    public void The_strike_hitting_a_town_places_a_strike_told_before_by_its_region()
    {
        var events = Events("US forces conducted a precision airstrike in northwest Syria on Monday, killing a senior Islamic State official. "
            + "The official had planned attacks for years. The strike hit a vehicle on a road outside the town of Harem in Idlib province.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("harem", strike.Location?.Id);
        Assert.Equal("2026-11-09", strike.Time?.Start);
    }

    [Theory]
    [InlineData("A cell of Assad's remnants ambushed a patrol near Jableh on Saturday.", "Assad's remnants")]
    [InlineData("Remnants of the former regime attacked checkpoints near Baniyas on Saturday.", "Remnants of the former regime")]
    public void The_new_authorities_labels_for_loyalist_cells_name_one_neutral_entity(string sentence, string label)
    {
        var report = _extractor.ExtractText("case.txt", Dateline + sentence);

        var loyalists = Assert.Single(report.Entities, e => e.Id == "assad_loyalist_insurgents");
        Assert.Contains(label, loyalists.Mentions);
        Assert.Equal("Assad loyalist insurgents", loyalists.Name);
    }

    [Fact]
    public void A_clash_a_day_after_the_dated_clause_is_the_day_before_and_a_cell_acts_for_its_group()
    {
        var clash = Assert.Single(Events("The army launched a sweep east of Jableh on Sunday, a day after a cell of Assad's remnants ambushed a patrol "
            + "on the road to al-Daliyah, killing three of its members."), e => e.Type == "military.clash");

        Assert.Equal("2026-11-07", clash.Time?.Start);
        Assert.Contains(clash.Provenance, p => p.Rule == "time.a-day-after");
        Assert.Equal("assad_loyalist_insurgents", clash.Actor?.Id);
    }

    [Fact]
    public void Where_a_source_sits_is_not_where_the_fact_happened()
    {
        var events = Events("Gunmen ambushed an army patrol near the village of al-Daliyah on Saturday, killing three soldiers. "
            + "The patrol was hit by a roadside bomb and then raked with machine-gun fire, a security source in Latakia told reporters.");

        Assert.DoesNotContain(events, e => e.Location?.Name == "Latakia");
    }

    [Fact]
    public void A_village_whose_skeleton_meets_a_country_is_not_that_country_and_one_person_is_a_count()
    {
        var report = _extractor.ExtractText("case.txt", Dateline + "An Israeli drone strike on a car in the border town of Yaroun killed one person on Friday, the ministry said.");

        Assert.DoesNotContain(report.Entities, e => e.Id == "iran");
        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.Equal(1, strike.Quantity?.Value);
    }
}
