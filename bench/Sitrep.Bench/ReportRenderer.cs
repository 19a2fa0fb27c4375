using System.Globalization;
using System.Net;
using System.Text;

namespace Sitrep.Bench;

/// <summary>The styles of generated reports.</summary>
public enum ReportStyle
{
    Wire,
    StateMedia,
    ThinkTank,
    WebText,
    Html,
}

/// <summary>A report before layout: its style, date, cast, headline and body paragraphs (plain sentences).</summary>
public sealed record ReportDraft(ReportStyle Style, DateOnly Published, Cast Cast, string Headline, List<string> Paragraphs);

/// <summary>A laid-out report: the file content and the text a reader sees (for word counts).</summary>
public sealed record RenderedReport(string Content, string Visible, string Extension);

/// <summary>Lays a draft out as a file of its style: wire copy with a dateline, state-media copy, an analysis paper,
/// a plain-text page dump with site furniture, or a small HTML page.</summary>
public static class ReportRenderer
{
    private static readonly CultureInfo En = CultureInfo.InvariantCulture;

    public static RenderedReport Render(ReportDraft d, TemplateFiller fill, Random rng) => d.Style switch
    {
        ReportStyle.Wire => Text(Wire(d, rng), ".txt"),
        ReportStyle.StateMedia => Text(StateMedia(d), ".txt"),
        ReportStyle.ThinkTank => Text(ThinkTank(d, fill, rng), ".md"),
        ReportStyle.WebText => Text(WebText(d, fill, rng), ".txt"),
        _ => Html(d, fill, rng),
    };

    private static RenderedReport Text(string s, string ext) => new(s, s, ext);

    private static string Dateline(string city) => city.ToUpperInvariant();

    private static string Wire(ReportDraft d, Random rng)
    {
        var sb = new StringBuilder();
        sb.Append(d.Headline).Append('\n');
        sb.Append(d.Published.ToString("MMMM d, yyyy", En)).Append("\n\n");
        sb.Append(Dateline(d.Cast.Capital)).Append(", ").Append(d.Published.ToString("MMM d", En))
            .Append(" (").Append(d.Cast.Outlet).Append(") - ");
        AppendParagraphs(sb, d.Paragraphs);
        if (rng.Next(2) == 0)
        {
            sb.Append("(Reporting by the ").Append(d.Cast.Capital).Append(" newsroom; editing by the regional desk)\n");
        }

        return sb.ToString();
    }

    private static string StateMedia(ReportDraft d)
    {
        var sb = new StringBuilder();
        sb.Append(d.Cast.Outlet).Append('\n');
        sb.Append(d.Headline).Append('\n');
        sb.Append(d.Published.ToString("d MMMM yyyy", En)).Append("\n\n");
        sb.Append(Dateline(d.Cast.Capital)).Append(" (").Append(d.Cast.Outlet).Append(") \u2013 ");
        AppendParagraphs(sb, d.Paragraphs);
        return sb.ToString();
    }

    private static string ThinkTank(ReportDraft d, TemplateFiller fill, Random rng)
    {
        var sb = new StringBuilder();
        sb.Append("# ").Append(d.Headline).Append('\n');
        sb.Append("Analysis | ").Append(d.Published.ToString("MMMM yyyy", En)).Append('\n');
        sb.Append("Research note no. ").Append(rng.Next(10, 400).ToString(En)).Append("\n\n");
        var headings = StyleBank.ThinkTankHeadings;
        var h = 0;
        for (var i = 0; i < d.Paragraphs.Count; i++)
        {
            if (i % 2 == 0 && h < headings.Length)
            {
                sb.Append("## ").Append(fill.Fill(headings[h++])).Append("\n\n");
            }

            sb.Append(i == 0 ? "- " : string.Empty).Append(d.Paragraphs[i]).Append("\n\n");
        }

        return sb.ToString();
    }

