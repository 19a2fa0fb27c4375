using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Where and when diplomatic facts and force sizes happened, and whose unnamed forces acted.</summary>
public class PlaceAndDayCaseTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public PlaceAndDayCaseTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", text).Events;

    [Fact]
    public void An_agreement_is_placed_where_it_was_made_not_where_it_applies()
    {
        var events = Events("BEIRUT, March 4, 2026 (Reuters) - Lebanon and Cyprus agreed in Nicosia on Monday on a timetable for joint patrols off Tripoli.");

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Equal("Nicosia", deal.Location?.Name);
        Assert.Equal("2026-03-02", deal.Time?.Start);
        Assert.Contains(deal.Provenance, p => p.Rule == "location.made-in");
    }

    [Fact]
    public void An_opening_place_phrase_with_an_adjective_places_the_clause()
    {
        var events = Events("QAMISHLI, May 9, 2026 - In occupied Afrin, armed men abducted six Kurdish civilians on Thursday.");

        var abduction = Assert.Single(events, e => e.Type == "violence.civilians");
        Assert.Equal("afrin", abduction.Location?.Id);
    }

    [Fact]
    public void An_opening_place_phrase_places_its_clause_when_the_same_place_is_named_again()
    {
        var events = Events("QAMISHLI, May 9, 2026 - In occupied Afrin, armed men abducted six Kurdish civilians on Thursday, according to a rights group in Afrin.");

        Assert.Equal("afrin", Assert.Single(events, e => e.Type == "violence.civilians").Location?.Id);
    }

    [Fact]
    public void An_agreement_without_a_signing_place_stays_unplaced()
    {
        var events = Events("AMMAN, March 4, 2026 (Reuters) - Jordan and Iraq signed a deal on Monday to reopen the crossing near al-Qaim.");

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Null(deal.Location);
    }

    [Fact]
    public void A_definite_protocol_signed_later_in_the_report_places_and_dates_the_one_told_first()
    {
        var events = Events("ANKARA, October 20, 2026 (Reuters) - Turkey and Azerbaijan have signed a training protocol that will see a joint academy open in 2028, officials said.\n\n"
            + "The protocol was signed in Baku on Oct. 15 after two days of talks.");

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Equal("2026-10-15", deal.Time?.Start);
        Assert.NotNull(deal.Location);
        Assert.Contains(deal.Provenance, p => p.Rule == "merge.definite-reference");
    }

    [Fact]
    public void A_past_tense_fact_is_not_dated_after_the_report()
    {
        var events = Events("ANKARA, October 20, 2026 (Reuters) - Turkey and Azerbaijan have signed a training protocol that will see a joint academy open in 2028, officials said.");

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Null(deal.Time);
        Assert.Equal("completed", deal.Status);
    }

    [Fact]
    public void An_abbreviated_month_with_its_full_stop_is_a_date()
    {
        var events = Events("BEIRUT, November 2, 2026 (AP) - Israeli troops entered the village of Kfar Kila on Oct. 29, residents said.");

        var entry = Assert.Single(events, e => e.Time is not null);
        Assert.Equal("2026-10-29", entry.Time?.Start);
    }

    [Fact]
    public void Talks_told_right_after_an_agreement_of_the_same_sides_happened_there_and_then()
    {
        var events = Events("ERBIL, October 30, 2026 (Reuters) - Delegations from the Kurdistan Regional Government and Iraq agreed in Baghdad on Tuesday on a timetable for salary payments.\n\n"
            + "The Kurdistan Regional Government delegation met Iraqi officials for five hours, a participant said.");

        var meeting = Assert.Single(events, e => e.Type == "diplomacy.meeting");
        Assert.Equal("Baghdad", meeting.Location?.Name);
        Assert.Equal("2026-10-27", meeting.Time?.Start);
        Assert.Contains(meeting.Provenance, p => p.Rule == "location.talks-told-before");
    }

    [Fact]
    public void Talks_after_a_hoped_for_deal_take_nothing_from_it()
    {
        var events = Events("ERBIL, October 30, 2026 (Reuters) - The two governments are expected to meet in Baghdad next week.\n\n"
            + "Iraq and Kuwait are close to a border arrangement, diplomats said.");

        Assert.DoesNotContain(events, e => e.Provenance.Any(p => p.Rule is "location.talks-told-before" or "time.talks-told-before"));
    }

    [Fact]
    public void A_force_size_is_placed_in_the_country_it_is_said_to_be_in()
    {
        var events = Events("WASHINGTON, May 3, 2026 (Reuters) - The drawdown leaves about 2,500 US troops in Iraq, most of them at Ain al-Asad air base and in Erbil.");

        var level = Assert.Single(events, e => e.Type == "military.troop_level");
        Assert.Equal("iraq", level.Location?.Id);
        Assert.Contains(level.Provenance, p => p.Rule == "location.force-held-in");
    }

    [Fact]
    public void Units_of_a_ministry_no_state_is_named_for_belong_to_the_state_the_report_is_about()
    {
        var events = Events("DAMASCUS, May 3, 2026 (Reuters) - Clashes continued in Syria's Sweida and Daraa provinces on Friday.\n\n"
            + "In the countryside of Daraa, the Interior Ministry said on Saturday that its units had arrested nine people accused of smuggling weapons.");

        var arrests = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("syria", arrests.Actor?.Id);
    }

    [Fact]
    public void Government_forces_on_a_side_named_at_the_start_are_that_side()
    {
        var events = Events("BAGHDAD, May 3, 2026 (Reuters) - Iraqi troops reinforced the border near al-Qaim on Tuesday.\n\n"
            + "On the Syrian side, government forces clashed with smugglers near Albu Kamal overnight.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("syria", clash.Actor?.Id);
    }

    [Fact]
    public void A_side_sending_a_numbered_force_is_a_deployment_not_only_a_force_size()
    {
        var events = Events("AMMAN, May 6, 2026 (Reuters) - The Jordanian government on Monday deployed some 1,800 members of the army along the northern border, officials said.");

        var sent = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal(1800, sent.Quantity?.Value);
        Assert.DoesNotContain(events, e => e.Type == "military.troop_level");
    }

    [Fact]
    public void A_force_said_to_be_deployed_stays_a_force_size()
    {
        var events = Events("BEIRUT, May 6, 2026 (AP) - The Lebanese army, which has about 8,000 soldiers deployed in the south, sent more units to the border on Monday.");

        var level = Assert.Single(events, e => e.Type == "military.troop_level");
        Assert.Equal(8000, level.Quantity?.Value);
    }

    [Fact]
    public void Members_arrested_or_killed_are_no_force_size()
    {
        var events = Events("DAMASCUS, May 6, 2026 (Reuters) - The raid ended with the arrest of five suspected members of an Islamic State cell near Hajin.");

        Assert.DoesNotContain(events, e => e.Type == "military.troop_level");
    }

    [Fact]
    public void Overnight_on_a_named_day_is_that_day()
    {
        var events = Events("BAGHDAD, May 8, 2026 (Reuters) - Iraqi troops clashed with smugglers near al-Qaim overnight on Tuesday, killing two of them.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.Equal("2026-05-05", clash.Time?.Start);
        Assert.Equal(2, clash.Quantity?.Value);
    }

    [Fact]
    public void Sanctions_announced_by_a_ministry_are_imposed_by_its_state()
    {
        var events = Events("WASHINGTON, May 8, 2026 (Reuters) - The US Treasury Department on Thursday imposed sanctions on four companies accused of smuggling oil.");

        var sanctions = Assert.Single(events, e => e.Type == "diplomacy.sanctions");
        Assert.Equal("united_states", sanctions.Actor?.Id);
    }

    [Fact]
    public void What_a_ministry_release_reports_without_a_doer_was_done_by_its_state()
    {
        var report = _extractor.ExtractText("release.html", "<html><head><title>Weekly briefing</title><meta property=\"og:site_name\" content=\"Turkish Ministry of National Defense\">"
            + "</head><body><article><h1>Weekly briefing</h1><p>12 November 2026</p><p>In the past week, 14 terrorists were neutralized in northern Iraq, and 210 people "
            + "were apprehended while trying to cross the border illegally. Our units continue their work along the border with determination and in close coordination.</p></article></body></html>");

        var clash = Assert.Single(report.Events, e => e.Type == "military.clash");
        Assert.Equal("turkey", clash.Actor?.Id);
        Assert.Equal("completed", clash.Status);
        var arrests = Assert.Single(report.Events, e => e.Type == "security.raid");
        Assert.Equal(210, arrests.Quantity?.Value);
    }

    [Fact]
    public void The_subject_of_a_passive_is_what_was_counted()
    {
        var events = Events("BAGHDAD, May 8, 2026 (Reuters) - At least 40 people, among them six officers, were detained in Anbar, and 300 others were questioned.");

        var arrests = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal(40, arrests.Quantity?.Value);
    }

    [Fact]
    public void The_caption_under_a_markdown_image_reports_nothing()
    {
        var events = Events("# Troops on the border\n\nMay 8, 2026\n\nIraqi troops entered the town of al-Qaim on Monday.\n\n![Soldiers at a checkpoint](https://example.org/a.jpg)\n*Iraqi soldiers deployed near al-Qaim, May 2026.*\n");

        Assert.DoesNotContain(events, e => e.Evidence.Sentence.Contains("checkpoint", StringComparison.Ordinal) || e.Evidence.Sentence.StartsWith('*'));
    }

    [Fact]
    public void A_count_broken_down_by_place_is_one_fact_per_place()
    {
        var events = Events("ANKARA, May 8, 2026 (AA) - Turkish forces neutralized 11 militants, 7 of them in northern Iraq and 4 in northern Syria, the ministry said on Friday.");

        var clashes = events.Where(e => e.Type == "military.clash").OrderBy(e => e.Quantity?.Value).ToList();
        Assert.Equal(2, clashes.Count);
        Assert.Equal([4.0, 7.0], clashes.Select(e => e.Quantity!.Value));
        Assert.All(clashes, e => Assert.Contains(e.Provenance, p => p.Rule == "quantity.breakdown-by-place"));
    }

    [Fact]
    public void A_place_someone_came_from_is_not_where_they_were_arrested()
    {
        var events = Events("BAGHDAD, May 8, 2026 (Reuters) - On Sunday, Iraqi security forces arrested four suspected smugglers who had crossed from Syria into the desert of Anbar province, officials said.");

        var arrests = Assert.Single(events, e => e.Type == "security.raid");
        Assert.NotEqual("syria", arrests.Location?.Id);
    }

    [Fact]
    public void A_party_named_after_a_verb_of_saying_suffered_the_passive()
    {
        var events = Events("ANKARA, May 8, 2026 (AA) - Officials said 12 members of the PKK had been neutralized in northern Iraq over the past week.");

        var clash = Assert.Single(events, e => e.Type == "military.clash");
        Assert.NotEqual("kurdistan_workers_party", clash.Actor?.Id);
    }

    [Fact]
    public void Army_intelligence_in_a_report_about_one_country_is_that_state()
    {
        var events = Events("BEIRUT, May 8, 2026 (L'Orient Today) - Lebanon's north saw tension on Monday.\n\nOn Monday evening, Army Intelligence raided homes in the town of Hermel and arrested six men, residents said.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("lebanon", raid.Actor?.Id);
    }

    [Fact]
    public void Ending_a_mission_at_a_base_and_dismantling_posts_are_withdrawals()
    {
        var events = Events("BAGHDAD, May 8, 2026 (Reuters) - The US-led coalition ended its mission at Ain al-Asad air base in March, officials said.\n\n"
            + "In 2020, the Turkish army dismantled several observation posts in Idlib.");

        Assert.Equal(2, events.Count(e => e.Type == "military.withdrawal"));
    }

    [Fact]
    public void A_pronoun_right_before_the_verb_is_its_subject_and_a_call_to_withdraw_is_no_withdrawal_yet()
    {
        var events = Events("DAMASCUS, May 8, 2026 (SANA) - We call on Turkey to end its attacks and to withdraw from the Syrian territory it occupies.");

        var occupation = Assert.Single(events, e => e.Type == "military.incursion");
        Assert.Equal("turkey", occupation.Actor?.Id);
        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("planned", withdrawal.Status);
    }

    [Fact]
    public void A_country_a_force_was_sent_to_is_where_it_went()
    {
        var events = Events("MOSCOW, May 8, 2026 (TASS) - Russia deployed its forces to Libya in 2019 at the request of the eastern authorities, officials said.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("libya", deployment.Location?.Id);
    }

    [Fact]
    public void A_plain_sub_heading_between_paragraphs_reports_nothing_itself()
    {
        var events = Events("BAGHDAD, May 8, 2026 (Reuters) - Iraqi troops reinforced the border near al-Qaim on Tuesday, officials said.\n"
            + "Drone attack on Erbil airport\n"
            + "A drone struck near Erbil airport on Wednesday, the Kurdistan region's counter-terrorism service said.\n");

        Assert.DoesNotContain(events, e => e.Evidence.Sentence == "Drone attack on Erbil airport");
        Assert.Single(events, e => e.Type == "military.strike");
    }

    [Fact]
    public void Taking_over_positions_another_force_vacated_is_a_handover_not_an_incursion()
    {
        var events = Events("BEIRUT, May 8, 2026 (AP) - Army units moved into the town on Monday, taking over positions vacated by the militia under a local deal.\n\n"
            + "On Tuesday, Hezbollah fighters took over the village of Khiam after clashes.");

        var incursion = Assert.Single(events, e => e.Type == "military.incursion");
        Assert.Contains("Khiam", incursion.Evidence.Sentence, StringComparison.Ordinal);
    }
}
