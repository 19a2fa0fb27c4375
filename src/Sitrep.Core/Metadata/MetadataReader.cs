using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Metadata;

/// <summary>
/// Reads title, outlet, republisher and publication date. The outlet is the one a header line or dateline
/// names; the site that carries the page (its footer, domain or markup) is the republisher when it differs,
/// and the outlet when nothing else is named. Outlets quoted in the body are sources, never the outlet.
/// </summary>
public sealed partial class MetadataReader
{
    private readonly KnowledgeBase _kb;

    public MetadataReader(KnowledgeBase kb) => _kb = kb;

    // Non-backtracking: this pattern is searched for anywhere in a line, and a backtracking engine takes quadratic
    // time on a long run of letters and dots.
    private static readonly Regex Domain = new(
        @"(?:https?://)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6})\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);

    private const int MaxMonthOnlyDateWords = 8;

    // "November, 18, 2026 - 17:25": some sites put a comma between the month and the day.
    [GeneratedRegex(@"\b(January|February|March|April|May|June|July|August|September|October|November|December),\s+(?=\d{1,2}\b)")]
    private static partial Regex CommaAfterMonth();

    private static bool LinkOnly(ReadOnlySpan<char> text) =>
        text.Length > 4 && text[0] == '[' && text[^1] == ')' && text.IndexOf("](", StringComparison.Ordinal) is var mid && mid > 0
        && text[(mid + 2)..].IndexOf(')') == text.Length - mid - 3;

    public ReportMetadata Read(ReportParts parts, PageHints hints)
    {
        var prov = new List<Provenance>();
        KbEntity? headerOutlet = null, siteOutlet = null;
        PartialDate? published = null;
        string? title = null;
        var titleFromHeading = false;
        string? nextTitle = null;
        string? longest = null;
        string? tagline = null;
        var outletJustBefore = false;
        var sloganAboveFurniture = false;
        for (var index = 0; index < parts.HeaderLines.Count; index++)
        {
            var line = parts.HeaderLines[index];
            // A Markdown top-level heading is the title outright, even when it names a month or a longer line came first.
            // A heading that is only a link ("# [SITE](https://site.com/)") is the site's logo, not a headline.
            if (!titleFromHeading && line.StartsWith("# ", StringComparison.Ordinal) && !LinkOnly(line.AsSpan(2).Trim()))
            {
                title = line.TrimStart('#', ' ').Trim();
                titleFromHeading = true;
                continue;
            }

            // "Enab Baladi | 20/11/2025", "By TOI Staff | 17 December 2025": parts of a line are read one by one.
            // "Policy Brief No. 41 · 9 November 2026 · By ..." is split on middle dots the same way.
            var afterOutlet = outletJustBefore && !titleFromHeading;
            outletJustBefore = false;
            var segments = line.Split([" | ", " · "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var isMeta = false;
            foreach (var segment in segments)
            {
                if ((_kb.OutletByName(segment) ?? WithoutAcronym(segment)) is KbEntity outlet)
                {
                    headerOutlet ??= outlet;
                    prov.Add(new Provenance("outlet", "metadata.header-outlet-line", line));
                    isMeta = true;
                    outletJustBefore = segments.Length == 1;
                }
                // A bare month inside a long segment belongs to a headline ("... footprint in November 2026"), not a date line.
                else if (DateIn(segment) is PartialDate date && SpaceWords.Parts(segment) is var n && n <= 24 && (date.HasDay || n <= MaxMonthOnlyDateWords))
                {
                    if (published is null)
                    {
                        published = date;
                        prov.Add(new Provenance("published", "metadata.header-date-line", line));
                    }

                    isMeta = true;
                }
            }

            if (!isMeta && OutletInHeaderLine(line) is KbEntity named)
            {
                headerOutlet ??= named;
                prov.Add(new Provenance("outlet", "metadata.header-outlet-part", line));
                isMeta = true;
            }

            if (isMeta || line.StartsWith("By ", StringComparison.Ordinal))
            {
                continue;
            }

            if (tagline is null && published is null && NavigationLine.IsSlogan(line))
            {
                tagline = line.Trim();
                continue;
            }

            if (NavigationLine.Is(line))
            {
                // "Site | slogan line | menu | date | headline": a line above the site's menu, before any date, is its
                // slogan; the headline comes later (a share bar under a headline is no menu).
                if (title is not null && !titleFromHeading && tagline is null && published is null && !NavigationLine.IsShareBar(line))
                {
                    (tagline, title) = (title, null);
                }

                continue;
            }

            var words = SpaceWords.Count(line);
            if (words >= 6 && title is null)
            {
                title = line.TrimStart('#', ' ').Trim();
                sloganAboveFurniture = afterOutlet && parts.HeaderLinesBeforeFurniture?.Contains(index) == true;
            }
            else if (words >= 6)
            {
                nextTitle ??= line.TrimStart('#', ' ').Trim();
            }

            if (words >= 3 && (longest is null || words > SpaceWords.Parts(longest)))
            {
                longest = line.Trim();
            }
        }

        // "Site (SN)" / "Voice of the river towns" / ticker, crumb and date / headline: a line between the site's name
        // and the site's furniture is its slogan when a headline comes after the furniture.
        if (sloganAboveFurniture && nextTitle is not null && tagline is null && hints.Title is null)
        {
            (tagline, title) = (title, nextTitle);
            prov.Add(new Provenance("title", "metadata.headline-below-slogan", title));
        }

        title ??= nextTitle ?? tagline ?? longest;

        if (hints.Title is not null)
        {
            title = hints.Title;
            prov.Add(new Provenance("title", "metadata.html-title", hints.Title));
        }
        else if (title is not null)
        {
            prov.Add(new Provenance("title", "metadata.longest-header-line", title));
        }

        if (parts.DatelineSource is not null && _kb.OutletByName(parts.DatelineSource) is KbEntity wire)
        {
            headerOutlet ??= wire;
            prov.Add(new Provenance("outlet", "metadata.dateline-source", parts.Dateline));
        }

        if (published is null && parts.Dateline is not null && DateIn(parts.Dateline) is PartialDate dd)
        {
            published = dd;
            prov.Add(new Provenance("published", "metadata.dateline-date", parts.Dateline));
        }

        if (published is null && hints.PublishedTime is not null && DateIn(hints.PublishedTime) is PartialDate hd)
        {
            published = hd;
            prov.Add(new Provenance("published", "metadata.html-published-time", hints.PublishedTime));
        }

        if (published is null && parts.FurnitureLines.Select(l => DateIn(l.Text)).FirstOrDefault(d => d is not null) is PartialDate fd)
        {
            published = fd;
            prov.Add(new Provenance("published", "metadata.byline-or-footer-date", fd.ToString()));
        }

        siteOutlet = SiteOutlet(parts, hints, prov);
        var siteName = siteOutlet?.Name ?? SiteNamePatterns.Find(parts, hints, prov);
        var outletName = headerOutlet?.Name ?? siteName;
        var republisher = headerOutlet is not null && siteName is not null && siteName != headerOutlet.Name ? siteName : null;
        if (RepublicationNotice.Find(parts, _kb) is { } notice)
        {
            (outletName, republisher) = (notice.Outlet.Name, notice.Republisher.Name);
            prov.Add(new Provenance("outlet", "metadata.republication-notice", notice.Line));
        }

        if (outletName is null && UnlistedOutlet(parts) is string unlisted)
        {
            outletName = unlisted;
            prov.Add(new Provenance("outlet", "metadata.header-name-told-in-body", unlisted));
        }

        // A page that opens with the site's own name ("The Levant Monitor") has its headline on a later line.
        if (hints.Title is null && nextTitle is not null && title is not null && outletName is not null && SameName(title, outletName))
        {
            title = nextTitle;
            prov.Add(new Provenance("title", "metadata.header-line-after-site-name", title));
        }

        return new ReportMetadata(title, outletName, republisher, published, prov);
    }

    private KbEntity? SiteOutlet(ReportParts parts, PageHints hints, List<Provenance> prov)
    {
        // "Al-Monitor: The Middle East's leading news source": a site name followed by its tagline.
        if (hints.SiteName is not null && (_kb.OutletByName(hints.SiteName) ?? _kb.OutletByName(hints.SiteName.Split(':')[0].Trim())) is KbEntity named)
        {
            prov.Add(new Provenance("site", "metadata.html-site-name", hints.SiteName));
            return named;
        }

        if (hints.Url is not null && Uri.TryCreate(hints.Url, UriKind.Absolute, out var uri) && _kb.OutletByDomain(uri.Host) is KbEntity byUrl)
        {
            prov.Add(new Provenance("site", "metadata.html-url-domain", hints.Url));
            return byUrl;
        }

        foreach (var line in parts.FurnitureLines)
        {
            // "[3] https://...": a numbered source note cites another site; it does not name this one.
            if (line.Text.StartsWith('[') && line.Text.Length > 1 && char.IsDigit(line.Text[1]))
            {
                continue;
            }

            foreach (Match m in Domain.Matches(line.Text))
            {
                if (_kb.OutletByDomain(m.Groups[1].Value) is KbEntity byDomain)
                {
                    prov.Add(new Provenance("site", "metadata.furniture-domain", line.Text));
                    return byDomain;
                }
            }

            if (OutletNamedIn(line.Text) is KbEntity byName)
            {
                prov.Add(new Provenance("site", "metadata.furniture-outlet-name", line.Text));
                return byName;
            }
        }

        return null;
    }

    // "[Site](https://site.example/) - *Tagline*", "**Damascus - Site**": an outlet as a linked name, the link's domain,
    // or a dash-separated part set in bold or italics.
    private KbEntity? OutletInHeaderLine(string line)
    {
        if (MarkdownLink().Match(line) is { Success: true } link
            && (_kb.OutletByName(link.Groups[1].Value.Trim()) ?? (Uri.TryCreate(link.Groups[2].Value, UriKind.Absolute, out var uri) ? _kb.OutletByDomain(uri.Host) : null)) is KbEntity linked)
        {
            return linked;
        }

        return line.Split([" | ", " · ", " - ", " \u2013 ", " \u2014 "], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(part => _kb.OutletByName(part.Trim('*', '_', ' ')))
            .FirstOrDefault(o => o is not null);
    }

    [GeneratedRegex(@"^\[([^\]]{2,60})\]\((https?://[^)\s]+)\)")]
    private static partial Regex MarkdownLink();

    private KbEntity? OutletNamedIn(string text)
    {
        // Numbered as they are read: the names' table is the tokenizer's.
        var ids = Tokenizer.Tokenize(text, _kb.Names.Words).Where(t => t.Kind != TokenKind.Punct && !t.Article).Select(t => t.Id).ToArray();
        var found = new List<(int Length, List<NameEntry> Values)>();
        for (var i = 0; i < ids.Length; i++)
        {
            // Longest name first, as a name is read elsewhere.
            for (var k = _kb.Names.Matches(ids, i, found) - 1; k >= 0; k--)
            {
                if (found[k].Values.Select(e => e.Entity).FirstOrDefault(e => e.Kind == "media") is { } hit)
                {
                    return hit;
                }
            }
        }

        return null;
    }

    // "Euphrates Echo | ..." above the post and "sources told Euphrates Echo" in it: a name the knowledge base does not
    // list is the outlet when the header shows it and the body names it as the one sources spoke to.
    private static string? UnlistedOutlet(ReportParts parts)
    {
        foreach (var line in parts.HeaderLines)
        {
            foreach (var segment in line.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var words = segment.Split(' ');
                if (words.Length is >= 1 and <= 4 && words.All(w => w.Length > 1 && char.IsUpper(w[0]) && w.All(char.IsLetter))
                    && (parts.Body.Contains("told " + segment, StringComparison.Ordinal) || parts.Body.Contains(segment + "'s correspondent", StringComparison.Ordinal)
                        || parts.Body.Contains("told the " + segment, StringComparison.Ordinal)))
                {
                    return segment;
                }
            }
        }

        return null;
    }

    // "AhlulBayt News Agency (ABNA)": a name followed by its initials in brackets.
    private KbEntity? WithoutAcronym(string segment)
    {
        var open = segment.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && segment.EndsWith(')') && segment.Length - open <= 12 ? _kb.OutletByName(segment[..open]) : null;
    }

    private static bool SameName(string a, string b) =>
        string.Equals(WithoutThe(a), WithoutThe(b), StringComparison.OrdinalIgnoreCase);

    private static string WithoutThe(string s) => s.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? s[4..].Trim() : s.Trim();

    /// <summary>A full date (day or month precision with a year) in a short line.</summary>
    public static PartialDate? DateIn(string line)
    {
        line = CommaAfterMonth().Replace(line, "$1 ");
        // "28-10-2026 | 14:52": a day-first dashed date is read as its dotted form ("28.10.2026"); a year-first ISO date
        // is read by the time finder as it stands.
        return FullDateIn(line) ?? (DashedDate().IsMatch(line) ? FullDateIn(DashedDate().Replace(line, "$1.$2.$3")) : null);
    }

    private static PartialDate? FullDateIn(string line) =>
        TimeExpressionFinder.Find(line, Tokenizer.Tokenize(line))
            .Select(m => m.Absolute)
            .FirstOrDefault(a => a is PartialDate p && p.HasMonth);

    [GeneratedRegex(@"(?<![\d-])(\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?![\d-])", RegexOptions.CultureInvariant)]
    private static partial Regex DashedDate();
}
