using Sitrep.Evaluation;
using Xunit;

namespace Sitrep.Tests.Quality;

/// <summary>The per-event-type figures: counted from the scorer's own matching, shown only when asked for.</summary>
public sealed class PerTypeTests : IDisposable
{
    private const string Aliases = """
        {"US": {"type": "country", "names": ["United States"]}, "SYRIA": {"type": "country", "names": ["Syria"]}}
        """;

    private const string Empty = """
        "document": {"title": null, "outlet": null, "republisher": null, "published": null},
        "boilerplate": [], "keep": [], "entities": [], "framing": {"required": [], "optional": []}
        """;

    // a1: two required events and an optional one whose first accepted type is not the predicted type.
    private const string GoldA1 = "{" + Empty + """
        , "events": [
          {"type": ["military.base"], "status": ["planned"], "actor": ["US"], "location": null, "time": null, "quantity": null},
          {"type": ["military.troop_level"], "status": ["ongoing"], "actor": ["US"], "location": null, "time": null, "quantity": null, "required": true},
          {"type": ["diplomacy.agreement", "diplomacy.meeting"], "status": ["planned"], "actor": ["SYRIA"], "location": null, "time": null, "quantity": null, "required": false}
        ]}
        """;

    // b2 has no prediction: its required event counts as missed.
    private const string GoldB2 = "{" + Empty + """
        , "events": [{"type": ["diplomacy.meeting", "diplomacy.agreement"], "status": ["ongoing"], "actor": ["SYRIA"], "location": null, "time": null, "quantity": null}]}
        """;

    private static readonly string[] Predictions =
    [
        """{"document": {"source": "a1.txt"}, "entities": [{"id": "us", "name": "United States"}, {"id": "syr", "name": "Syria"}], "events": [{"type": "military.strike", "status": "completed", "actor": {"id": "us"}}, {"type": "military.base", "status": "planned", "actor": {"id": "us"}}, {"type": "military.base", "status": "planned", "actor": {"id": "us"}}, {"type": "diplomacy.meeting", "status": "planned", "actor": {"id": "syr"}}]}""",
    ];

    private const string ExpectedPerTypeJson = """
        , "per_type": {"diplomacy.meeting": {"predicted": 1, "matched": 1, "precision": 1.0, "required": 1, "required_hit": 0, "recall": 0.0}, "military.base": {"predicted": 2, "matched": 1, "precision": 0.5, "required": 1, "required_hit": 1, "recall": 1.0}, "military.strike": {"predicted": 1, "matched": 0, "precision": 0.0, "required": 0, "required_hit": 0, "recall": null}, "military.troop_level": {"predicted": 0, "matched": 0, "precision": null, "required": 1, "required_hit": 0, "recall": 0.0}}}
        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-pertype-" + Guid.NewGuid().ToString("N"));

    public PerTypeTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "aliases.json"), Aliases);
        File.WriteAllText(Path.Combine(_dir, "a1.json"), GoldA1);
        File.WriteAllText(Path.Combine(_dir, "b2.json"), GoldB2);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void CountsPredictionsByTheirTypeAndRequiredGoldByItsFirstAcceptedType()
    {
        var report = Scorer.Score(_dir, Predictions);

        Assert.Equal(["diplomacy.meeting", "military.base", "military.strike", "military.troop_level"], report.PerType.Keys);
        Assert.Equal(new TypeScore(1, 1, 1, 0), report.PerType["diplomacy.meeting"]);
        Assert.Equal(new TypeScore(2, 1, 1, 1), report.PerType["military.base"]);
        Assert.Equal(new TypeScore(1, 0, 0, 0), report.PerType["military.strike"]);
        Assert.Equal(new TypeScore(0, 0, 1, 0), report.PerType["military.troop_level"]);
        Assert.Equal(0.5, report.PerType["military.base"].Precision);
        Assert.Null(report.PerType["military.strike"].Recall);
        Assert.Null(report.PerType["military.troop_level"].Precision);
    }

    [Fact]
    public void AddsUpToTheCorpusEventFigures()
    {
        var report = Scorer.Score(_dir, Predictions);
        var all = report.PerType.Values;
        var total = new TypeScore(all.Sum(s => s.Predicted), all.Sum(s => s.Matched), all.Sum(s => s.Required), all.Sum(s => s.RequiredHit));

        Assert.Equal(new TypeScore(4, 2, 3, 1), total);
        Assert.Equal(report.EventPrecision, total.Precision);
        Assert.Equal(report.EventRecall, total.Recall);
    }

    [Fact]
    public void TheTableIsPrintedOnlyWhenAskedFor()
    {
        var report = Scorer.Score(_dir, Predictions);

        Assert.DoesNotContain("per_type", report.ToText(), StringComparison.Ordinal);
        Assert.DoesNotContain("per_type", report.ToJson(includeDiagnostics: true), StringComparison.Ordinal);
        var text = report.ToText(perType: true);
        Assert.StartsWith(report.ToText(), text, StringComparison.Ordinal);
        Assert.Equal(
            "per_type                   predicted  matched  precision  required  hit  recall\n"
            + "  diplomacy.meeting                1        1      1.000         1    0   0.000\n"
            + "  military.base                    2        1      0.500         1    1   1.000\n"
            + "  military.strike                  1        0      0.000         0    0       -\n"
            + "  military.troop_level             0        0          -         1    0   0.000\n",
            text[report.ToText().Length..]);
        var json = report.ToJson(perType: true);
        Assert.StartsWith(report.ToJson()[..^1], json, StringComparison.Ordinal);
        Assert.EndsWith(ExpectedPerTypeJson, json, StringComparison.Ordinal);
    }
}
