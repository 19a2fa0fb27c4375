namespace Sitrep.Core.Corpus;

/// <summary>
/// Decides which reports of a claim are independent. Two reports depend on each other when they come from the
/// same outlet or are linked by text reuse (a copy, a reprint, a reused passage); dependent reports form one
/// source, and a claim's corroboration is the number of such sources among its reports.
/// </summary>
public sealed class SourceIndependence
{
    private readonly HashSet<(long, long)> _reuse;
    private readonly Func<string, OutletInfo?> _outlets;

    /// <param name="reusePairs">Pairs of store ids linked by duplicate_of or shares_text_with, in any order.</param>
    /// <param name="outlets">What the knowledge base knows about an outlet name, or null.</param>
    public SourceIndependence(IEnumerable<(long A, long B)> reusePairs, Func<string, OutletInfo?> outlets)
    {
        _reuse = [];
        foreach (var (a, b) in reusePairs)
        {
            _reuse.Add((Math.Min(a, b), Math.Max(a, b)));
        }

        _outlets = outlets;
    }

    /// <summary>The independent sources among these reports, each as the list of its reports.</summary>
    public IReadOnlyList<IReadOnlyList<CorpusDocument>> Sources(IReadOnlyList<CorpusDocument> documents)
    {
        var docs = documents.DistinctBy(d => d.StoreId).ToList();
        var parent = Enumerable.Range(0, docs.Count).ToArray();
        int Find(int x) => parent[x] == x ? x : parent[x] = Find(parent[x]);
        for (var i = 0; i < docs.Count; i++)
        {
            for (var j = i + 1; j < docs.Count; j++)
            {
                if (Dependent(docs[i], docs[j]))
                {
                    parent[Find(j)] = Find(i);
                }
            }
        }

        return docs.Select((d, i) => (d, root: Find(i))).GroupBy(x => x.root).Select(g => (IReadOnlyList<CorpusDocument>)g.Select(x => x.d).ToList()).ToList();
    }

    /// <summary>Flags for a claim carried by these reports: single source, or only one country's state media.</summary>
    public IReadOnlyList<string> Flags(IReadOnlyList<IReadOnlyList<CorpusDocument>> sources)
    {
        var flags = new List<string>();
        if (sources.Count == 1)
        {
            flags.Add(StoryFlags.SingleSource);
        }

        // A source's outlet is the first known outlet among its reports (a reprint names the original's outlet).
        var infos = sources.Select(s => s.Select(d => d.Outlet is null ? null : _outlets(d.Outlet)).FirstOrDefault(i => i is not null)).ToList();
        if (infos.Count > 0 && infos.All(i => i is { StateAffiliated: true, Country: not null }) && infos.Select(i => i!.Country).Distinct().Count() == 1)
        {
            flags.Add($"{StoryFlags.StateMediaOnly}:{infos[0]!.Country}");
        }

        return flags;
    }

    private bool Dependent(CorpusDocument a, CorpusDocument b) =>
        (a.Outlet is not null && b.Outlet is not null && string.Equals(a.Outlet, b.Outlet, StringComparison.OrdinalIgnoreCase))
        || _reuse.Contains((Math.Min(a.StoreId, b.StoreId), Math.Max(a.StoreId, b.StoreId)));
}
