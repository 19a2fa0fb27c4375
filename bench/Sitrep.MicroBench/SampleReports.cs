using Sitrep.Bench;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Corpus;
using Sitrep.Core.Events;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Metadata;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.MicroBench;

/// <summary>
/// The benchmarks' inputs: reports from the extraction benchmark's generator (seed 42, every style: wire, state
/// media, think tank, web text, HTML), each run once through the stages in the order of
/// <see cref="ReportExtractor"/> so that every stage has its real input ready.
/// </summary>
public sealed class SampleReports
{
    /// <summary>Reports per pass of a stage benchmark: figures are per report.</summary>
    public const int Count = 40;

    /// <summary>HTML pages per pass of the HTML benchmark.</summary>
    public const int HtmlCount = 8;

    private SampleReports(KnowledgeBase kb, IReadOnlyList<PreparedReport> reports, IReadOnlyList<PreparedReport> html)
    {
        Knowledge = kb;
        Reports = reports;
        Html = html;
    }

    public KnowledgeBase Knowledge { get; }

    /// <summary>The first <see cref="Count"/> generated reports, all styles mixed as the generator mixes them.</summary>
    public IReadOnlyList<PreparedReport> Reports { get; }

    /// <summary>The first <see cref="HtmlCount"/> generated HTML pages.</summary>
    public IReadOnlyList<PreparedReport> Html { get; }

    public static SampleReports Load()
    {
        var data = KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("the data folder was not found above the program");
        var kb = KnowledgeBaseLoader.Load(data);
        var generated = new CorpusGenerator(NamePools.From(kb), new CorpusSettings(400, 42)).Generate().ToList();
        var stages = new Stages(kb);
        var reports = generated.Take(Count).Select(stages.Prepare).ToList();
        var html = generated.Where(g => g.Style == ReportStyle.Html).Take(HtmlCount).Select(stages.Prepare).ToList();
        return reports.Count == Count && html.Count == HtmlCount
            ? new SampleReports(kb, reports, html)
            : throw new InvalidOperationException("the generator gave fewer sample reports than the benchmarks need");
    }

    /// <summary>Runs the pipeline's stages on one report, keeping each stage's output.</summary>
    private sealed class Stages(KnowledgeBase kb)
    {
        private readonly FurnitureRemover _furniture = new(kb.Furniture);
        private readonly MetadataReader _metadata = new(kb);
        private readonly EntityRecognizer _recognizer = new(kb);

        public PreparedReport Prepare(GeneratedReport g)
        {
            var decoded = TextDecoder.Decode(g.Bytes);
            var raw = decoded.Text ?? throw new InvalidOperationException($"{g.Name}: {decoded.Error}");
            var isHtml = g.Style == ReportStyle.Html;
            var cleaned = isHtml ? HtmlMainText.Extract(raw) : new CleanedText(TextLines(raw), PageHints.None, false);
            var lines = cleaned.Lines;
            cleaned = cleaned with { Lines = _furniture.Apply(lines) };
            var parts = ReportLayout.Split(cleaned);
            var meta = _metadata.Read(parts, cleaned.Hints);
            var text = new AnalyzedText(parts.Body);
            var times = TimeExpressionFinder.Find(text.Body, text.Tokens);
            var published = meta.Published ?? PublicationInference.Infer(text, times).Date;
            var known = _recognizer.Recognize(text);
            var mentions = UnknownNameDetector.WithUnknownNames(text, known);
            var context = new SentenceContext(text, mentions);
            return new PreparedReport(g.Name, g.Bytes, raw, isHtml, lines, parts.Body, text, times, mentions, context,
                ReportExtractor.DocumentId(parts.Body), published, meta.Outlet, [.. TextReuse.Shingles(parts.Body)]);
        }

        // Plain text becomes one line per line break, as in the pipeline.
        private static List<Line> TextLines(string raw) =>
            [.. raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => new Line(l, false, null))];
    }
}
