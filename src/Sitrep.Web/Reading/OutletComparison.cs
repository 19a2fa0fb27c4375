namespace Sitrep.Web.Reading;

/// <summary>
/// Compares outlets: how many reports and facts each contributed, the share of its facts that another outlet
/// also reported (corroboration of 2 or more), and the share of its reports that carry loaded wording.
/// </summary>
public static class OutletComparison
{
    public const string Unknown = "(unknown outlet)";

    public static IReadOnlyList<OutletSummary> Build(DashboardSnapshot s) => s.Reports
        .GroupBy(r => r.Report.Document.Outlet ?? Unknown, StringComparer.OrdinalIgnoreCase)
        .Select(g =>
        {
            var events = g.SelectMany(r => r.Report.Events).ToList();
            var corroborated = events.Count(e => e.Corroboration >= 2);
            var framed = g.Count(r => r.Report.Framing.Count > 0);
            var families = events
                .GroupBy(e => e.Type.Split('.')[0], StringComparer.Ordinal)
                .OrderByDescending(f => f.Count()).ThenBy(f => f.Key, StringComparer.Ordinal)
                .ToDictionary(f => f.Key, f => f.Count(), StringComparer.Ordinal);
            var reports = g.Count();
            return new OutletSummary(
                g.Key,
                s.Knowledge.Outlets.Find(g.Key),
                reports,
                events.Count,
                corroborated,
                events.Count == 0 ? 0 : Math.Round((double)corroborated / events.Count, 3),
                framed,
                g.Sum(r => r.Report.Framing.Count),
                Math.Round((double)framed / reports, 3),
                families);
        })
        .OrderByDescending(o => o.Reports).ThenBy(o => o.Name, StringComparer.Ordinal)
        .ToList();
}
