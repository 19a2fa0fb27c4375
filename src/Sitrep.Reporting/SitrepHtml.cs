using System.Net;
using Markdig;

namespace Sitrep.Reporting;

/// <summary>
/// Turns a SITREP's Markdown into one self-contained HTML page (inline style, no scripts, nothing fetched).
/// Raw HTML in the Markdown is disabled, so text from reports can never become markup.
/// </summary>
public static class SitrepHtml
{
    private const string Style =
        "body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}"
        + "h1{border-bottom:2px solid #333}h2{margin-top:2rem;border-bottom:1px solid #ccc}h3{margin-bottom:.3rem}"
        + "li{margin:.25rem 0}code{font-size:.85em;color:#555}";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().DisableHtml().Build();

    public static string Render(string markdown, string title) =>
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        + $"<title>{WebUtility.HtmlEncode(title)}</title>\n<style>{Style}</style>\n</head>\n<body>\n"
        + Markdown.ToHtml(markdown, Pipeline)
        + "</body>\n</html>\n";
}
