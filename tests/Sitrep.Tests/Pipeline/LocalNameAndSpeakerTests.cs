using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// A generic name that means a local force only where its locality is named, unnamed forces in a state organ's
/// statement, and a toll clause at the end of a long list of sides.
/// </summary>
public class LocalNameAndSpeakerTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "AMMAN, November 21, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public LocalNameAndSpeakerTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private ExtractedReport Extract(string text) => _extractor.ExtractText("case.txt", Dateline + text);

    [Fact]
    public void A_local_alias_names_the_local_force_in_a_report_about_its_province()
    {
        var report = Extract("Government troops fought the National Guard outside the town of Shahba in Sweida province on Thursday, killing two.");

        var clash = Assert.Single(report.Events, e => e.Type == "military.clash");
        Assert.True(clash.Actor?.Id == "sweida_national_guard" || clash.Target?.Id == "sweida_national_guard", clash.Actor?.Id);
    }

    [Fact]
    public void A_local_alias_names_nothing_in_a_report_about_somewhere_else()
    {
        var report = Extract("The governor of Oregon sent the National Guard to Portland on Thursday after two nights of protests.");

        Assert.DoesNotContain(report.Entities, e => e.Id == "sweida_national_guard");
        Assert.DoesNotContain(report.Events, e => e.Actor?.Id == "sweida_national_guard");
    }

    [Fact]
    public void Unnamed_guards_in_what_a_state_organ_says_are_that_states()
    {
        var report = Extract("On Tuesday, the Jordanian Armed Forces said border guards had killed four smugglers in a clash on the frontier with Daraa province.");

        var clash = Assert.Single(report.Events, e => e.Type == "military.clash");
        Assert.True(clash.Actor?.Id is "jordan" or "jordanian_armed_forces", clash.Actor?.Id);
    }

    [Fact]
    public void A_toll_clause_after_a_long_list_of_sides_sizes_the_clash()
    {
        var report = Extract(
            "The curfew followed clashes on Sunday night between gunmen of a militia loyal to a local sheikh, who has opposed the government since last year, and tribal fighters near al-Mazraa that left five fighters dead, residents said.");

        var clash = Assert.Single(report.Events, e => e.Type == "military.clash");
        Assert.Equal(5, clash.Quantity?.Value);
    }

    [Fact]
    public void A_campaign_a_state_launched_years_ago_is_a_background_deployment()
    {
        var report = Extract("Iran began its military operation in Yemen in March 2019, according to the report.");

        var deployment = Assert.Single(report.Events, e => e.Type == "military.deployment");
        Assert.Equal("historical", deployment.Status);
        Assert.Equal("2019-03", deployment.Time?.Start);
    }

    [Fact]
    public void A_presence_and_the_campaign_that_began_it_in_one_dated_sentence_are_one_fact()
    {
        var report = Extract("France's military presence in the region dates back to May 2013, when Paris launched its air campaign in Mali.");

        var background = Assert.Single(report.Events, e => e.Type is "military.base" or "military.deployment");
        Assert.Equal("historical", background.Status);
    }

    [Fact]
    public void Rejecting_any_foreign_military_intervention_is_no_deployment()
    {
        var report = Extract("The foreign ministry said it rejected any foreign military intervention in Libya.");

        Assert.DoesNotContain(report.Events, e => e.Type == "military.deployment");
    }
}
