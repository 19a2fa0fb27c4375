using System.Buffers;
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
    public static IReadOnlyList<ExtractedReport> Link(IReadOnlyList<ExtractedReport> reports, int stockPhraseOutlets) =>
        Link(reports, [.. reports.Select(r => Shingles(r.Document.Body))], stockPhraseOutlets);

    /// <summary>
    /// As <see cref="Link(IReadOnlyList{ExtractedReport})"/>, with each report's <see cref="Shingles"/> already
    /// computed (by the workers that extracted the reports, so that linking a window is not one long serial step).
    /// </summary>
    public static IReadOnlyList<ExtractedReport> Link(IReadOnlyList<ExtractedReport> reports, IReadOnlyList<HashSet<ulong>> shingles, int stockPhraseOutlets = StockPhraseOutlets)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(shingles.Count, reports.Count);
        var outlets = reports.Select((r, i) => r.Document.Outlet ?? "\u0001" + i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        var shared = CountSharedShingles(shingles, outlets, stockPhraseOutlets);

        var result = reports.ToArray();
        // Partners by position, named only at the end: a window of template-like reports can pair every report with
        // every other, and a list of positions is far smaller than a sorted set of names per report.
        var partners = new List<int>?[reports.Count];
        var duplicateOf = new int[reports.Count];
        Array.Fill(duplicateOf, -1);
        foreach (var ((a, b), count) in shared)
        {
            (partners[a] ??= []).Add(b);
            (partners[b] ??= []).Add(a);
            var smaller = Math.Min(shingles[a].Count, shingles[b].Count);
            // A near-copy of several earlier reports is the copy of the first of them.
            if (smaller > 0 && (double)count / smaller >= DuplicateThreshold && (duplicateOf[b] < 0 || a < duplicateOf[b]))
            {
                duplicateOf[b] = a;
            }
        }

        for (var d = 0; d < result.Length; d++)
        {
            var own = result[d].Document.Id;
            var sharesWith = (partners[d] ?? []).Select(p => reports[p].Document.Id).Where(id => id != own).Distinct().Order(StringComparer.Ordinal);
            var copyOf = duplicateOf[d] < 0 ? null : reports[duplicateOf[d]].Document.Id;
            result[d] = result[d] with
            {
                Document = result[d].Document with { SharesTextWith = [.. sharesWith], DuplicateOf = copyOf == own ? null : copyOf },
            };
        }

        return result;
    }

    /// <summary>
    /// For every pair of reports (earlier first) that share a run which is no stock phrase, how many runs they share.
    /// The runs are grouped by sorting (hash, report) pairs: one array, where a dictionary of owner lists made a
    /// list for every run of the window.
    /// </summary>
    private static Dictionary<(int, int), int> CountSharedShingles(IReadOnlyList<HashSet<ulong>> shingles, string[] outlets, int stockPhraseOutlets)
    {
        var total = 0;
        foreach (var set in shingles)
        {
            total += set.Count;
        }

        var hashes = new ulong[total];
        var owners = new int[total];
        var n = 0;
        for (var d = 0; d < shingles.Count; d++)
        {
            foreach (var h in shingles[d])
            {
                hashes[n] = h;
                owners[n++] = d;
            }
        }

        // The sort is not stable: each run's owners are put back in report order below, so pairs are (earlier, later).
        Array.Sort(hashes, owners);
        var shared = new Dictionary<(int, int), int>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var start = 0; start < total;)
        {
            var end = start + 1;
            while (end < total && hashes[end] == hashes[start])
            {
                end++;
            }

            var list = owners.AsSpan(start, end - start);
            start = end;
            if (list.Length < 2 || list.Length >= StockPhraseReports || (list.Length >= stockPhraseOutlets && IsStock(list, outlets, seen, stockPhraseOutlets)))
            {
                continue;
            }

            list.Sort();
            for (var a = 0; a < list.Length; a++)
            {
                for (var b = a + 1; b < list.Length; b++)
                {
                    var key = (list[a], list[b]);
                    shared[key] = shared.GetValueOrDefault(key) + 1;
                }
            }
        }

        return shared;
    }

    private static bool IsStock(ReadOnlySpan<int> owners, string[] outlets, HashSet<string> seen, int stockPhraseOutlets)
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
        // The folded words go one after another, each followed by a space, into one pooled buffer: a run's hash is the
        // hash of a stretch of it, and no string or token is made per word.
        var chars = ArrayPool<char>.Shared.Rent(body.Length + 16);
        var starts = ArrayPool<int>.Shared.Rent(body.Length / 2 + 2);
        try
        {
            var (n, words) = (0, 0);
            for (var i = 0; Tokenizer.NextWord(body, ref i, body.Length, out var start, out var end);)
            {
                var word = body.AsSpan(start, end - start);
                if (n + word.Length + 1 > chars.Length)
                {
                    Grow(ref chars, n, n + word.Length + 1);
                }

                var length = NameFolding.FoldAscii(word, chars.AsSpan(n), out var ascii);
                if (!ascii)
                {
                    var folded = NameFolding.Fold(word);
                    if (n + folded.Length + 1 > chars.Length)
                    {
                        Grow(ref chars, n, n + folded.Length + 1);
                    }

                    folded.CopyTo(chars.AsSpan(n));
                    length = folded.Length;
                }

                if (words + 1 >= starts.Length)
                {
                    Grow(ref starts, words + 1, 2 * starts.Length);
                }

                starts[words++] = n;
                n += length;
                chars[n++] = ' ';
            }

            starts[words] = n;
            var set = new HashSet<ulong>(Math.Max(0, words - ShingleWords + 1));
            for (var w = 0; w + ShingleWords <= words; w++)
            {
                var h = 14695981039346656037UL;
                foreach (var c in chars.AsSpan(starts[w], starts[w + ShingleWords] - starts[w]))
                {
                    h = (h ^ c) * 1099511628211UL;
                }

                set.Add(h);
            }

            return set;
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<int>.Shared.Return(starts);
        }
    }

    private static void Grow<T>(ref T[] pooled, int used, int atLeast)
    {
        var bigger = ArrayPool<T>.Shared.Rent(Math.Max(atLeast, 2 * pooled.Length));
        pooled.AsSpan(0, used).CopyTo(bigger);
        ArrayPool<T>.Shared.Return(pooled);
        pooled = bigger;
    }
}
