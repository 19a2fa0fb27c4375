using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Corpus;

/// <summary>
/// Finds reuse among the reports of one run (codebook section 5): reports that share a run of eight words
/// share text; a report whose 8-word shingles mostly belong to an earlier report is its near-copy.
/// </summary>
public static class TextReuse
{
    public const int ShingleWords = 8;

    public const double DuplicateThreshold = 0.8;

    /// <summary>A run held by this many reports or more is a stock phrase, whoever published them.</summary>
    public const int StockPhraseReports = 64;

    /// <summary>
    /// A run found in reports of this many different outlets or more is common phrasing, not copying: the document
    /// frequency cut-off of an IDF weight, counted in outlets because one outlet's house style or one wire story
    /// reprinted by its clients is still one source. Reports without an outlet count as outlets of their own.
    /// </summary>
    public const int StockPhraseOutlets = 8;

    public static IReadOnlyList<ExtractedReport> Link(IReadOnlyList<ExtractedReport> reports) => Link(reports, StockPhraseOutlets);

    /// <summary>As <see cref="Link(IReadOnlyList{ExtractedReport})"/>, with another outlet cut-off for stock phrases.</summary>
    public static IReadOnlyList<ExtractedReport> Link(IReadOnlyList<ExtractedReport> reports, int stockPhraseOutlets)
    {
        var shingles = reports.Select(r => Shingles(r.Document.Body)).ToList();
        var owners = new Dictionary<ulong, List<int>>();
        for (var d = 0; d < shingles.Count; d++)
        {
            foreach (var h in shingles[d])
            {
                if (!owners.TryGetValue(h, out var list))
                {
                    owners[h] = list = [];
                }

                list.Add(d);
            }
        }

        var shared = new Dictionary<(int, int), int>();
        var outlets = reports.Select((r, i) => r.Document.Outlet ?? "\u0001" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var outletsSeen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var list in owners.Values.Where(l => l.Count > 1 && l.Count < StockPhraseReports))
        {
            if (list.Count >= stockPhraseOutlets && IsStock(list, outlets, outletsSeen, stockPhraseOutlets))
            {
                continue;
            }

            for (var a = 0; a < list.Count; a++)
            {
                for (var b = a + 1; b < list.Count; b++)
                {
                    var key = (list[a], list[b]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        var result = reports.ToArray();
        // Partners by position, named only at the end: a window of template-like reports can pair every report with
        // every other, and a list of positions is far smaller than a sorted set of names per report.
        var partners = new List<int>?[reports.Count];
        var duplicateOf = new string?[reports.Count];
        foreach (var ((a, b), count) in shared)
        {
            (partners[a] ??= []).Add(b);
            (partners[b] ??= []).Add(a);
            var smaller = Math.Min(shingles[a].Count, shingles[b].Count);
            if (smaller > 0 && (double)count / smaller >= DuplicateThreshold)
            {
                duplicateOf[b] ??= reports[a].Document.Id;
            }
        }

        for (var d = 0; d < result.Length; d++)
        {
            var own = result[d].Document.Id;
            var sharesWith = (partners[d] ?? []).Select(p => reports[p].Document.Id).Where(id => id != own).Distinct().Order(StringComparer.Ordinal);
            result[d] = result[d] with
            {
                Document = result[d].Document with { SharesTextWith = [.. sharesWith], DuplicateOf = duplicateOf[d] == own ? null : duplicateOf[d] },
            };
        }

        return result;
    }

    private static bool IsStock(List<int> owners, string[] outlets, HashSet<string> seen, int stockPhraseOutlets)
    {
        seen.Clear();
        foreach (var d in owners)
        {
            if (seen.Add(outlets[d]) && seen.Count >= stockPhraseOutlets)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Hashes of every run of eight consecutive folded words.</summary>
    public static HashSet<ulong> Shingles(string body)
    {
        var words = Tokenizer.Tokenize(body).Where(t => t.Kind != TokenKind.Punct).Select(t => t.Norm).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + ShingleWords <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            for (var k = i; k < i + ShingleWords; k++)
            {
                foreach (var c in words[k])
                {
                    h = (h ^ c) * 1099511628211UL;
                }

                h = (h ^ ' ') * 1099511628211UL;
            }

            set.Add(h);
        }

        return set;
    }
}
