using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Finds the article body of an HTML page: drops scripts, navigation, asides, footers and forms, then keeps the
/// container whose paragraphs carry the most text with few links and many stopwords (a jusText-style score),
/// and returns its text blocks as lines, with the page's own metadata as hints.
/// </summary>
public static class HtmlMainText
{
    private const string Noise = "script,style,noscript,nav,aside,footer,form,iframe,svg,button,template,select,input,textarea,"
        + "[role=navigation],[role=banner],[role=contentinfo],[aria-hidden=true]";

    private const string Blocks = "p,h2,h3,h4,h5,h6,li,blockquote,figcaption,pre";

    private static readonly HashSet<string> BlockTags = new(Blocks.Split(','), StringComparer.Ordinal);

    private static readonly HtmlParser Parser = new(new HtmlParserOptions { IsScripting = false });

    private static readonly HashSet<string> Stopwords = new(StringComparer.OrdinalIgnoreCase)
    {
        "the", "a", "an", "of", "to", "in", "and", "or", "for", "on", "at", "by", "with", "from", "that", "this", "is", "was",
        "are", "were", "be", "been", "has", "have", "had", "it", "its", "as", "but", "not", "which", "who", "their", "they", "he", "she",
    };

    public static CleanedText Extract(string html)
    {
        var doc = Parser.ParseDocument(html);
        var h1 = NullIfEmpty(doc.QuerySelector("h1")?.TextContent);
        var url = doc.QuerySelector("link[rel=canonical]")?.GetAttribute("href") ?? Meta(doc, "og:url");
        var hints = new PageHints(
            Meta(doc, "og:title") ?? (h1 is null ? null : Collapse(h1)) ?? NullIfEmpty(doc.Title),
            Meta(doc, "og:site_name") ?? TitleSuffix(doc.Title, h1),
            IsoDay(Meta(doc, "article:published_time") ?? Meta(doc, "date") ?? doc.QuerySelector("time[datetime]")?.GetAttribute("datetime"))
                ?? UrlDate.Find(url) ?? DateBlock(doc) ?? DatedTitle(doc.Title),
            url);
        var headerTitle = doc.QuerySelector("h1")?.TextContent;
        foreach (var e in doc.QuerySelectorAll(Noise).ToList())
        {
            e.Remove();
        }

        var lines = Lines(doc, ChooseContainer(doc, divParagraphs: false), headerTitle, divParagraphs: false);
        var length = lines.Sum(l => l.Text.Length);
        if (length < ShortestBody)
        {
            // Pages that set every paragraph in a <div> of its own have no <p> to score: read such divs as paragraphs.
            var byDivs = Lines(doc, ChooseContainer(doc, divParagraphs: true), headerTitle, divParagraphs: true);
            if (byDivs.Sum(l => l.Text.Length) > length)
            {
                lines = byDivs;
            }
        }

        return new CleanedText(lines, hints, true);
    }

    // Less block text than this, and divs are tried as paragraphs too.
    private const int ShortestBody = 200;

    private static readonly HashSet<string> BlockNames = new(StringComparer.Ordinal)
    {
        "div", "section", "article", "main", "header", "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "table", "tr", "td",
        "blockquote", "figure", "figcaption", "pre", "dl",
    };

    // A div holding only text and inline elements stands for a paragraph on a page without <p>.
    private static bool IsTextDiv(IElement e) =>
        e.LocalName is "div" or "section" or "td" && !e.Children.Any(c => BlockNames.Contains(c.LocalName));

    private static List<Line> Lines(IDocument doc, IElement? container, string? headerTitle, bool divParagraphs)
    {
        var lines = new List<Line>();
        if (container is null)
        {
            return lines;
        }

        // A lead photo often sits beside the text container, not inside it: its caption belongs to the article. An
        // article split in two boxes of one kind around a related-links block ("contentBox ... contentBox") is read whole.
        var parent = container.ParentElement;
        var parts = parent is null || parent == doc.Body ? [container]
            : parent.Children.Where(c => c == container || c.LocalName == "figure" || SameKind(c, container)).ToList();
        foreach (var part in parts)
        {
            AddBlocks(part == container || part.LocalName != "figure" ? BlocksOf(part, divParagraphs) : part.QuerySelectorAll("figcaption"), headerTitle, lines);
        }

        return lines;
    }

