using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Who made a poll and where, which year a bare month and day falls in, and names of bodies the knowledge base lacks.</summary>
public class SurveyAndScheduleTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public SurveyAndScheduleTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private ExtractedReport Extract(string text) => _extractor.ExtractText("case.txt", text);

    private IReadOnlyList<ExtractedEvent> Events(string text) => Extract(text).Events;

    [Fact]
    public void A_name_right_before_poll_is_the_pollster_and_the_people_asked_place_it()
    {
        var events = Events("PARIS, May 4, 2026 (AFP) - A Zephyra poll published on Sunday found that 61 percent of Belgian respondents backed the plan.");

        var poll = Assert.Single(events, e => e.Type == "opinion.poll");
        Assert.Equal("Zephyra", poll.Actor?.Name);
        Assert.Equal("Belgium", poll.Location?.Name);
        Assert.Contains(poll.Provenance, p => p.Rule == "location.surveyed-population");
    }

    [Fact]
    public void A_pollster_named_after_carried_out_by_is_found_and_places_in_the_findings_are_not_the_poll_s()
    {
        var events = Events("AMMAN, May 4, 2026 (AFP) - A survey of 300 households in villages of Quneitra province, carried out in April by the Lumen Research Collective, "
            + "found that 40 percent had lost land since Israeli forces moved into Daraa.");

        var poll = Assert.Single(events, e => e.Type == "opinion.poll");
        Assert.Equal("Lumen Research Collective", poll.Actor?.Name);
        Assert.NotEqual("Daraa", poll.Location?.Name);
    }

    [Fact]
    public void A_place_that_opens_an_organisation_s_name_belongs_to_the_name()
    {
        var report = Extract("AMMAN, May 4, 2026 (AFP) - The Homs Research Collective said on Monday that shelling had resumed.");

        var body = Assert.Single(report.Entities, e => e.Name == "Homs Research Collective");
        Assert.Equal(EntityType.Unknown, body.Type);
        Assert.DoesNotContain(report.Entities, e => e.Name == "Homs");
    }

    [Fact]
    public void A_place_in_an_x_based_modifier_is_not_where_the_fact_happened()
    {
        var events = Events("BEIRUT, May 4, 2026 (Reuters) - The Aleppo-based Falcon Brigade ambushed an army patrol on Monday, killing two soldiers.");

        var ambush = Assert.Single(events, e => e.Type == "military.clash");
        Assert.NotEqual("Aleppo", ambush.Location?.Name);
    }

    [Fact]
    public void A_month_and_day_a_few_weeks_ahead_with_no_verb_to_tell_is_this_year()
    {
        var events = Events("PARIS, November 6, 2026 (AFP) - The president is due to receive the Syrian president at the Elysee Palace on November 18, his second visit to France.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("2026-11-18", meeting.Time?.Start);
        Assert.Equal("planned", meeting.Status);
        Assert.Equal("Élysée Palace", meeting.Location?.Name);
    }

    [Fact]
    public void A_month_and_day_months_ahead_is_last_year_s()
    {
        var events = Events("PARIS, November 6, 2026 (AFP) - The ministers met in Oslo on December 18, a meeting both sides later called decisive.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("2025-12-18", meeting.Time?.Start);
    }

    [Fact]
    public void A_deadline_is_not_made_past_by_a_participle_in_the_attribution_after_it()
    {
        var events = Events("PARIS, November 6, 2026 (AFP) - France will withdraw its remaining special forces from northeast Syria by December 31, the armed forces ministry said on Friday.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("2026-12-31", withdrawal.Time?.End);
    }

    [Fact]
    public void A_hyphenated_participle_before_a_weekday_does_not_make_a_plan_past()
    {
        var events = Events("BEIRUT, Friday, May 8, 2026 (Reuters) - The government is set to host representatives of the US-led coalition in Damascus on Monday for talks.");

        var hosting = Assert.Single(events, e => e.Type == "diplomacy.meeting" && e.Provenance.Any(p => p.Rule == "rule:meeting.host"));
        Assert.Equal("2026-05-11", hosting.Time?.Start);
    }

    [Fact]
    public void An_unknown_name_after_an_office_is_an_official_of_the_state_named_before_it_and_his_surname_is_him()
    {
        var report = Extract("DOHA, October 14, 2026 (QNA) - Qatari Foreign Minister Khalid Al-Mannai held talks with Syrian President Ahmed al-Sharaa in Damascus on Wednesday. "
            + "Following the talks, a memorandum of understanding was signed by Al-Mannai and his Syrian counterpart.");

        var official = Assert.Single(report.Entities, e => e.Name == "Khalid Al-Mannai");
        Assert.Equal(EntityType.Person, official.Type);
        Assert.Contains("Al-Mannai", official.Mentions);

        var deal = Assert.Single(report.Events, e => e.Type == "diplomacy.agreement");
        Assert.Equal("Khalid Al-Mannai", deal.Actor?.Name);
        Assert.Equal("qatar", deal.Actor?.Side);
        Assert.Equal("2026-10-14", deal.Time?.Start);
        Assert.Equal("Damascus", deal.Location?.Name);
        Assert.Contains(deal.Provenance, p => p.Rule == "time.meeting-before");
    }

    [Fact]
    public void An_agreement_named_by_its_year_does_not_absorb_an_undated_signing_told_elsewhere()
    {
        var events = Events("AMMAN, May 4, 2026 (Petra) - A memorandum on water was signed by Jordan and Syria. "
            + "Syria's minister said Damascus remained committed to the 1974 agreement.");

        Assert.Contains(events, e => e.Type == "diplomacy.agreement" && e.Time is null && e.Status == "completed");
    }
}

