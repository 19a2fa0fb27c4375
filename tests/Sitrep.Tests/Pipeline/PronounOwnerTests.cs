using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Pronouns that tell whose strikes or positions a sentence speaks of, and the party urged to act.</summary>
public class PronounOwnerTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "BEIRUT, November 12, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public PronounOwnerTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void Positions_a_party_has_held_are_its_own_and_still_held_whatever_is_demanded()
    {
        var events = Events("Beirut's envoy demanded that Israel leave the three ridge positions it has held in southern Lebanon.");

        var posts = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("israel", posts.Actor?.Id);
        Assert.Equal("ongoing", posts.Status);
    }

    [Fact]
    public void A_possessive_pronoun_names_whose_strikes_they_are()
    {
        var events = Events("The Lebanese delegation asked that Israel halt its almost daily strikes on border villages.");

        var strike = Assert.Single(events, e => e.Type == "military.strike");
        Assert.Equal("israel", strike.Actor?.Id);
    }

    [Fact]
    public void A_party_governed_by_a_preposition_is_not_what_the_pronoun_stands_for()
    {
        var events = Events("Hezbollah has rebuilt its tunnels since the fall of the former Syrian government, and its raids on border posts have grown more frequent.");

        Assert.DoesNotContain(events, e => e.Type is "security.raid" or "military.incursion" && e.Actor?.Id == "syria");
    }

    [Fact]
    public void The_party_urged_to_withdraw_is_who_would_withdraw_and_has_not_yet()
    {
        var events = Events("Qatar pressed Israel to pull out of the villages near the ceasefire line.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("israel", withdrawal.Actor?.Id);
        Assert.Equal("planned", withdrawal.Status);
    }

    [Fact]
    public void An_aim_for_a_party_is_no_demand_made_of_it()
    {
        var events = Events("The visit laid the groundwork for Russia to keep its naval base at Tartus.");

        Assert.DoesNotContain(events, e => e.Type == "military.base" && e.Status == "planned");
    }
}
