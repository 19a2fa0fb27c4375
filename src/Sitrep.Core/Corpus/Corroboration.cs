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
        // Compatible events share type, actor and place, so only events under one key are compared; and the answer
        // depends only on the key and the quantity, so it is computed once per pair. A batch of many reports of one
        // kind stays linear instead of comparing every report with every other.
        var byKey = new Dictionary<(string, string?, string?), List<(ExtractedEvent Event, string Group)>>();
        for (var d = 0; d < reports.Count; d++)
        {
            foreach (var e in reports[d].Events)
            {
                var key = (e.Type, e.Actor?.Id, e.Location?.Id);
                if (!byKey.TryGetValue(key, out var list))
                {
                    byKey[key] = list = [];
                }

                list.Add((e, group[d]));
            }
        }

        var counted = new Dictionary<((string, string?, string?), double?), int>();
        var result = new ExtractedReport[reports.Count];
        for (var d = 0; d < reports.Count; d++)
        {
            var events = reports[d].Events.Select(e =>
            {
                var key = (e.Type, e.Actor?.Id, e.Location?.Id);
                if (!counted.TryGetValue((key, e.Quantity?.Value), out var sources))
                {
                    // The event itself is compatible with itself, so its own report's group is always among these.
                    sources = byKey[key].Where(x => Compatible(e, x.Event)).Select(x => x.Group).Distinct(StringComparer.Ordinal).Count();
                    counted[(key, e.Quantity?.Value)] = sources;
                }

                return e with { Corroboration = sources };
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
        int Find(int x)
        {
            // Iterative, with path halving: a long chain of copies must not exhaust the stack.
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

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
