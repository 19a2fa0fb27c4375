using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Words that point back: a pronoun opening a sentence, "the regime" after a state called a regime, "its
/// servicemen"; and two header and dateline layouts that hid the date or put a place before the first sentence.
/// </summary>
public class ReferenceResolutionTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public ReferenceResolutionTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private ExtractedReport Extract(string text) => _extractor.ExtractText("refs.txt", text);

    private static ExtractedEvent SingleBetween(ExtractedReport report, string type, string actor, string target)
    {
        var e = Assert.Single(report.Events, e => e.Type == type);
        Assert.Equal(actor, e.Actor?.Id);
        Assert.Equal(target, e.Target?.Id);
        return e;
    }

    [Fact]
    public void A_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nEnvoy tours the region\n\nIranian Foreign Minister Abbas Araghchi landed in Beirut on Monday and had lunch with President Joseph Aoun. He will also meet Speaker Nabih Berri on Tuesday, his office said.");

        var planned = Assert.Single(report.Events, e => e.Type == "diplomacy.meeting" && e.Status == "planned");
        Assert.Equal("abbas_araghchi", planned.Actor?.Id);
    }

    [Fact]
    public void The_regime_is_the_state_an_earlier_line_called_a_regime()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nPosts stay on the ridge\n\nThe Israeli regime has refused to leave the ridge line for a year, Lebanese officials complain. The regime keeps its soldiers on three hills and ignored the deadline for its withdrawal.");

        Assert.DoesNotContain(report.Events, e => e.Type == "military.withdrawal" && e.Actor?.Id == "lebanon");
    }

    [Fact]
    public void Servicemen_of_a_ministry_that_speaks_are_its_states()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nAirfield emptied\n\nThe Russian Defense Ministry announced on Monday that its servicemen had pulled out of Qamishli airport after six years there.");

        var withdrawal = Assert.Single(report.Events, e => e.Type == "military.withdrawal");
        Assert.NotNull(withdrawal.Actor);
        Assert.Equal("russia", withdrawal.Actor!.Side ?? withdrawal.Actor.Id);
    }

    [Fact]
    public void A_comma_between_month_and_day_still_dates_the_report()
    {
        var report = Extract("Gulf Desk\n\nMay, 4, 2026 - 09:10\n\nDrone strike on a car near the border\n\nA drone struck a car near the border town on Sunday, killing its driver, the health ministry said.");

        Assert.Equal("2026-05-04", report.Document.Published);
    }

    [Fact]
    public void A_capitalised_place_and_country_before_a_colon_is_a_dateline()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nTroops leave a desert post\n\nRAQQA, Syria: French forces pulled out of a desert post on Sunday and handed it over to the Syrian army, officials said.");

        Assert.StartsWith("French forces", report.Document.Body);
        Assert.DoesNotContain(report.Events, e => e.Type == "military.withdrawal" && e.Actor?.Id == "syria");
    }

    [Fact]
    public void Two_unknown_names_after_between_stay_two_places()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nCar hit on a hill road\n\nA drone hit a car on the road between Qarn Saghir and Tallet Ahmar on Sunday, residents said.");

        Assert.DoesNotContain(report.Entities, e => e.Name.Contains(" and ", StringComparison.Ordinal));
    }

    [Fact]
    public void A_word_inside_a_longer_capitalised_name_is_not_a_place_spelled_another_way()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nCabinet complains\n\nThe Council of National Unity in the capital said it had not been told of the flights.");

        Assert.DoesNotContain(report.Entities, e => e.Id == "aynata");
    }

    [Fact]
    public void Towns_of_the_Kurdistan_Region_and_southern_Lebanon_are_known()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nStrikes on two fronts\n\nTurkish jets struck hideouts near Zakho and Amedi in Duhok province on Sunday, while an Israeli drone hit a car in Nabatieh.");

        Assert.Contains(report.Entities, e => e.Id == "zakho" && e.Lat is not null);
        Assert.Contains(report.Entities, e => e.Id == "amadiya" && e.Lat is null);
        Assert.Contains(report.Entities, e => e.Id == "nabatieh");
        Assert.Contains(report.Entities, e => e.Id == "duhok_governorate" && e.Lat is not null);
    }

    [Fact]
    public void The_two_before_a_meeting_cue_are_the_two_named_before_and_meet_in_the_city_told_before()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nDefence chiefs confer\n\nTurkish Defense Minister Yasar Guler addressed parliament in Ankara on Monday. Guler hosted Murhaf Abu Qasra at the ministry on Tuesday, when the two discussed border security.");

        var meeting = SingleBetween(report, "diplomacy.meeting", "yasar_guler", "murhaf_abu_qasra");
        Assert.Equal("Ankara", meeting.Location?.Name);
    }

    [Fact]
    public void A_capital_someone_flies_back_to_is_a_place()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nMinister home\n\nThe defence minister flew back to Ankara on Monday after the talks.");

        Assert.DoesNotContain(report.Entities, e => e.Id == "turkey" && e.Mentions.Contains("Ankara"));
    }

    [Fact]
    public void The_two_sides_are_the_parties_who_met_not_the_source_or_the_witness_and_agree_when_they_met()
    {
        var report = Extract("Gulf Desk, 4 May 2026\n\nCommittee agreed\n\nSDF commander Mazloum Abdi met Defense Minister Murhaf Abu Qasra in Damascus on Thursday in the presence of US envoy Tom Barrack, the Syrian presidency said. The two sides agreed to form a joint committee for Raqqa.");

        var agreement = SingleBetween(report, "diplomacy.agreement", "mazloum_abdi", "murhaf_abu_qasra");
        Assert.Equal("2026-04-30", agreement.Time?.Start);
    }
}
