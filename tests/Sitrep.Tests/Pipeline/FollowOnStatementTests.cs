using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Statements read with their neighbours and their phrasing: a toll told in the next sentence, survey findings
/// that run on, unnamed fighters after a named group, victims who are not authors, and places that only qualify.
/// </summary>
public class FollowOnStatementTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public FollowOnStatementTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("follow-on.txt", text).Events;

    [Fact]
    public void A_bare_toll_in_the_next_sentence_is_the_clash_count()
    {
        var events = Events("Gunmen attacked a police post outside Deir ez-Zor on Monday. Six people were killed, four of them policemen, a doctor said.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal(6, clash.Quantity?.Value);
        Assert.DoesNotContain(events, e => e.Type == "violence.civilians");
    }

    [Fact]
    public void A_toll_with_its_own_subject_stays_a_fact_of_its_own()
    {
        var events = Events("Israeli jets struck a depot near Tyre on Monday. Health officials say those raids have killed more than 200 people since spring.");

        Assert.Contains(events, e => e.Type == "violence.civilians" && e.Quantity?.Value == 200);
    }

    [Fact]
    public void Later_findings_of_a_survey_are_not_facts()
    {
        var events = Events("A poll of 2,000 Iraqis carried out in May found that 58 percent want foreign troops gone. Only 15 percent would accept a French training mission. Distrust of an American presence was highest in Anbar.");

        Assert.Contains(events, e => e.Type == "opinion.poll");
        Assert.DoesNotContain(events, e => e.Type == "military.base");
    }

    [Fact]
    public void A_delegation_headed_by_a_minister_is_no_change_of_leadership()
    {
        var events = Events("A Turkish delegation headed by a deputy minister was in Baghdad last week for talks on water.");

        Assert.DoesNotContain(events, e => e.Type == "politics.leadership");
    }

    [Fact]
    public void Victims_of_an_ambush_are_not_its_authors()
    {
        var events = Events("Militants killed four Iraqi soldiers in an ambush near Rutba on Friday.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.NotEqual("iraq", clash.Actor?.Id);
    }

    [Fact]
    public void Unnamed_militants_after_a_named_group_are_that_group()
    {
        var events = Events("Officials warn that the Islamic State is rebuilding its cells in the desert. Militants killed four Iraqi soldiers in an ambush near Rutba on Friday.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("islamic_state", clash.Actor?.Id);
    }

    [Fact]
    public void A_landmark_a_distance_is_measured_from_is_not_the_place()
    {
        var events = Events("Gunmen ambushed an army patrol near al-Sukhnah, about 100 miles north of al-Tanf, on Friday.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("sukhnah", clash.Location?.Id);
    }

    [Fact]
    public void Talks_ending_in_a_named_capital_are_placed_there_not_at_a_possessive_place()
    {
        var events = Events("A round of talks between a Syrian government delegation and representatives of Daraa's tribal elders ended in the Jordanian capital, Amman, on Sunday.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Amman", meeting.Location?.Name);
    }

    [Fact]
    public void An_envoy_to_a_country_does_not_place_a_meeting_there()
    {
        var events = Events("Egypt's foreign minister hosted the talks, which were also attended by the UN envoy to Libya.");

        Assert.DoesNotContain(events, e => e.Location?.Id == "libya");
    }

    [Fact]
    public void A_weekday_in_an_opening_phrase_dates_the_past_saying()
    {
        var events = Events("Gulf Monitor, 4 May 2026\n\nMinister visits the frontier\n\nSpeaking at a border post on Friday, the Israeli defence minister said the army would not withdraw from the buffer zone.");

        var stay = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("2026-05-01", stay.Time?.Start);
    }

    [Fact]
    public void A_weekday_before_a_trailing_source_still_looks_ahead()
    {
        var events = Events("Gulf Monitor, 4 May 2026\n\nTalks ahead\n\nThe government is set to receive a Turkish delegation in Baghdad on Thursday for talks on water, an official told reporters.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("2026-05-07", meeting.Time?.Start);
    }

    [Fact]
    public void A_share_of_respondents_backing_a_move_is_no_fact_even_with_a_named_side()
    {
        var events = Events("In the same survey, only 31% of respondents said they would support a Turkish pullback from the border strip.");

        Assert.DoesNotContain(events, e => e.Type == "military.withdrawal");
    }

    [Fact]
    public void A_convoy_headed_to_a_base_is_deployed_there()
    {
        var events = Events("A US convoy of 20 trucks entered Syrian territory from Iraq on Monday and headed to the Kharab al-Jir base, residents said.");

        var convoy = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Contains("Kharab al-Jir", convoy.Location?.Name);
    }

    [Fact]
    public void An_event_on_the_same_day_takes_the_day_of_the_event_told_before()
    {
        var events = _extractor.ExtractText("same-day.txt", "Border clashes and a strike\n\n12 March 2026\n\nAMMAN, March 12 (Wire) - Jordanian troops clashed with smugglers near the border on March 9, the army said. On the same day, Israeli warplanes struck a depot near Kisweh, Syrian media reported.").Events;

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.StartsWith("2026-03-09", strike.Time?.Start, StringComparison.Ordinal);
        Assert.Contains(strike.Provenance, p => p.Rule == "time.same-day-as-before");
    }
}
