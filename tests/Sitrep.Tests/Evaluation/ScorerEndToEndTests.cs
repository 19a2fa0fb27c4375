using Sitrep.Evaluation;
using Xunit;

namespace Sitrep.Tests.Evaluation;

public sealed class ScorerEndToEndTests : IDisposable
{
    private const string Aliases = """
        {
          "US": {"type": "country", "names": ["United States", "US", "U.S."]},
          "DAMASCUS": {"type": "place", "names": ["Damascus"]},
          "SYRIA": {"type": "country", "names": ["Syria", "Syrian government"]},
          "PRESSTV": {"type": "organization", "names": ["Press TV", "PressTV"]}
        }
        """;

    private const string GoldA1 = """
        {
          "document": {"title": "Base plans at Damascus", "outlet": ["Press TV"], "republisher": null, "published": "2025-11"},
          "boilerplate": ["Subscribe to our newsletter"],
          "keep": ["The United States is preparing"],
          "entities": ["US", "DAMASCUS", "SYRIA"],
          "events": [
            {"type": ["military.base"], "status": ["planned"], "actor": ["US"], "location": ["DAMASCUS"], "time": null, "quantity": null, "required": true},
            {"type": ["military.troop_level"], "status": ["ongoing"], "actor": ["US"], "location": ["SYRIA"], "time": "2025-10", "quantity": [2000], "required": true},
            {"type": ["diplomacy.meeting"], "status": ["planned"], "actor": ["SYRIA"], "location": null, "time": null, "quantity": null, "required": false}
          ],
          "framing": {"required": ["so-called", "Israeli regime"], "optional": ["regime"]},
          "shares_text_with": ["b2"]
        }
        """;

    private const string GoldB2 = """
        {
          "document": {"title": null, "outlet": null, "republisher": null, "published": null},
          "boilerplate": [],
          "keep": ["Talks continued"],
          "entities": ["SYRIA"],
          "events": [
            {"type": ["diplomacy.meeting"], "status": ["ongoing"], "actor": ["SYRIA"], "location": null, "time": null, "quantity": null, "required": true}
          ],
          "framing": {"required": [], "optional": []},
          "shares_text_with": ["a1"]
        }
        """;

    // A bad line, a document no gold file claims, and a partial prediction for a1 (b2 is missing).
    private static readonly string[] Predictions =
    [
        "{oops",
        """{"document": {"id": "zz", "source": "zz.txt"}}""",
        """{"document": {"id": "doc-a1", "source": "reports/a1.txt", "title": "Base Plans at Damascus!", "outlet": "PressTV", "republisher": null, "published": "2025-11-06", "body": "The United States is preparing a base. Subscribe to our newsletter", "shares_text_with": ["b2.txt"], "duplicate_of": "doc-a1"}, "entities": [{"id": "us", "name": "United States", "mentions": ["Washington"]}, {"id": "dam", "name": "Damascus International Airport"}, {"id": "syr", "name": "Syria", "mentions": [{"text": "Syrian government"}]}], "events": [{"type": "military.strike", "status": "completed", "actor": {"id": "us"}, "evidence": {"sentence": "Strikes were reported."}}, {"type": "military.troop_level", "status": "completed", "actor": {"id": "us"}, "location": {"id": "syr", "name": "Syria"}, "time": {"start": "2025-10-03", "end": null}, "quantity": {"value": 2005, "unit": "troops"}}, {"type": "military.base", "status": "planned", "actor": {"id": "us", "name": "United States"}, "location": {"id": "dam", "name": "Damascus International Airport"}}, {"type": "diplomacy.meeting", "status": "planned", "actor": {"name": "Officials"}, "target": {"id": "syr"}}], "framing": [{"term": "so called"}, {"term": "regime"}, {"term": "ab"}]}""",
    ];

    // What the reference scorer prints for these files (--json, then the default layout).
    private const string ExpectedJson =
        """{"documents": 2, "missing_documents": 1, "duplicate_documents": 0, "bad_json_lines": 1, "event_precision": 0.75, "event_recall": 0.667, "event_f1": 0.706, "status_accuracy": 0.667, "time_accuracy": 1.0, "quantity_accuracy": 1.0, "entity_recall": 0.5, "framing_recall": 1.0, "framing_precision": 0.667, "boilerplate_removed": 0.0, "body_kept": 0.5, "metadata_accuracy": 0.5, "shared_text_recall": 0.5, "shared_text_false_pairs": 1, "per_document": {"a1": "events tp=3/4 req=2/2", "b2": "MISSING"}}""";

