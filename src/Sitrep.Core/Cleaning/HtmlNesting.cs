namespace Sitrep.Core.Cleaning;

/// <summary>
/// Measures how deeply a page nests its elements, in one linear pass over the markup, before it is parsed.
/// An HTML parser checks the stack of open elements at every tag, so a page nested tens of thousands of
/// elements deep takes quadratic time (or worse) to parse. Browsers stop nesting at a few hundred levels
/// (Chromium at 512), so a page deeper than <see cref="Limit"/> is not an article and is refused.
/// </summary>
public static class HtmlNesting
{
    public const int Limit = 4096;

    // Elements that never hold others, or whose end tag is commonly left out: they do not count as a level.
    private static readonly HashSet<string> Flat = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
        "p", "li", "dt", "dd", "option", "td", "th", "tr", "tbody", "thead", "tfoot", "colgroup", "rp", "rt",
    };

    // Elements whose content is text, not markup.
    private static readonly HashSet<string> Raw = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "textarea", "title", "xmp", "noscript" };

    /// <summary>The deepest level of open elements, counting start tags up and end tags down.</summary>
    public static int MaxDepth(string html)
    {
        int depth = 0, max = 0, i = 0;
        while ((i = html.IndexOf('<', i)) >= 0 && i + 1 < html.Length)
        {
            if (html.AsSpan(i).StartsWith("<!--", StringComparison.Ordinal))
            {
                i = SkipPast(html, "-->", i + 4);
                continue;
            }

            var closing = html[i + 1] == '/';
            var start = i + (closing ? 2 : 1);
            var end = start;
            while (end < html.Length && char.IsAsciiLetterOrDigit(html[end]))
            {
                end++;
            }

            if (end == start || !char.IsAsciiLetter(html[start]))
            {
                i++;
                continue;
            }

            var name = html[start..end];
            var close = html.IndexOf('>', end);
            if (close < 0)
            {
                break;
            }

            if (closing)
            {
                depth -= Flat.Contains(name) || depth == 0 ? 0 : 1;
            }
            else if (Raw.Contains(name))
            {
                i = SkipPast(html, "</" + name, close);
                continue;
            }
            else if (html[close - 1] != '/' && !Flat.Contains(name))
            {
                max = Math.Max(max, ++depth);
            }

            i = close + 1;
        }

        return max;
    }

    private static int SkipPast(string html, string marker, int from)
    {
        var at = html.IndexOf(marker, from, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html.Length : at + marker.Length;
    }
}
