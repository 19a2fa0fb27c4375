using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Force sizes told in asides and by counting verbs, and installations that name their force.</summary>
public class ForceSizeTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public ForceSizeTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private ExtractedEvent Level(string text) =>
        Assert.Single(_extractor.ExtractText("size.txt", text).Events, e => e.Type == "military.troop_level");

    [Fact]
    public void Force_size_in_a_with_aside_is_a_troop_level()
    {
        var e = Level("The harbour base at Tartus, with roughly 1,200 personnel, remains a key logistics hub.");

        Assert.Equal(1200, e.Quantity?.Value);
    }

    [Fact]
    public void Installation_with_one_foreign_operator_names_the_force()
    {
        var e = Level("Al Udeid holds around 8,000 personnel these days.");

        Assert.Equal("united_states", e.Actor?.Id);
        Assert.Contains(e.Provenance, p => p.Rule == "actor.installation-operator");
    }

    [Fact]
    public void Counting_verb_sizes_a_contingent_and_places_it_by_its_antecedent()
    {
        var e = Level("The contingent in Iraq, which numbered about 2,500 when 2023 ended, is now smaller.");

        Assert.Equal(2500, e.Quantity?.Value);
        Assert.Equal("iraq", e.Location?.Id);
        Assert.Equal("2023-12", e.Time?.Start);
    }

    [Fact]
    public void Remains_of_the_dead_still_block_a_force_size()
    {
        var events = _extractor.ExtractText("size.txt", "The remains of 40 soldiers were returned to their families on Monday.").Events;

        Assert.DoesNotContain(events, e => e.Type == "military.troop_level");
    }

    [Fact]
    public void Force_leaving_a_named_place_is_a_withdrawal_from_it()
    {
        var e = Assert.Single(_extractor.ExtractText("size.txt", "Russia, whose peacekeepers left Karabakh in 2024, kept its base in Armenia.").Events,
            x => x.Type == "military.withdrawal");

        Assert.Equal("karabakh", e.Location?.Id);
        Assert.Equal("2024", e.Time?.Start);
    }

    [Fact]
    public void Person_leaving_a_city_is_not_a_withdrawal()
    {
        Assert.DoesNotContain(_extractor.ExtractText("size.txt", "The foreign minister left Ankara for Doha on Monday after the talks.").Events,
            x => x.Type == "military.withdrawal");
    }

    [Fact]
    public void Base_kept_today_is_not_dated_by_a_clause_about_the_past()
    {
        var e = Assert.Single(_extractor.ExtractText("size.txt", "Russia, whose peacekeepers left Karabakh in 2024, still keeps a base in Gyumri.").Events,
            x => x.Type == "military.base");

        Assert.Null(e.Time);
    }

    [Fact]
    public void Installation_hosting_a_foreign_force_is_a_base_of_that_force()
    {
        var e = Assert.Single(_extractor.ExtractText("size.txt", "Incirlik, which hosts American bomber squadrons, was put on alert on Monday.").Events,
            x => x.Type == "military.base");

        Assert.Equal("united_states", e.Actor?.Id);
    }

    [Fact]
    public void A_national_army_acts_as_itself_on_its_states_side()
    {
        var e = Assert.Single(_extractor.ExtractText("size.txt", "The Iraqi army arrested four men in Anbar on Tuesday, a security official said.").Events,
            x => x.Type == "security.raid");

        Assert.Equal("iraqi_security_forces", e.Actor?.Id);
        Assert.Equal("iraq", e.Actor?.Side);
    }

    [Fact]
    public void Size_compared_with_an_earlier_one_states_both_levels()
    {
        var levels = _extractor.ExtractText("size.txt", "Forces in the Baltics\n\nLONDON, March 3, 2026 (Reuters) - Britain keeps about 400 troops in Estonia, officials say, down from roughly 900 at the end of 2023.").Events
            .Where(x => x.Type == "military.troop_level").OrderBy(x => x.Quantity?.Value).ToList();

        Assert.Equal(2, levels.Count);
        Assert.Equal(400, levels[0].Quantity?.Value);
        Assert.Null(levels[0].Time);
        Assert.Equal("estonia", levels[0].Location?.Id);
        Assert.Equal(900, levels[1].Quantity?.Value);
        Assert.Equal("2023-12", levels[1].Time?.Start);
        Assert.Equal("historical", levels[1].Status);
    }

    [Fact]
    public void Past_size_in_a_sentence_dated_before_the_news_window_is_background()
    {
        var e = Level("Gulf Monitor, 9 February 2026\n\nDuring the crisis that began in April 2024, the Pentagon had about 35,000 service members across Central Command's area.");

        Assert.Equal("historical", e.Status);
        Assert.Equal("middle_east", e.Location?.Id);
        Assert.Equal(35000, e.Quantity?.Value);
    }

    [Fact]
    public void A_count_left_told_in_a_later_sentence_is_a_new_level_of_the_same_force()
    {
        var events = _extractor.ExtractText("size.txt", "Gulf Monitor, 9 March 2026\n\nThe garrison thins out\n\nBritain had about 1,200 soldiers in Estonia at the start of last year. After two rotations were cancelled, fewer than 500 now remain, a defence official said.").Events;

        var left = Assert.Single(events, e => e.Type == "military.troop_level" && e.Quantity?.Value == 500);
        Assert.Equal("ongoing", left.Status);
        Assert.Equal("united_kingdom", left.Actor?.Side);
        Assert.Equal("estonia", left.Location?.Id);
    }

    [Fact]
    public void A_size_that_has_fallen_later_in_the_sentence_is_the_current_level()
    {
        var events = _extractor.ExtractText("size.txt", "Gulf Monitor, 9 March 2026\n\nThe garrison thins out\n\nFrance had about 3,000 troops in Chad in 2023, a number that has since fallen below 1,000.").Events;

        Assert.Contains(events, e => e.Type == "military.troop_level" && e.Quantity?.Value == 1000 && e.Status == "ongoing");
    }
}