    private const string ExpectedText = """
        documents                  2
        missing_documents          1
        duplicate_documents        0
        bad_json_lines             1
        event_precision            0.75
        event_recall               0.667
        event_f1                   0.706
        status_accuracy            0.667
        time_accuracy              1.0
        quantity_accuracy          1.0
        entity_recall              0.5
        framing_recall             1.0
        framing_precision          0.667
        boilerplate_removed        0.0
        body_kept                  0.5
        metadata_accuracy          0.5
        shared_text_recall         0.5
        shared_text_false_pairs    1
          a1: events tp=3/4 req=2/2
          b2: MISSING

        """;

    private readonly string _dir = Path.Combine(Path.GetTempPath(), "sitrep-eval-" + Guid.NewGuid().ToString("N"));

    public ScorerEndToEndTests()
    {
        Directory.CreateDirectory(_dir);
        File.WriteAllText(Path.Combine(_dir, "aliases.json"), Aliases);
        File.WriteAllText(Path.Combine(_dir, "a1.json"), GoldA1);
        File.WriteAllText(Path.Combine(_dir, "b2.json"), GoldB2);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ScoresAPredictionFileLikeTheReferenceScorer()
    {
        var pred = Path.Combine(Path.GetTempPath(), "sitrep-eval-" + Guid.NewGuid().ToString("N") + ".jsonl");
        try
        {
            // A byte order mark and CRLF line ends are accepted.
            File.WriteAllText(pred, "\uFEFF" + string.Join("\r\n", Predictions) + "\r\n");
            var report = Scorer.Score(_dir, pred);

            Assert.Equal(ExpectedJson, report.ToJson());
            Assert.Equal(ExpectedText.ReplaceLineEndings("\n"), report.ToText());
            Assert.Equal(0.75, report.EventPrecision);
            Assert.Equal(1, report.BadJsonLines);
        }
        finally
        {
            File.Delete(pred);
        }
    }

    [Fact]
    public void ReportsTheVerboseDiagnostics()
    {
        var report = Scorer.Score(_dir, Predictions);

        string[] expected =
        [
            "  FP   a1: military.strike actor=['united states', 'washington'] loc=[] | Strikes were reported.",
            "  ATTR a1: military.troop_level status=completed time={'start': '2025-10-03', 'end': None} "
                + "qty={'value': 2005, 'unit': 'troops'} want ['ongoing'] 2025-10 [2000]",
        ];
        Assert.Equal(expected, report.Diagnostics);
        Assert.Equal(ExpectedJson, report.ToJson());
    }

    [Fact]
    public void ListsMissedRequiredGoldEvents()
    {
        var report = Scorer.Score(_dir, ["""{"document": {"source": "a1.txt"}, "events": []}"""]);

        string[] expected =
        [
            """  MISS a1: {"type": ["military.base"], "status": ["planned"], "actor": ["US"], "location": ["DAMASCUS"], "time": null, "quantity": null, "required": true}""",
            """  MISS a1: {"type": ["military.troop_level"], "status": ["ongoing"], "actor": ["US"], "location": ["SYRIA"], "time": "2025-10", "quantity": [2000], "required": true}""",
        ];
        Assert.Equal(expected, report.Diagnostics);
        Assert.Equal("events tp=0/0 req=0/2", report.PerDocument["a1"]);
        Assert.Null(report.EventPrecision);
    }

    [Fact]
    public void AMissingDocumentCountsAsMissedEverywhere()
    {
        var report = Scorer.Score(_dir, Array.Empty<string>());

        Assert.Equal(2, report.MissingDocuments);
        Assert.Equal(0.0, report.EventRecall);
        Assert.Equal(0.0, report.EventF1);
        Assert.Equal(0.0, report.MetadataAccuracy);
        Assert.Null(report.FramingPrecision);
        Assert.Equal("MISSING", report.PerDocument["a1"]);
        Assert.Empty(report.Diagnostics);
    }
}
