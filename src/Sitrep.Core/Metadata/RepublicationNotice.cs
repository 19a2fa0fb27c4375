using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Core.Metadata;

/// <summary>The outlet that wrote a story and the site that republishes it, as a syndication notice states them.</summary>
public sealed record Republication(KbEntity Outlet, KbEntity Republisher, string Line);

/// <summary>
/// Reads a syndication notice ("This article was produced by X and is republished by Y under a content-sharing
/// agreement"): the notice names both parties outright, so it outranks header lines and the site's footer.
/// </summary>
public static partial class RepublicationNotice
{
    [GeneratedRegex(@"\b(?:produced|written|reported|published|originally published)\s+by\s+(?<outlet>[^,.;]{2,60}?)\s+and\s+(?:is\s+|was\s+|has been\s+)?(?:re-?published|republished|distributed|syndicated|reproduced)\s+(?:here\s+)?by\s+(?<site>[^,.;]{2,60}?)(?=\s+(?:under|with|as|through|via)\b|[,.;]|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Notice();

    // A notice stands near the top or the bottom of a page; a few lines either side are enough.
    private const int LinesFromEachEnd = 4;

    public static Republication? Find(ReportParts parts, KnowledgeBase kb)
    {
        // Only the body's first and last lines are read, so only they are split off: the body is most of the report.
        var candidates = parts.FurnitureLines.Select(l => l.Text)
            .Concat(parts.HeaderLines)
            .Concat(parts.Body.Split('\n', LinesFromEachEnd + 1).Take(LinesFromEachEnd))
            .Concat(LastLines(parts.Body));
        foreach (var line in candidates)
        {
            var m = Notice().Match(line);
            if (m.Success && kb.OutletByName(m.Groups["outlet"].Value.Trim()) is KbEntity outlet
                && kb.OutletByName(m.Groups["site"].Value.Trim()) is KbEntity site && outlet.Id != site.Id)
            {
                return new Republication(outlet, site, line);
            }
        }

        return null;
    }

    // The last lines of the body, as many as Split('\n') followed by TakeLast would give.
    private static string[] LastLines(string body)
    {
        var start = body.Length;
        for (var n = 0; n < LinesFromEachEnd && start > 0; n++)
        {
            start = body.LastIndexOf('\n', start - 1);
            if (start < 0)
            {
                return body.Split('\n');
            }
        }

        return start >= body.Length ? [body] : body[(start + 1)..].Split('\n');
    }
}
