using Sitrep.Core.Model;

namespace Sitrep.Core.Corpus;

/// <summary>
/// Counts, per event, the independent outlets that report a compatible fact (same type, actor and place)
/// among the reports of one run. Reports linked by shared text or copying count as one source.
/// </summary>
public static class Corroboration
{
    public static IReadOnlyList<ExtractedReport> Count(IReadOnlyList<ExtractedReport> reports)
    {
        var group = SourceGroups(reports);
        var result = new ExtractedReport[reports.Count];
        for (var d = 0; d < reports.Count; d++)
        {
            var events = reports[d].Events.Select(e =>
            {
                var sources = new HashSet<string> { group[d] };
                for (var o = 0; o < reports.Count; o++)
                {
                    if (o != d && reports[o].Events.Any(x => Compatible(e, x)))
                    {
                        sources.Add(group[o]);
                    }
                }

                return e with { Corroboration = sources.Count };
            }).ToList();
            result[d] = reports[d] with { Events = events };
        }

        return result;
    }

    private static bool Compatible(ExtractedEvent a, ExtractedEvent b) =>
        a.Type == b.Type && a.Actor?.Id == b.Actor?.Id && a.Location?.Id == b.Location?.Id
        && (a.Quantity is null || b.Quantity is null || Math.Abs(a.Quantity.Value - b.Quantity.Value) <= Math.Max(0.5, a.Quantity.Value * 0.005));

    // One source per outlet; reports that copy or reuse each other's text join one group.
    private static string[] SourceGroups(IReadOnlyList<ExtractedReport> reports)
    {
        var index = reports.Select((r, i) => (r.Document.Id, i)).GroupBy(x => x.Id).ToDictionary(g => g.Key, g => g.First().i);
        var parent = Enumerable.Range(0, reports.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        var byOutlet = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var d = 0; d < reports.Count; d++)
        {
            var doc = reports[d].Document;
            foreach (var other in doc.SharesTextWith.Append(doc.DuplicateOf ?? ""))
            {
                if (index.TryGetValue(other, out var o))
                {
                    parent[Find(o)] = Find(d);
                }
            }

            if (doc.Outlet is string outlet)
            {
                if (byOutlet.TryGetValue(outlet, out var first))
                {
                    parent[Find(first)] = Find(d);
                }
                else
                {
                    byOutlet[outlet] = d;
                }
            }
        }

        return Enumerable.Range(0, reports.Count).Select(d => "g" + Find(d)).ToArray();
    }
}
