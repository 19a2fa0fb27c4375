using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>A presence said not to exist, and weapons systems sent somewhere.</summary>
public class DeniedPresenceTests : IClassFixture<BundledKnowledge>
{
    private const string Dateline = "ANKARA, November 12, 2026 (Reuters) - ";

    private readonly ReportExtractor _extractor;

    public DeniedPresenceTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", Dateline + text).Events;

    [Fact]
    public void There_is_no_base_denies_the_base()
    {
        var events = Events("\"There is no Turkish base at the Tiyas airbase,\" the ministry spokesman told reporters.");

        var denied = Assert.Single(events, e => e.Type == "military.base");
        Assert.Equal("denied", denied.Status);
    }

    [Fact]
    public void Air_defence_batteries_and_drones_sent_to_a_base_are_a_deployment()
    {
        var events = Events("Ankara plans to deploy air defense batteries and armed drones to the Tiyas airbase in the coming months, a newspaper reported.");

        var deployment = Assert.Single(events, e => e.Type == "military.deployment");
        Assert.Equal("turkey", deployment.Actor?.Id);
        Assert.Equal("planned", deployment.Status);
    }
}
