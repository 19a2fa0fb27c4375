using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// Wording the trigger rules must read: a push with words between the verb and "into", drone flights, a new
/// post or hangars, a rejected deal, a deal that "was agreed", a force that could shrink; and wording they must
/// not read as events: blast walls, a relative clause about a long fight, an aid convoy, people held by a group,
/// anonymity to discuss, and a presence that is being wound down.
/// </summary>
public class RuleVocabularyTests : IClassFixture<BundledKnowledge>
{
    private const string Header = "Gulf Monitor, 4 May 2026\n\nA day on the frontier\n\n";

    private readonly ReportExtractor _extractor;

    public RuleVocabularyTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string body) => _extractor.ExtractText("rules.txt", Header + body).Events;

    [Theory]
    [InlineData("A Turkish armoured column pushed before sunrise on Monday into the village of Tal Rifaat, residents said.", "military.incursion", true)]
    [InlineData("Israeli drones flew for hours on Sunday over the villages of the southern countryside, residents said.", "military.recon", true)]
    [InlineData("Russian engineers set up a new military point on a hill outside the town of Tal Tamr last week, residents said.", "military.base", true)]
    [InlineData("Work crews at the Russian air base near Qamishli are building three new hangars, local sources said.", "military.base", true)]
    [InlineData("The handover of the airfield was agreed in March, when the Turkish and Iraqi defence ministers met in Ankara.", "diplomacy.agreement", true)]
    [InlineData("Officials said the French force in Iraq could shrink further next year.", "military.withdrawal", true)]
    [InlineData("The lorries carried concrete blast walls and water tanks to the Russian base, drivers said.", "military.clash", false)]
    [InlineData("Lebanon, which has fought smugglers along its eastern border for years, welcomed the new border agreement.", "military.clash", false)]
    [InlineData("A humanitarian convoy of 15 trucks carrying food entered the town of Jasim on Friday.", "military.incursion", false)]
    [InlineData("A humanitarian convoy of 15 trucks carrying food entered the town of Jasim on Friday.", "military.deployment", false)]
    [InlineData("The deal frees 20 people held by armed groups in the province.", "territory.control", false)]
    [InlineData("Some 300 British troops left the base on Monday, two officials said, speaking on condition of anonymity to discuss troop movements.", "diplomacy.meeting", false)]
    [InlineData("Paris says it is winding down its military presence in Mali.", "military.base", false)]
    public void The_wording_is_read_as_the_event_or_not(string sentence, string type, bool read)
    {
        Assert.Equal(read, Events(sentence).Any(e => e.Type == type));
    }

    [Fact]
    public void A_party_rejecting_the_deal_denies_the_agreement()
    {
        var events = Events("Turkey rejected the deal on Tuesday, saying it had not been consulted.");

        var deal = Assert.Single(events, e => e.Type == "diplomacy.agreement");
        Assert.Equal("denied", deal.Status);
    }
}
