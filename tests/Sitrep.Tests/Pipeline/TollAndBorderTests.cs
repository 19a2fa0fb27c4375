using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Strikes whose dead include fighters, borders named by their other side, operations stepped up this year, sanctions
/// named by a relative clause, and talks placed by an opening phrase rather than by their subject.
/// </summary>
public class TollAndBorderTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "AMMAN, November 21, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public TollAndBorderTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void Strikes_whose_dead_include_fighters_are_strikes_with_their_toll()
    {
        var events = Events("Israeli drone strikes in southern Lebanon killed six people, including four Hezbollah members, on 18 November.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal(6, strike.Quantity?.Value);
        Assert.DoesNotContain(events, e => e.Type == "violence.civilians");
    }

    [Fact]
    public void A_border_named_by_its_other_side_is_the_border_of_the_two_states_not_a_place_told_before()
    {
        var events = Events("Police arrested five men in a raid in Kirkuk on Sunday.\n\n## Jordan\n\nOn 19 November, Jordanian forces clashed with armed smugglers on the border with Syria, killing three.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Contains("border", clash.Location?.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void Operations_stepped_up_since_the_start_of_the_year_go_on()
    {
        var events = Events("Jordan has deployed more troops along its frontier with Syria since the start of the year, officials said.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("ongoing", deployment.Status);
    }

    [Fact]
    public void The_agent_of_a_relative_clause_after_a_sanctions_cue_imposed_them()
    {
        var events = Events("The minister condemned the sanctions that the US Treasury imposed last week on three militia figures.");

        var sanctions = Assert.Single(events, e => e.Type == "diplomacy.sanctions");
        Assert.Equal("united_states", sanctions.Actor?.Id);
        Assert.Equal(3, sanctions.Quantity?.Value);
    }

    [Fact]
    public void An_opening_place_with_its_day_places_talks_about_another_country()
    {
        var events = Events("In Baghdad on Tuesday, the Jordanian foreign minister discussed the situation in Syria with his Iraqi counterpart.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Baghdad", meeting.Location?.Name);
    }
}
