using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Cleaning;

/// <summary>The report split into its parts: header lines (title, outlet, date, byline), the body and a dateline.</summary>
/// <param name="Dateline">"DAMASCUS, Feb 12 (Reuters) -" cut from the start of the body, if any.</param>
/// <param name="DatelineSource">The outlet named in the dateline's brackets ("Reuters").</param>
/// <param name="HeaderLinesBeforeFurniture">The numbers of the header lines that site furniture (a ticker, a crumb) follows.</param>
public sealed record ReportParts(
    IReadOnlyList<string> HeaderLines,
    IReadOnlyList<Line> FurnitureLines,
    string Body,
    string? Dateline,
    string? DatelineSource,
    IReadOnlySet<int>? HeaderLinesBeforeFurniture = null);

/// <summary>
/// Splits cleaned lines into header and body: the body starts at the first line that reads like prose (a
/// sentence of eight words or more). A dateline at the start of the body is cut and kept apart.
/// </summary>
public static partial class ReportLayout
{
    // "DAMASCUS, Feb 12 (Reuters) -", "Ramallah (Palestinian Territories) (AFP) -", "QAMISHLI, Syria/WASHINGTON (Reuters) -"
    [GeneratedRegex(@"^(?<place>[A-Z][A-Za-z'\u2019 ./-]{1,40}?)(?:\s*\((?<region>[A-Z][A-Za-z'\u2019 .-]{1,40})\))?(?:,\s*(?<date>[A-Za-z0-9 ,./]{3,25}?))?\s*\((?<src>[A-Za-z][A-Za-z0-9 .&'-]{1,30})\)\s*[-\u2013\u2014:]+\s*")]
    private static partial Regex DatelineWithSource();

    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'\u2019 .-]{2,30}),\s*(?<date>[A-Z][a-z]{2,8}\.? \d{1,2}(?:,? \d{4})?|\d{1,2} [A-Z][a-z]{2,8}\.?(?:,? \d{4})?)\s*[-\u2013\u2014:]+\s*")]
    private static partial Regex DatelinePlain();

    // "MOSCOW, October 16. /TASS/." and "(KHARTOUM) -"
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'\u2019 .-]{2,30}),\s*(?<date>[A-Z][a-z]{2,8}\.? \d{1,2})\.?\s*/(?<src>[A-Za-z][A-Za-z .-]{1,20})/\.?\s*")]
    private static partial Regex DatelineSlashes();

    [GeneratedRegex(@"^\((?<place>[A-Z][A-Z'\u2019 .-]{2,30})\)\s*[-\u2013\u2014:]+\s*")]
    private static partial Regex DatelineBracketed();

    // "Tehran, IRNA - A convoy ...": a city and an agency's initials, then a dash.
    [GeneratedRegex(@"^(?<place>[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})?),\s*(?<src>[A-Z]{2,6})\s*[-\u2013\u2014]+\s+")]
    private static partial Regex DatelineCityAgency();

    // "TEHRAN - Israeli forces ...": a place in capitals and a dash, no date.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'\u2019.]{3,20}(?: [A-Z][A-Z'\u2019.]{1,20}){0,2})\s+[-\u2013\u2014]+\s+")]
    private static partial Regex DatelineCityOnly();

    // "HASAKAH, Syria: American forces ...": a capitalised place and its country, then a colon.
    [GeneratedRegex(@"^(?<place>[A-Z][A-Z'\u2019.-]{2,20}(?: [A-Z][A-Z'\u2019.-]{1,20}){0,2}),\s*(?<region>[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}):\s+")]
    private static partial Regex DatelineCountry();

    public static ReportParts Split(CleanedText cleaned)
    {
        var header = new List<string>();
        var body = new List<string>();
        var furniture = new List<Line>();
        var inBody = false;
        var furnitureAfterHeader = false;
        HashSet<int>? beforeFurniture = null; // made only when furniture follows a header line
        foreach (var line in cleaned.Lines)
        {
            if (line.Furniture)
            {
                if (!inBody && header.Count > 0)
                {
                    (beforeFurniture ??= []).Add(header.Count - 1);
                }

                furniture.Add(line);
                furnitureAfterHeader |= !inBody && header.Count > 0;
                continue;
            }

            if (line.Text.Length == 0)
            {
                continue;
            }

            if (!inBody && (cleaned.FromHtml || IsProse(line.Text)))
            {
                inBody = true;
            }

            (inBody ? body : header).Add(line.Text);
            furnitureAfterHeader &= inBody;
        }

        // A section heading right above the first paragraph ("Suwayda") belongs to the body it introduces; a header
        // line with furniture (a date or share line) between it and the body is no such heading.
        if (body.Count > 0 && header.Count > 1 && !furnitureAfterHeader && SpaceWords.Count(header[^1]) <= 3
            && !header[^1].Any(char.IsDigit) && char.IsUpper(header[^1][0]) && !header[^1].StartsWith("By ", StringComparison.Ordinal))
        {
            body.Insert(0, header[^1]);
            header.RemoveAt(header.Count - 1);
        }

        // A report of one short sentence has no line long enough to look like prose: its sentences are the body.
        if (body.Count == 0)
        {
            body.AddRange(header.Where(h => SpaceWords.Parts(h) >= 4 && h.TrimEnd()[^1] is '.' or '!' or '?' or '"' or '\u201D'));
            header.RemoveAll(body.Contains);
        }

        TrimTrailingBlock(body, furniture);
        string? dateline = null, source = null;
        // The dateline opens the first paragraph, or the second one after a photo caption.
        for (var line = 0; line < Math.Min(2, body.Count) && dateline is null; line++)
        {
            (body[line], dateline, source) = CutDateline(body[line]);
        }

        return new ReportParts(header, furniture, string.Join('\n', body), dateline, source, beforeFurniture);
    }

