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
        foreach (var line in parts.FurnitureLines)
        {
            if (InLine(line.Text, 0, line.Text.Length, kb) is { } found)
            {
                return found;
            }
        }

        foreach (var line in parts.HeaderLines)
        {
            if (InLine(line, 0, line.Length, kb) is { } found)
            {
                return found;
            }
        }

        // Only the body's first and last lines are read, and they are matched where they stand in the body (a regex
        // given a range treats it as its whole input): the body is most of the report, and splitting lines off it
        // copied most of it.
        var body = parts.Body;
        var at = 0;
        for (var n = 0; n < LinesFromEachEnd; n++)
        {
            // The lines Split('\n', LinesFromEachEnd + 1).Take(LinesFromEachEnd) gives.
            var end = body.IndexOf('\n', at);
            if (InLine(body, at, (end < 0 ? body.Length : end) - at, kb) is { } found)
            {
                return found;
            }

            if (end < 0)
            {
                break;
            }

            at = end + 1;
        }

        return InLastLines(body, kb);
    }

    // The last lines of the body, as many as Split('\n') followed by TakeLast would give.
    private static Republication? InLastLines(string body, KnowledgeBase kb)
    {
        var start = body.Length;
        for (var n = 0; n < LinesFromEachEnd && start > 0; n++)
        {
            start = body.LastIndexOf('\n', start - 1);
            if (start < 0)
            {
                return InLinesFrom(body, 0, kb);
            }
        }

        return start >= body.Length ? InLine(body, 0, body.Length, kb) : InLinesFrom(body, start + 1, kb);
    }

    // Each line of body[from..], as Split('\n') gives them.
    private static Republication? InLinesFrom(string body, int from, KnowledgeBase kb)
    {
        var at = from;
        while (true)
        {
            var end = body.IndexOf('\n', at);
            if (InLine(body, at, (end < 0 ? body.Length : end) - at, kb) is { } found)
            {
                return found;
            }

            if (end < 0)
            {
                return null;
            }

            at = end + 1;
        }
    }

    private static Republication? InLine(string text, int start, int length, KnowledgeBase kb)
    {
        var m = Notice().Match(text, start, length);
        if (m.Success && kb.OutletByName(m.Groups["outlet"].Value.Trim()) is KbEntity outlet
            && kb.OutletByName(m.Groups["site"].Value.Trim()) is KbEntity site && outlet.Id != site.Id)
        {
            return new Republication(outlet, site, length == text.Length ? text : text.Substring(start, length));
        }

        return null;
    }
}
