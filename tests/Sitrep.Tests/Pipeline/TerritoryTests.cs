using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Ground taken and held: who took it and where, including places the knowledge base lacks.</summary>
public class TerritoryTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public TerritoryTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("ground.txt", text).Events;

    [Fact]
    public void Retaking_an_unlisted_village_places_the_fact_there_without_a_point()
    {
        var e = Assert.Single(Events("Government troops retook Wadi Samra on Sunday after a week of fighting, the army said."), x => x.Type == "military.incursion");

        Assert.Equal("Wadi Samra", e.Location?.Name);
        Assert.Null(e.Location?.Lat);
    }

    [Fact]
    public void Opening_participle_phrase_shares_the_main_subject()
    {
        var e = Assert.Single(Events("Since taking Kadugli in March, the RSF has pushed patrols towards the border."), x => x.Type == "military.incursion");

        Assert.Equal("rapid_support_forces", e.Actor?.Id);
    }

    [Fact]
    public void Name_after_a_kunya_word_is_not_a_known_person()
    {
        var entities = _extractor.ExtractText("ground.txt", "Fighters entered the village of Abu Qassem north of the city on Monday.").Entities;

        Assert.DoesNotContain(entities, x => x.Type == EntityType.Person);
    }

    [Fact]
    public void Pulling_out_of_a_country_is_a_withdrawal_from_it_by_whoever_pulls_out()
    {
        var e = Assert.Single(Events("In May the Wagner Group said it was pulling out of Niger after two years."), x => x.Type == "military.withdrawal");

        Assert.Equal("niger", e.Location?.Id);
        Assert.NotEqual("niger", e.Actor?.Id);
    }

    [Fact]
    public void Military_flights_touching_down_are_a_deployment()
    {
        Assert.Contains(Events("Nine Russian military transport flights touched down at Hmeimim air base this week, trackers said."),
            x => x.Type == "military.deployment" && x.Actor?.Side == "russia");
    }

    [Fact]
    public void A_side_of_the_border_is_ground_not_a_party()
    {
        var e = Assert.Single(Events("Turkey has kept soldiers at four hilltop posts on the Syrian side of the border since 2020."), x => x.Type == "military.base");

        Assert.Equal("syria", e.Location?.Id);
        Assert.Null(e.Target);
    }

    [Fact]
    public void Counted_flights_size_a_deployment()
    {
        var e = Assert.Single(Events("Fourteen Russian military flights landed at Hmeimim air base in October, trackers said."), x => x.Type == "military.deployment");

        Assert.Equal(14, e.Quantity?.Value);
        Assert.Equal("flights", e.Quantity?.Unit);
    }

    [Fact]
    public void Places_in_the_attribution_do_not_locate_the_fact()
    {
        var e = Assert.Single(Events("Both armies began pulling back from posts along the line between Tavush Province and Gazakh District on Monday, the ministries in Yerevan and Baku said."),
            x => x.Type == "military.withdrawal");

        Assert.NotEqual("yerevan", e.Location?.Name.ToLowerInvariant());
        Assert.NotNull(e.Location);
    }

    [Fact]
    public void The_territory_is_the_region_told_before_not_the_home_country()
    {
        var events = Events("Fighting eased across the Gaza Strip on Sunday, medics said. Officials gave no casualty figures. "
            + "Israeli troops still hold about 40 percent of the territory, the military said.");

        var control = Assert.Single(events, x => x.Type == "territory.control");
        Assert.Equal("gaza_strip", control.Location?.Id);
    }

    [Fact]
    public void A_definite_place_noun_as_object_names_the_place_told_before_in_the_sentence()
    {
        var events = Events("Monitors left Manbij in 2019 after Turkish-backed factions seized the town in a rapid push, and the army still keeps a garrison at Hmeimim.");

        var seizure = Assert.Single(events, x => x.Type == "military.incursion");
        Assert.Equal("manbij", seizure.Location?.Id);
    }

    [Fact]
    public void A_later_reference_places_an_earlier_fact_only_with_a_place_named_right_after_it()
    {
        var events = Events("Turkish troops left four positions in the countryside on Monday, the ministry said. "
            + "The pullback builds on the accord that the two leaders initialed in Ankara in August.");

        var withdrawal = Assert.Single(events, x => x.Type == "military.withdrawal");
        Assert.Null(withdrawal.Location);
    }
}
