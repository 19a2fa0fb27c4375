using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// How far a denial reaches, whose "it" an unnamed ministry is, what "that week" dates, a name after "The" that
/// is longer than an outlet's, and "bombed" as a strike.
/// </summary>
public class DenialScopeAndAnaphoraTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "AMMAN, November 21, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public DenialScopeAndAnaphoraTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private ExtractedReport Extract(string text) => _extractor.ExtractText("case.txt", Dateline + text);

    [Fact]
    public void A_denial_does_not_reach_a_that_clause_of_a_later_reporting_verb()
    {
        var report = Extract("Two shepherds were shot near a checkpoint in Daraa province in Syria on Monday. "
            + "The interior ministry denied that its officers were involved and said on Tuesday that it had arrested four men over the shooting.");

        var raid = Assert.Single(report.Events, e => e.Type == "security.raid");
        Assert.Equal("completed", raid.Status);
        Assert.Equal("syria", raid.Actor?.Id);
    }

    [Fact]
    public void A_denial_still_reaches_its_own_that_clause()
    {
        var report = Extract("The interior ministry of Syria denied that it had arrested four men in Daraa on Monday.");

        var raid = Assert.Single(report.Events, e => e.Type == "security.raid");
        Assert.Equal("denied", raid.Status);
    }

    [Fact]
    public void That_week_dates_a_fact_by_the_one_told_before()
    {
        var report = Extract("In March 2024, dozens of people were killed in a week of clashes in Sweida. Israel bombed an army base near Damascus during that week.");

        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.Equal("2024-03", strike.Time?.Start);
        Assert.Equal("israel", strike.Actor?.Id);
    }

    [Fact]
    public void A_longer_name_after_the_article_wins_over_an_outlet_that_starts_with_the()
    {
        var report = Extract("The National Guard still controls most of the towns of Sweida province, residents said on Friday.");

        Assert.Contains(report.Entities, e => e.Id == "sweida_national_guard");
        Assert.DoesNotContain(report.Entities, e => e.Id == "the_national");
    }

    [Fact]
    public void A_bare_enemy_is_the_side_the_reports_enemy_labels_name()
    {
        var report = Extract("The Zionist enemy widened its aggression on the south on Friday. Enemy warplanes struck an army post near the village of Yaroun, killing two soldiers.");

        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.Equal("israel", strike.Actor?.Id);
    }

    [Fact]
    public void A_bare_enemy_names_no_one_when_no_label_says_whose()
    {
        var report = Extract("Enemy warplanes struck an army post near the village of Yaroun on Friday, killing two soldiers.");

        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.Null(strike.Actor);
    }

    [Fact]
    public void A_bare_militia_is_the_group_the_reports_militia_label_names()
    {
        var report = Extract("The terrorist SDF militia refused again to leave the town on Friday. Militia gunmen opened fire on a protest in al-Mansoura on Saturday, killing two civilians.");

        var killing = Assert.Single(report.Events, e => e.Type == "violence.civilians");
        Assert.Equal("syrian_democratic_forces", killing.Actor?.Id);
    }

    [Fact]
    public void A_date_after_the_weekday_dates_the_fact_when_the_report_gives_only_its_month()
    {
        var report = _extractor.ExtractText("case.md", "# Talks stall\n\nPublished in November 2026.\n\n"
            + "A delegation of the SDF met defence ministry officials in Damascus on Wednesday, 18 November 2026, but the talks ended without result.");

        var meeting = Assert.Single(report.Events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("2026-11-18", meeting.Time?.Start);
    }

    [Fact]
    public void The_day_before_opening_a_sentence_is_the_day_before_the_fact_just_told()
    {
        var report = Extract("On Tuesday, 17 November, a sniper killed a soldier near Maskanah. The day before, gunmen opened fire on a protest in the town of al-Mansoura, killing two civilians.");

        var killing = Assert.Single(report.Events, e => e.Type == "violence.civilians");
        Assert.Equal("2026-11-16", killing.Time?.Start);
    }

    [Fact]
    public void A_states_forces_named_right_before_a_strike_noun_are_its_actor_not_the_clause_subject()
    {
        var report = Extract("China opposes repeated Israeli military strikes on Syrian territory, the envoy said.");

        var strike = Assert.Single(report.Events, e => e.Type == "military.strike");
        Assert.True(strike.Actor?.Id is "israel" or "israel_defense_forces", strike.Actor?.Id);
    }

    [Fact]
    public void An_aside_between_commas_keeps_the_subject_and_refusing_to_hand_over_is_denied()
    {
        var report = Extract("The SDF, however, continues to refuse to hand over Raqqa city and its eastern countryside.");

        var refusal = Assert.Single(report.Events);
        Assert.Equal("syrian_democratic_forces", refusal.Actor?.Id);
        Assert.Equal("denied", refusal.Status);
    }

    [Fact]
    public void A_battle_that_left_a_city_in_ruins_is_no_withdrawal()
    {
        var report = Extract("Raqqa was taken by the SDF in October 2017 after a four-month battle that left much of the city in ruins.");

        Assert.DoesNotContain(report.Events, e => e.Type == "military.withdrawal");
    }
}
