using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// A force kept somewhere ("still keeps its troops at X"), a mission whose mandate ends, and one victim named with
/// an article ("shot dead a teacher").
/// </summary>
public class PresenceAndMandateTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public PresenceAndMandateTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("presence.txt", text).Events;

    [Fact]
    public void A_force_a_state_keeps_somewhere_is_an_ongoing_deployment()
    {
        var events = Events("Desert Desk, 8 July 2026\n\nGarrison stays put\n\nWashington keeps its soldiers at al-Tanf, a desert garrison near the Jordanian border, officials say.");

        var kept = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("ongoing", kept.Status);
        Assert.Equal("al_tanf_garrison", kept.Location?.Id);
    }

    [Fact]
    public void A_kept_force_is_not_dated_by_the_clause_that_tells_how_it_got_there()
    {
        var events = Events("Desert Desk, 8 July 2026\n\nPosts on the ridge\n\nIsrael keeps troops at seven positions inside the buffer zone, which it seized in December 2024 after the fall of Bashar al-Assad.");

        var kept = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("ongoing", kept.Status);
        Assert.Null(kept.Time?.Start);
    }

    [Fact]
    public void Ending_a_missions_mandate_is_a_withdrawal_from_the_country_it_serves()
    {
        var events = Events("Border Desk, 8 July 2026\n\nPeacekeepers to go\n\nIsraeli drones flew over Tyre and other towns in southern Lebanon on Monday, and residents across Lebanon heard them. Council members agreed to end the mandate of UNIFIL, and its peacekeepers will go home next year.");

        var withdrawal = Assert.Single(events, e => e.Type == "military.withdrawal");
        Assert.Equal("lebanon", withdrawal.Location?.Id);
    }

    [Fact]
    public void A_teacher_shot_dead_is_one_civilian_victim()
    {
        var events = Events("Desert Desk, 8 July 2026\n\nKilling in a village\n\nOn Monday, a gunman on foot shot dead a teacher near the market in Hajin, relatives said.");

        var killing = Assert.Single(events, e => e.Type == "violence.civilians");
        Assert.Equal(1, killing.Quantity?.Value);
    }
}
