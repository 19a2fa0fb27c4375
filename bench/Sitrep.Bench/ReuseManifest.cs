using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Bench;

/// <summary>What the generator says about one file: the file it copies byte for byte, the file it took a passage from.</summary>
public sealed record ManifestEntry(string Name, string? DuplicateOf, string? PassageFrom);

/// <summary>
/// The generator's account of copies and reused passages (manifest.tsv, or the generated reports in memory), and
/// how the batch pass's <c>duplicate_of</c> and <c>shares_text_with</c> compare with it.
/// </summary>
public static class ReuseManifest
{
    public const string FileName = "manifest.tsv";

    public static IReadOnlyList<ManifestEntry> From(IEnumerable<GeneratedReport> reports)
    {
        return reports.Select(r => new ManifestEntry(r.Name, r.DuplicateOf is null ? null : r.SourceName, r.PassageFrom is null ? null : r.SourceName)).ToList();
    }

    /// <summary>The manifest beside a generated corpus, or null when the folder has none.</summary>
    public static IReadOnlyList<ManifestEntry>? Read(string dir)
    {
        var path = Path.Combine(dir, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        return File.ReadLines(path).Skip(1).Select(line => line.Split('\t'))
            .Where(f => f.Length >= 6)
            .Select(f => new ManifestEntry(f[0], Empty(f[4]), Empty(f[5])))
            .ToList();
    }

    /// <summary>
    /// Prints precision and recall of the links the batch pass found, over pairs of codebook ids. A byte-for-byte copy
    /// has its original's id, so it counts as recognised when the ids are equal or a <c>duplicate_of</c> joins them. A
    /// passage taken from a report that itself took it from a third is shared by all three.
    /// </summary>
    public static void Score(IReadOnlyList<ManifestEntry> manifest, IReadOnlyList<ExtractedReport> reports)
    {
        var idOf = reports.ToDictionary(r => Path.GetFileName(r.Document.Source), r => r.Document.Id, StringComparer.Ordinal);
        var byName = manifest.Where(m => idOf.ContainsKey(m.Name)).ToDictionary(m => m.Name, StringComparer.Ordinal);

        var copies = byName.Values.Where(m => m.DuplicateOf is not null && idOf.ContainsKey(m.DuplicateOf)).Select(m => (Copy: idOf[m.Name], Of: idOf[m.DuplicateOf!])).ToList();
        var duplicateLinks = reports.Where(r => r.Document.DuplicateOf is not null).Select(r => Pair(r.Document.Id, r.Document.DuplicateOf!)).ToHashSet();
        var recognised = copies.Count(c => c.Copy == c.Of || duplicateLinks.Contains(Pair(c.Copy, c.Of)));
        var expectedLinks = copies.Where(c => c.Copy != c.Of).Select(c => Pair(c.Copy, c.Of)).ToHashSet();
        var rightLinks = duplicateLinks.Count(expectedLinks.Contains);
        Console.WriteLine($"  duplicate_of       manifest copies {copies.Count,6}   recognised {recognised,6} ({copies.Count(c => c.Copy == c.Of)} with the original's body)   "
            + $"duplicate_of links {duplicateLinks.Count,6}   precision {Percent(recognised, recognised + duplicateLinks.Count - rightLinks)}   recall {Percent(recognised, copies.Count)}");

        var expected = ExpectedSharing(byName, idOf);
        var found = reports.SelectMany(r => r.Document.SharesTextWith.Select(o => Pair(r.Document.Id, o))).Where(p => p.A != p.B).ToHashSet();
        var hit = found.Count(expected.Contains);
        Console.WriteLine($"  shares_text_with   manifest pairs {expected.Count,7}   found pairs {found.Count,9}   right {hit,7}   "
            + $"precision {Percent(hit, found.Count)}   recall {Percent(hit, expected.Count)}   links per report {2.0 * found.Count / Math.Max(1, reports.Count):F1}");
    }

    private static HashSet<(string A, string B)> ExpectedSharing(Dictionary<string, ManifestEntry> byName, Dictionary<string, string> idOf)
    {
        // The report a passage was first written in: follow passage_from while the source took it from another.
        string Origin(string name)
        {
            var at = name;
            while (byName.TryGetValue(at, out var m) && m.PassageFrom is string from && byName.ContainsKey(from) && byName[from].PassageFrom is not null)
            {
                at = from;
            }

            return byName.TryGetValue(at, out var e) && e.PassageFrom is string first ? first : at;
        }

        var groups = byName.Values.Where(m => m.PassageFrom is not null)
            .GroupBy(m => Origin(m.Name), StringComparer.Ordinal)
            .Select(g => g.Select(m => idOf[m.Name]).Append(idOf.GetValueOrDefault(g.Key) ?? "").Where(id => id.Length > 0).Distinct(StringComparer.Ordinal).ToList());
        var pairs = new HashSet<(string, string)>();
        foreach (var ids in groups)
        {
            for (var a = 0; a < ids.Count; a++)
            {
                for (var b = a + 1; b < ids.Count; b++)
                {
                    pairs.Add(Pair(ids[a], ids[b]));
                }
            }
        }

        return pairs;
    }

    private static (string A, string B) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static string Percent(int part, int whole) => whole == 0 ? "n/a" : (100.0 * part / whole).ToString("F1", CultureInfo.InvariantCulture) + "%";

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
