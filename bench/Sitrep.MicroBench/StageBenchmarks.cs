using BenchmarkDotNet.Attributes;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Corpus;
using Sitrep.Core.Events;
using Sitrep.Core.Framing;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Time;

namespace Sitrep.MicroBench;

/// <summary>
/// The pipeline's hot stages, each called through the entry point <c>StageProfiler</c> uses, on the prepared
/// sample reports. Every figure is per report (a pass over the sample, divided by its size).
/// </summary>
/// <remarks>
/// <see cref="AnalyzedText"/> builds its word-key arrays on first use and keeps them, as one report's stages share
/// them in the pipeline; here they were built while preparing, so the recognition and framing figures leave them
/// out. The whole <see cref="ReportExtractor.Extract"/> includes them.
/// </remarks>
[MemoryDiagnoser]
public class StageBenchmarks
{
    // Loaded once per process: every benchmark of the class shares one knowledge base and one sample.
    private static readonly Lazy<SampleReports> Shared = new(SampleReports.Load);

    private PreparedReport[] _reports = [];
    private PreparedReport[] _html = [];
    private FurnitureRemover _furniture = null!;
    private EntityRecognizer _recognizer = null!;
    private TriggerFinder _triggers = null!;
    private EventExtractor _events = null!;
    private FramingDetector _framing = null!;
    private ReportExtractor _extractor = null!;

    [GlobalSetup]
    public void Setup()
    {
        var sample = Shared.Value;
        var kb = sample.Knowledge;
        _reports = [.. sample.Reports];
        _html = [.. sample.Html];
        _furniture = new FurnitureRemover(kb.Furniture);
        _recognizer = new EntityRecognizer(kb);
        _triggers = new TriggerFinder(kb.EventRules, kb.Words);
        _events = new EventExtractor(kb);
        _framing = new FramingDetector(kb);
        _extractor = new ReportExtractor(kb);
    }

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "tokenize+sentences (new AnalyzedText)")]
    public int TokenizeAndSentences() => Sum(_reports, r => new AnalyzedText(r.Body).Sentences.Count);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "furniture (FurnitureRemover.Apply)")]
    public int Furniture() => Sum(_reports, r => _furniture.Apply(r.Lines).Count);

    [Benchmark(OperationsPerInvoke = SampleReports.HtmlCount, Description = "HTML main text (HtmlMainText.Extract), per page")]
    public int HtmlMain() => Sum(_html, r => HtmlMainText.Extract(r.Raw).Lines.Count);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "entity recognition (EntityRecognizer.Recognize)")]
    public int Entities() => Sum(_reports, r => _recognizer.Recognize(r.Text).Count);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "time expressions (TimeExpressionFinder.Find)")]
    public int TimeExpressions() => Sum(_reports, r => TimeExpressionFinder.Find(r.Text.Body, r.Text.Tokens).Count);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "event triggers (TriggerFinder.Find, every sentence)")]
    public int Triggers() => Sum(_reports, r => Enumerable.Range(0, r.Text.Sentences.Count).Sum(s => _triggers.Find(r.Text, s, r.Context.BySentence[s]).Count));

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "events: triggers + build (EventExtractor.Extract)")]
    public int Events() => Sum(_reports, r => _events.Extract(r.DocumentId, r.Context, r.Times, r.Published, r.Outlet).Count);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "framing (FramingDetector.Detect)")]
    public int Framing() => Sum(_reports, r => _framing.Detect(r.Text).Count);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "MinHash signature (MinHash.Signature of the shingles)")]
    public int MinHashSignature() => Sum(_reports, r => (int)MinHash.Signature(r.Shingles)[0]);

    [Benchmark(OperationsPerInvoke = SampleReports.Count, Description = "whole report (ReportExtractor.Extract)")]
    public int WholeReport() => Sum(_reports, r => _extractor.Extract(new SourceDocument(r.Name, r.Bytes)).Report?.Events.Count ?? 0);

    // Runs a stage on every report of a set; the sum of its results keeps the work from being optimised away.
    private static int Sum(PreparedReport[] set, Func<PreparedReport, int> stage)
    {
        var n = 0;
        foreach (var r in set)
        {
            n += stage(r);
        }

        return n;
    }
}
