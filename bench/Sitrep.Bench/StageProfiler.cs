using System.Diagnostics;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Events;
using Sitrep.Core.Framing;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Metadata;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Bench;

/// <summary>Time spent in one stage over a whole pass, and the bytes it allocated.</summary>
public sealed record StageTime(string Stage, double Milliseconds, int Calls, long AllocatedBytes);

/// <summary>
/// A stopwatch breakdown of the pipeline: runs the same stages as <see cref="ReportExtractor"/> in the same order,
/// calling each stage class directly and timing it. Its total is close to, not identical with, a plain run: if the
/// pipeline changes, this copy of its order must follow.
/// </summary>
public sealed class StageProfiler
{
    private static readonly string[] Order =
    [
        "decode", "clean: html", "clean: text lines", "furniture", "layout", "metadata", "tokenize+sentences",
        "time expressions", "publication inference", "entity recognition", "sentence context", "document id",
        "events", "framing", "unknown names+aggregate",
    ];

    private readonly FurnitureRemover _furniture;
    private readonly MetadataReader _metadata;
    private readonly EntityRecognizer _recognizer;
    private readonly EventExtractor _events;
    private readonly FramingDetector _framing;
    private readonly WordIds _words;
    private readonly Dictionary<string, (long Ticks, int Calls, long Bytes)> _acc = new(StringComparer.Ordinal);

    public StageProfiler(KnowledgeBase kb)
    {
        _furniture = new FurnitureRemover(kb.Furniture);
        _metadata = new MetadataReader(kb);
        _recognizer = new EntityRecognizer(kb);
        _events = new EventExtractor(kb);
        _framing = new FramingDetector(kb);
        _words = kb.Words;
    }

    public IReadOnlyList<StageTime> Run(IReadOnlyList<CorpusFile> corpus, int warmUp)
    {
        for (var i = 0; i < warmUp && corpus.Count > 0; i++)
        {
            One(corpus[i % corpus.Count]);
        }

        _acc.Clear();
        foreach (var f in corpus)
        {
            One(f);
        }

        return [.. Order.Where(_acc.ContainsKey).Select(s => new StageTime(s, _acc[s].Ticks * 1000.0 / Stopwatch.Frequency, _acc[s].Calls, _acc[s].Bytes))];
    }

    private T Time<T>(string stage, Func<T> step)
    {
        var b0 = GC.GetAllocatedBytesForCurrentThread();
        var t0 = Stopwatch.GetTimestamp();
        var result = step();
        var dt = Stopwatch.GetTimestamp() - t0;
        var db = GC.GetAllocatedBytesForCurrentThread() - b0;
        _acc[stage] = _acc.TryGetValue(stage, out var a) ? (a.Ticks + dt, a.Calls + 1, a.Bytes + db) : (dt, 1, db);
        return result;
    }

    private void One(CorpusFile f)
    {
        var decoded = Time("decode", () => TextDecoder.Decode(f.Bytes));
        if (!decoded.Ok)
        {
            return;
        }

        var raw = decoded.Text!;
        var cleaned = LooksLikeHtml(f.Name, raw)
            ? Time("clean: html", () => HtmlMainText.Extract(raw))
            : Time("clean: text lines", () => new CleanedText(
                raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => new Line(l, false, null)).ToList(),
                PageHints.None,
                false));
        cleaned = Time("furniture", () => cleaned with { Lines = _furniture.Apply(cleaned.Lines) });
        var parts = Time("layout", () => ReportLayout.Split(cleaned));
        var meta = Time("metadata", () => _metadata.Read(parts, cleaned.Hints));
        var text = Time("tokenize+sentences", () => new AnalyzedText(parts.Body, _words));
        var times = Time("time expressions", () => TimeExpressionFinder.Find(text.Body, text.Tokens));
        var published = meta.Published;
        if (published is null)
        {
            published = Time("publication inference", () => PublicationInference.Infer(text, times)).Date;
        }

        var mentions = Time("entity recognition", () => _recognizer.Recognize(text));
        var ctx = Time("sentence context", () => new SentenceContext(text, mentions));
        var id = Time("document id", () => ReportExtractor.DocumentId(parts.Body));
        _ = Time("events", () => _events.Extract(id, ctx, times, published, meta.Outlet));
        _ = Time("framing", () => _framing.Detect(text));
        _ = Time("unknown names+aggregate", () =>
            EntityAggregator.Aggregate(UnknownNameDetector.WithUnknownNames(text, mentions)));
    }

    /// <summary>The same test as the pipeline's: the extension first, then the first kilobyte.</summary>
    private static bool LooksLikeHtml(string name, string raw)
    {
        var ext = Path.GetExtension(name).ToLowerInvariant();
        if (ext is ".html" or ".htm" or ".xhtml")
        {
            return true;
        }

        if (ext is ".txt" or ".md")
        {
            return false;
        }

        var head = raw.AsSpan(0, Math.Min(raw.Length, 1024)).TrimStart();
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
    }
}