    private static string WebText(ReportDraft d, TemplateFiller fill, Random rng)
    {
        var sb = new StringBuilder();
        foreach (var line in Some(rng, StyleBank.FurnitureTop, 3, 6))
        {
            sb.Append(fill.Fill(line)).Append('\n');
        }

        sb.Append(d.Headline).Append('\n');
        sb.Append("Published ").Append(d.Published.ToString("d MMMM yyyy", En)).Append(" | Updated ")
            .Append(rng.Next(6, 23).ToString("00", En)).Append(':').Append(rng.Next(0, 60).ToString("00", En)).Append("\n\n");
        AppendParagraphs(sb, d.Paragraphs);
        sb.Append("Related Articles\n");
        foreach (var link in Some(rng, StyleBank.RelatedLinks, 2, 4))
        {
            sb.Append(fill.Fill(link)).Append('\n');
        }

        foreach (var line in Some(rng, StyleBank.FurnitureBottom, 3, 6))
        {
            sb.Append(line).Append('\n');
        }

        sb.Append("\u00A9 ").Append(d.Published.Year.ToString(En)).Append(' ').Append(d.Cast.Outlet).Append(". All rights reserved.\n");
        return sb.ToString();
    }

    private static RenderedReport Html(ReportDraft d, TemplateFiller fill, Random rng)
    {
        var visible = new StringBuilder();
        string E(string s)
        {
            visible.Append(s).Append('\n');
            return WebUtility.HtmlEncode(s);
        }

        var sb = new StringBuilder();
        var stamp = d.Published.ToString("yyyy-MM-dd", En) + "T" + rng.Next(0, 24).ToString("00", En) + ":" + rng.Next(0, 60).ToString("00", En) + ":00Z";
        var slug = string.Join('-', d.Headline.ToLowerInvariant().Split(' ').Take(6)).Replace("\"", string.Empty, StringComparison.Ordinal);
        sb.Append("<!doctype html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        sb.Append("<title>").Append(E(d.Headline + " | " + d.Cast.Outlet)).Append("</title>\n");
        sb.Append("<meta property=\"og:site_name\" content=\"").Append(WebUtility.HtmlEncode(d.Cast.Outlet)).Append("\">\n");
        sb.Append("<meta property=\"article:published_time\" content=\"").Append(stamp).Append("\">\n");
        sb.Append("<link rel=\"canonical\" href=\"https://www.").Append(d.Cast.Domain).Append("/news/").Append(WebUtility.UrlEncode(slug)).Append("\">\n");
        sb.Append("<script>window.dataLayer = window.dataLayer || []; dataLayer.push({page: 'article'});</script>\n");
        sb.Append("<style>body{font-family:sans-serif} .nav a{margin:0 4px}</style>\n</head>\n<body>\n");
        sb.Append("<header><nav class=\"nav\">");
        foreach (var item in new[] { "Home", "World", "Middle East", "Opinion", "Video" })
        {
            sb.Append("<a href=\"/").Append(item.ToLowerInvariant().Replace(' ', '-')).Append("\">").Append(E(item)).Append("</a>");
        }

        sb.Append("</nav></header>\n<main>\n<article>\n<h1>").Append(E(d.Headline)).Append("</h1>\n");
        sb.Append("<time datetime=\"").Append(stamp).Append("\">").Append(E(d.Published.ToString("d MMMM yyyy", En))).Append("</time>\n");
        foreach (var p in d.Paragraphs)
        {
            sb.Append("<p>").Append(E(p)).Append("</p>\n");
        }

        sb.Append("</article>\n<aside><h3>").Append(E("Related")).Append("</h3><ul>");
        foreach (var link in Some(rng, StyleBank.RelatedLinks, 2, 4))
        {
            sb.Append("<li><a href=\"/news/").Append(rng.Next(1000, 99999).ToString(En)).Append("\">").Append(E(fill.Fill(link))).Append("</a></li>");
        }

        sb.Append("</ul></aside>\n</main>\n<footer><p>").Append(E("\u00A9 " + d.Published.Year.ToString(En) + " " + d.Cast.Outlet)).Append("</p></footer>\n");
        sb.Append("</body>\n</html>\n");
        return new RenderedReport(sb.ToString(), visible.ToString(), ".html");
    }

    private static void AppendParagraphs(StringBuilder sb, List<string> paragraphs)
    {
        foreach (var p in paragraphs)
        {
            sb.Append(p).Append("\n\n");
        }
    }

    /// <summary>Between <paramref name="min"/> and <paramref name="max"/> distinct items, in their original order.</summary>
    private static IEnumerable<string> Some(Random rng, string[] items, int min, int max)
    {
        var n = Math.Min(items.Length, rng.Next(min, max + 1));
        var start = rng.Next(items.Length);
        return Enumerable.Range(0, n).Select(k => (start + k) % items.Length).Order().Select(k => items[k]);
    }
}
