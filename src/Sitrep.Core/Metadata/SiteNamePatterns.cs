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

        foreach (var line in parts.FurnitureLines.Select(l => l.Text).Concat(parts.Body.Split('\n').TakeLast(3)))
        {
            var m = Copyright().Match(line.Trim());
            if (!m.Success)
            {
                m = AboutUs().Match(line.Trim());
            }

            if (m.Success && m.Groups["name"].Value.Trim() is { Length: > 1 } name && !name.Any(char.IsDigit))
            {
                prov.Add(new Provenance("site", "metadata.copyright-or-about-line", line));
                return name;
            }
        }

        return null;
    }
}