    private static bool SameKind(IElement a, IElement b) =>
        a.LocalName == b.LocalName && !string.IsNullOrEmpty(b.ClassName) && a.ClassName == b.ClassName && a.QuerySelector("p") is not null;

    private static IEnumerable<IElement> BlocksOf(IElement container, bool divParagraphs) => divParagraphs
        ? container.QuerySelectorAll("*").Where(e => BlockTags.Contains(e.LocalName) || IsTextDiv(e))
        : container.QuerySelectorAll(Blocks);

    private static void AddBlocks(IEnumerable<IElement> blocks, string? headerTitle, List<Line> lines)
    {
        foreach (var block in blocks)
        {
            if (block.QuerySelector(Blocks) is not null)
            {
                continue; // the inner blocks are visited on their own
            }

            var text = Collapse(block.TextContent);
            if (text.Length == 0 || (headerTitle is not null && text == Collapse(headerTitle)))
            {
                continue;
            }

            var linkShare = LinkShare(block, text);
            lines.Add(new Line(text, linkShare > 0.5 && text.Length < 200, linkShare > 0.5 ? "html.link-dense" : null));
        }
    }

    private static IElement? ChooseContainer(IDocument doc, bool divParagraphs)
    {
        var explicitBody = doc.QuerySelector("[itemprop=articleBody]") ?? (doc.QuerySelectorAll("article").Length == 1 ? doc.QuerySelector("article") : null);
        if (explicitBody is not null)
        {
            return explicitBody;
        }

        var scores = new Dictionary<IElement, double>();
        var paragraphs = divParagraphs ? doc.QuerySelectorAll("p, div, section, td").Where(e => e.LocalName == "p" || IsTextDiv(e)) : doc.QuerySelectorAll("p");
        foreach (var p in paragraphs)
        {
            var text = Collapse(p.TextContent);
            if (text.Length < 25 || p.ParentElement is null)
            {
                continue;
            }

            var score = text.Length * (1 - LinkShare(p, text)) * (0.5 + StopwordShare(text));
            for (var (e, w) = (p.ParentElement, 1.0); e is not null && w > 0.2; e = e.ParentElement, w *= 0.5)
            {
                scores[e] = scores.GetValueOrDefault(e) + score * w;
            }
        }

        return scores.Count == 0 ? doc.Body : scores.MaxBy(kv => kv.Value).Key;
    }

    private static double LinkShare(IElement e, string text)
    {
        var linked = e.QuerySelectorAll("a").Sum(a => Collapse(a.TextContent).Length);
        return text.Length == 0 ? 0 : Math.Min(1, (double)linked / text.Length);
    }

    private static double StopwordShare(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == 0 ? 0 : (double)words.Count(Stopwords.Contains) / words.Length;
    }

    // "Headline - Site Name": the part of the page title that is not the headline names the site.
    private static string? TitleSuffix(string? title, string? h1)
    {
        if (title is null || h1 is null)
        {
            return null;
        }

        var t = Collapse(title);
        var h = Collapse(h1);
        if (!t.StartsWith(h, StringComparison.Ordinal) || t.Length <= h.Length)
        {
            return null;
        }

        var rest = t[h.Length..].Trim().TrimStart('-', '|', '\u2013', '\u2014', ':').Trim();
        return rest.Length is > 1 and < 60 ? rest : null;
    }

    private static string? IsoDay(string? value) =>
        value is { Length: >= 10 } v && char.IsDigit(v[0]) && v[4] == '-' && v[7] == '-' ? v[..10] : value;

    private static string? DateBlock(IDocument doc) =>
        doc.QuerySelectorAll("time, [class*=date], [class*=meta], [class*=time], [class*=byline]")
            .Select(e => Collapse(e.TextContent)).FirstOrDefault(t => t.Length is > 6 and < 120 && t.Any(char.IsDigit));

    // "Weekly Press Briefing (12.11.2026) - Ministry": the page title is the last place a date may be read from.
    private static string? DatedTitle(string? title) => title is not null && title.Any(char.IsDigit) ? Collapse(title) : null;

    private static string? Meta(IDocument doc, string name) =>
        NullIfEmpty(doc.QuerySelector($"meta[property='{name}']")?.GetAttribute("content")
            ?? doc.QuerySelector($"meta[name='{name}']")?.GetAttribute("content"));

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    public static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
