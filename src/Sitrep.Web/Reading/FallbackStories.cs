namespace Sitrep.Web.Reading;

/// <summary>
/// Stories when no analysis is stored: the facts of one snapshot grouped by type, place and date (an unlocated or
/// undated fact is a story of its own), counted by distinct outlets. The id is the first fact's key.
/// </summary>
public static class FallbackStories
{
    public static IReadOnlyList<StoryDetail> Build(DashboardSnapshot s) => s.Events
        .GroupBy(e => e.Fact.Location is null || e.Date is null ? (e.Key, "", "") : (e.Fact.Type, e.Fact.Location.Id, e.Date))
        .Select(g => Story(g.ToList()))
        .OrderBy(x => x.Date ?? "", StringComparer.Ordinal).ThenBy(x => x.Id, StringComparer.Ordinal)
        .ToList();

    private static StoryDetail Story(List<EventView> events)
    {
        var first = events[0];
        var f = first.Fact;
        var outlets = events.Select(e => e.Outlet ?? OutletComparison.Unknown).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new StoryDetail(
            AnalysisSource.None, first.Key, f.Type, f.Status, f.Actor?.Name, f.Target?.Name, f.Location?.Name, f.Location?.Country,
            f.Location?.Lat, f.Location?.Lon, first.Date, f.Quantity?.Text, outlets.Count, outlets,
            outlets.Count == 1 ? ["single_source"] : [], f.Evidence.Sentence,
            events.Select(e => new MentionView(e.ReportId, e.Key, e.Outlet, e.Title, e.Published, null, e.Fact.Status, e.Fact.Evidence.Sentence)).ToList());
    }
}
