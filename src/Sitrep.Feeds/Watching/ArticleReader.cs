using System.Net;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Feeds.Http;

namespace Sitrep.Feeds.Watching;

/// <summary>
/// Turns a fetched page (or the HTML a feed item carries) into an extracted report, exactly as <c>extract</c> reads
/// an HTML file, with the URL as the report's source. The feed list's outlet name fills in when the page names none.
/// </summary>
public sealed class ArticleReader(ReportExtractor extractor)
{
    /// <summary>The report, or a one-line reason there is none.</summary>
    public (ExtractedReport? Report, string? Error) Read(string source, byte[] body, string? contentType, string? outlet)
    {
        var decoded = BodyDecoder.Decode(body, contentType);
        return decoded.Error is not null ? (null, decoded.Error) : Read(source, decoded, contentType, outlet);
    }

    /// <summary>The report of a page already decoded, or a one-line reason there is none.</summary>
    public (ExtractedReport? Report, string? Error) Read(string source, DecodedBody decoded, string? contentType, string? outlet) =>
        Extract(source, AsHtmlWhenServedAsHtml(decoded.Text ?? "", contentType), decoded.Encoding, outlet);

    /// <summary>A feed item without a page of its own: its title and content as a small HTML document.</summary>
    public (ExtractedReport? Report, string? Error) ReadContent(string source, string? title, string html, string? outlet)
    {
        var page = "<!doctype html><html><head><title>" + WebUtility.HtmlEncode(title ?? "") + "</title></head><body><article>"
            + (title is null ? "" : "<h1>" + WebUtility.HtmlEncode(title) + "</h1>") + html + "</article></body></html>";
        return Extract(source, page, "utf-8", outlet);
    }

    // The extractor knows HTML by its opening (<!doctype html or <html); a page served as HTML that opens otherwise
    // (a comment, a bare <head>) gets a doctype in front so that it is still read as HTML, not as text with tags.
    private static string AsHtmlWhenServedAsHtml(string text, string? contentType)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        var opensAsHtml = head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase);
        return !opensAsHtml && (contentType ?? "").Contains("html", StringComparison.OrdinalIgnoreCase) ? "<!doctype html>\n" + text : text;
    }

    private (ExtractedReport? Report, string? Error) Extract(string source, string text, string encoding, string? outlet)
    {
        ExtractedReport report;
        try
        {
            report = extractor.ExtractText(source, text, encoding);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return (null, "extraction failed: " + ex.Message);
        }

        if (report.Document.Body.Length == 0)
        {
            return (null, "no article text found");
        }

        if (report.Document.Outlet is null && outlet is not null)
        {
            var document = report.Document with
            {
                Outlet = outlet,
                Provenance = [.. report.Document.Provenance, new Provenance("outlet", "feeds.list-outlet", outlet)],
            };
            report = report with { Document = document };
        }

        return (report, null);
    }
}
