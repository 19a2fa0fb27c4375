using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Model;

namespace Sitrep.Core.Metadata;

/// <summary>
/// Names a site the knowledge base does not know, from what the page says of itself: its markup's site
/// name, a "Title - Site" page title, a copyright line ("© 2026 Levant Frontline") or an about-us line
/// ("Dabanga is an independent news outlet"). Of joint owners ("© 2026 X and the Y"), the first is named.
/// </summary>
public static partial class SiteNamePatterns
{
    [GeneratedRegex(@"^(?:Copyright\s*)?(?:©|\(c\)|Copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(?<name>[A-Z][\w&'’. -]{1,60}?)\s*(?:[.,|]|All rights reserved|\band the\b|$)", RegexOptions.IgnoreCase)]
    private static partial Regex Copyright();

    [GeneratedRegex(@"^(?<name>[A-Z][\w&'’. -]{1,40}?) is an? (?:independent |non-profit |nonprofit )?(?:news|media|online|digital)\b")]
    private static partial Regex AboutUs();

    public static string? Find(ReportParts parts, PageHints hints, List<Provenance> prov)
    {
        if (hints.SiteName is not null)
        {
            prov.Add(new Provenance("site", "metadata.html-site-name", hints.SiteName));
            return hints.SiteName;
        }

        foreach (var line in parts.FurnitureLines)
        {
            if (NameIn(line.Text, 0, line.Text.Length, prov) is string name)
            {
                return name;
            }
        }

        // The body's last three lines, as Split('\n').TakeLast(3) gives them, matched where they stand: splitting the
        // whole body into lines copied all of it for three lines.
        var body = parts.Body;
        for (var at = StartOfLastLines(body, 3); ; )
        {
            var end = body.IndexOf('\n', at);
            if (NameIn(body, at, (end < 0 ? body.Length : end) - at, prov) is string name)
            {
                return name;
            }

            if (end < 0)
            {
                return null;
            }

            at = end + 1;
        }
    }

    private static int StartOfLastLines(string body, int count)
    {
        var at = body.Length;
        for (var n = 0; n < count; n++)
        {
            var newline = at == 0 ? -1 : body.LastIndexOf('\n', at - 1);
            if (newline < 0)
            {
                return 0;
            }

            at = newline;
        }

        return at + 1;
    }

    // The name a copyright or about-us line gives; the line is text[start..start + length], trimmed as Trim() would.
    private static string? NameIn(string text, int start, int length, List<Provenance> prov)
    {
        var (from, to) = (start, start + length);
        while (from < to && char.IsWhiteSpace(text[from]))
        {
            from++;
        }

        while (to > from && char.IsWhiteSpace(text[to - 1]))
        {
            to--;
        }

        var m = Copyright().Match(text, from, to - from);
        if (!m.Success)
        {
            m = AboutUs().Match(text, from, to - from);
        }

        if (m.Success && m.Groups["name"].Value.Trim() is { Length: > 1 } name && !name.Any(char.IsDigit))
        {
            prov.Add(new Provenance("site", "metadata.copyright-or-about-line", length == text.Length ? text : text.Substring(start, length)));
            return name;
        }

        return null;
    }
}
