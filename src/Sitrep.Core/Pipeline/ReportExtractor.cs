using System.Buffers;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Events;
using Sitrep.Core.Framing;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Metadata;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// The extraction pipeline for one report: decode → clean → layout → metadata → segment → recognise →
/// times → events → framing. Built once per knowledge base and stateless per report, so reports can run
/// in parallel. Bad input is a value (<see cref="ExtractionOutcome.Error"/>), never an exception.
/// </summary>
public sealed class ReportExtractor
{
    private readonly FurnitureRemover _furniture;
    private readonly MetadataReader _metadata;
    private readonly EntityRecognizer _recognizer;
    private readonly EventExtractor _events;
    private readonly FramingDetector _framing;
    private readonly WordIds _words;

    public ReportExtractor(KnowledgeBase kb)
    {
        _furniture = new FurnitureRemover(kb.Furniture);
        _metadata = new MetadataReader(kb);
        _recognizer = new EntityRecognizer(kb);
        _events = new EventExtractor(kb);
        _framing = new FramingDetector(kb);
        _words = kb.Words;
    }

    /// <summary>
    /// The longest article text extracted, in characters (about 170,000 words, hundreds of times a long report).
    /// Some stages take time quadratic in the number of facts, so a text far beyond any report is refused.
    /// </summary>
    public const int MaxBodyChars = 1_000_000;

    public ExtractionOutcome Extract(SourceDocument source)
    {
        var decoded = TextDecoder.Decode(source.Bytes);
        if (!decoded.Ok)
        {
            return new ExtractionOutcome(source.Source, null, decoded.Error);
        }

        if (LooksLikeHtml(source.Source, decoded.Text!) && HtmlNesting.MaxDepth(decoded.Text!) is var depth and > HtmlNesting.Limit)
        {
            return new ExtractionOutcome(source.Source, null, $"HTML nested {depth:N0} elements deep (the limit is {HtmlNesting.Limit:N0})");
        }

        var (cleaned, parts) = Clean(source.Source, decoded.Text!);
        if (parts.Body.Length > MaxBodyChars)
        {
            return new ExtractionOutcome(source.Source, null, $"article text too long ({parts.Body.Length:N0} characters; the limit is {MaxBodyChars:N0})");
        }

        var report = Analyze(source.Source, cleaned, parts, decoded.Encoding);
        return report.Document.Body.Length == 0
            ? new ExtractionOutcome(source.Source, null, "no article text found")
            : new ExtractionOutcome(source.Source, report, null);
    }

    public ExtractedReport ExtractText(string sourceName, string raw, string? encoding = null)
    {
        var (cleaned, parts) = Clean(sourceName, raw);
        return Analyze(sourceName, cleaned, parts, encoding);
    }

    private (CleanedText Cleaned, ReportParts Parts) Clean(string sourceName, string raw)
    {
        var cleaned = LooksLikeHtml(sourceName, raw)
            ? HtmlMainText.Extract(raw)
            : new CleanedText(raw.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n').Select(l => new Line(l, false, null)).ToList(), PageHints.None, false);
        cleaned = cleaned with { Lines = _furniture.Apply(cleaned.Lines) };
        return (cleaned, ReportLayout.Split(cleaned));
    }

    private ExtractedReport Analyze(string sourceName, CleanedText cleaned, ReportParts parts, string? encoding)
    {
        var meta = _metadata.Read(parts, cleaned.Hints);
        var text = new AnalyzedText(parts.Body, _words);
        var times = TimeExpressionFinder.Find(text.Body, text.Tokens);
        var published = meta.Published;
        var inferred = false;
        var docProv = meta.Provenance.ToList();
        if (published is null)
        {
            var (date, evidence) = PublicationInference.Infer(text, times);
            if (date is not null)
            {
                published = PublicationInference.WithHeadlineDay(date.Value, meta.Title) ?? PublicationInference.WithHeaderDay(date.Value, parts.HeaderLines) ?? date;
                inferred = true;
                docProv.Add(new Provenance("published", "metadata.inferred-from-body", evidence));
            }
        }

        var known = _recognizer.Recognize(text);
        var mentions = UnknownNameDetector.WithUnknownNames(text, known);
        var ctx = new SentenceContext(text, mentions);
        var id = DocumentId(parts.Body);
        var events = _events.Extract(id, ctx, times, published, meta.Outlet);
        var framing = _framing.Detect(text);
        var entities = EntityAggregator.Aggregate(mentions);
        var document = new DocumentInfo(id, sourceName, meta.Title, meta.Outlet, meta.Republisher, published?.ToString(), inferred, parts.Body)
        {
            Encoding = encoding,
            Provenance = docProv,
        };
        return new ExtractedReport(document, entities, events, framing);
    }

    public static string DocumentId(string body)
    {
        // The body's bytes go into a pooled buffer: a new array the size of the report for every report was garbage.
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(body.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(body, buffer);
            Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
            SHA256.HashData(buffer.AsSpan(0, length), hash);
            return "doc_" + Convert.ToHexStringLower(hash[..8]);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

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