    private static (string Line, string? Dateline, string? Source) CutDateline(string first)
    {
        string? dateline = null, source = null;
        var body = new List<string> { first };
        {
            var m = DatelineWithSource().Match(body[0]);
            if (!m.Success || SpaceWords.Parts(m.Groups["place"].Value) > 4)
            {
                m = DatelinePlain().Match(body[0]);
            }

            if (!m.Success)
            {
                m = DatelineSlashes().Match(body[0]);
            }

            if (!m.Success)
            {
                m = DatelineBracketed().Match(body[0]);
            }

            if (!m.Success)
            {
                m = DatelineCountry().Match(body[0]);
            }

            if (!m.Success)
            {
                m = DatelineCityOnly().Match(body[0]);
            }

            if (!m.Success)
            {
                m = DatelineCityAgency().Match(body[0]);
            }

            if (m.Success && m.Length < body[0].Length - 20)
            {
                dateline = m.Value.Trim();
                source = m.Groups["src"].Success ? m.Groups["src"].Value.Trim() : null;
                body[0] = body[0][m.Length..];
            }
        }

        return (body[0], dateline, source);
    }

    /// <summary>Prose: eight words or more with a sentence end, or forty words or more.</summary>
    public static bool IsProse(string text)
    {
        var words = SpaceWords.Count(text);
        // Markdown emphasis after the stop (".**") still ends a sentence, and a standfirst set wholly in bold or italics
        // is prose; a tagline emphasised after a link ("[Site](/) - *The daily*") is not.
        var trimmed = WithoutSourceNotes(text.AsSpan().TrimEnd());
        var end = trimmed.TrimEnd("*_");
        var wholeEmphasis = end.Length < trimmed.Length && text.Length > 0 && text[0] is '*' or '_';
        var ends = end.Length > 0 && end[^1] is '.' or '!' or '?' or '"' or '\u201D' or ':' || wholeEmphasis || HasInnerSentenceEnd(text);
        return (words >= 8 && ends) || (words >= 40 && !PipeList(text));
    }

    // "MARKETS Brent +1.8% | Gold -0.4% | ...", "Latest: headline | headline | ...": a long ticker is a list, not prose.
    private static bool PipeList(string text) => text.AsSpan().Count(" | ") >= 3;

    // "... hit the base.[4][5]": numbered source notes after the sentence end.
    private static ReadOnlySpan<char> WithoutSourceNotes(ReadOnlySpan<char> text)
    {
        while (text.Length > 2 && text[^1] == ']' && text.LastIndexOf('[') is var open and >= 0
            && open >= text.Length - 5 && open < text.Length - 2 && text[(open + 1)..^1].IndexOfAnyExceptInRange('0', '9') < 0)
        {
            text = text[..open];
        }

        return text;
    }

    // "... hit the base. Officials said ...", but not "U.S. exit" or "Gen. Smith".
    private static bool HasInnerSentenceEnd(string text)
    {
        for (var i = text.IndexOf(". ", StringComparison.Ordinal); i > 2; i = text.IndexOf(". ", i + 2, StringComparison.Ordinal))
        {
            if (i + 2 < text.Length && char.IsUpper(text[i + 2]) && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]) && char.IsLetter(text[i - 3]))
            {
                return true;
            }
        }

        return false;
    }

    // After the last paragraph of prose, short lines that are not sentences are lists of other headlines,
    // tags or site links, not the article.
    private static void TrimTrailingBlock(List<string> body, List<Line> furniture)
    {
        var lastProse = body.FindLastIndex(IsProse);
        for (var i = body.Count - 1; i > lastProse && i >= 0; i--)
        {
            furniture.Add(new Line(body[i], true, "layout.trailing-non-prose"));
            body.RemoveAt(i);
        }
    }
}
