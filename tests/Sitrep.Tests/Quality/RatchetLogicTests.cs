using Sitrep.Evaluation;
using Xunit;

namespace Sitrep.Tests.Quality;

/// <summary>The ratchet's own rules: how the block is read and when a measured value counts as a drop.</summary>
public sealed class RatchetLogicTests
{
    private const string Markdown = """
        # Quality

        ```ratchet
        corpus: own
        event_f1: 0.41        # bar 0.75
        body_kept: 1.0

        corpus: seeds
        event_f1: 0.95
        ```
        """;

    [Fact]
    public void ReadsEveryCorpusSectionAndIgnoresComments()
    {
        var floors = Ratchet.Parse(Markdown);

        Assert.Equal(0.41, floors["own"]["event_f1"]);
        Assert.Equal(1.0, floors["own"]["body_kept"]);
        Assert.Equal(0.95, Assert.Single(floors["seeds"]).Value);
    }

    [Theory]
    [InlineData("no block at all")]
    [InlineData("```ratchet\ncorpus: own\nevent_f1: 0.4\n")]
    [InlineData("```ratchet\nevent_f1: 0.4\n```")]
    [InlineData("```ratchet\ncorpus: own\nevent_f1: 0.4\nevent_f1: 0.5\n```")]
    [InlineData("```ratchet\ncorpus: own\nevent_fl: 0.4\n```")]
    [InlineData("```ratchet\ncorpus: own\nevent_f1: high\n```")]
    public void RejectsABlockItCannotReadWithCertainty(string markdown) =>
        Assert.Throws<FormatException>(() => Ratchet.Parse(markdown));

    [Fact]
    public void TheDocumentRecordsFloorsForBothCorpora()
    {
        var floors = Ratchet.Load();

        Assert.Contains("event_f1", floors["own"].Keys);
        Assert.Contains("event_f1", floors["seeds"].Keys);
    }

    [Fact]
    public void AValueAtTheFloorPassesAndOneBelowItFails()
    {
        var floors = Ratchet.Metrics.ToDictionary(m => m.Name, _ => 0.5);

        Assert.Empty(Ratchet.Shortfalls(floors, Report(0.5)));
        Assert.Empty(Ratchet.Shortfalls(floors, Report(0.9)));
        var shortfalls = Ratchet.Shortfalls(floors, Report(0.5) with { EventF1 = 0.499 });
        Assert.Equal("event_f1: recorded floor 0.500, measured 0.499", Assert.Single(shortfalls));
    }

    [Fact]
    public void AMetricThatIsNoLongerMeasuredOrHasNoFloorIsReported()
    {
        var floors = Ratchet.Metrics.Where(m => m.Name != "body_kept").ToDictionary(m => m.Name, _ => 0.5);

        var shortfalls = Ratchet.Shortfalls(floors, Report(0.5) with { TimeAccuracy = null });

        Assert.Equal(["time_accuracy: recorded floor 0.500, measured none", "body_kept: no floor recorded, measured 0.500"], shortfalls);
    }

    [Theory]
    [InlineData(0.419, 0.41)]
    [InlineData(0.29, 0.29)]
    [InlineData(0.57, 0.57)]
    [InlineData(1.0, 1.0)]
    [InlineData(0.009, 0.0)]
    public void TheFloorOfAValueIsItRoundedDownToTwoDecimals(double measured, double floor) =>
        Assert.Equal(floor, Ratchet.FloorOf(measured));

    private static ScoreReport Report(double v) =>
        new(1, 0, 0, 0, v, v, v, v, v, v, v, v, v, v, v, v, v, 0, new Dictionary<string, string>(), []);
}
