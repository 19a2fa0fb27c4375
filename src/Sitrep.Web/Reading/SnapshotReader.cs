using System.Text.Json.Nodes;
using Sitrep.Core.Model;

namespace Sitrep.Web.Reading;

/// <summary>Answers the API's reads from the current <see cref="DashboardSnapshot"/>.</summary>
public sealed class SnapshotReader(SnapshotHolder holder) : IDashboardReader
{
    private DashboardSnapshot S => holder.Current;

    public string Tag => S.Tag;

    public Page<ReportSummary> Reports(string? outlet, Paging paging)
    {
        var s = S;
        return paging.Apply(s.Reports
            .Where(r => outlet is null || (r.Report.Document.Outlet?.Contains(outlet, StringComparison.OrdinalIgnoreCase) ?? false))
            .Reverse()
            .Select(ReportSummaries.Of));
    }

    public ReportDetail? Report(long id)
    {
        var s = S;
        if (!s.ReportsById.TryGetValue(id, out var stored))
        {
            return null;
        }

        var r = stored.Report;
        return new ReportDetail(ReportSummaries.Of(stored), r.Document.Body, r.Document.DuplicateOf, r.Document.SharesTextWith, s.EventsByReport[id].ToList(), r.Entities, r.Framing);
    }

    public Page<EventView> Events(EventFilter filter, Paging paging)
    {
        var s = S;
        var matcher = new EventMatcher(filter, s.KnownAs);
        return paging.Apply(s.Events.Where(matcher.Matches));
    }

    public StoryView? Story(string eventKey)
    {
        var s = S;
        if (!s.EventsByKey.TryGetValue(eventKey, out var e))
        {
            return null;
        }

        var day = e.Date;
        var place = e.Fact.Location?.Id;
        var related = place is null || day is null
            ? []
            : s.Events.Where(o => o.Key != e.Key && o.Fact.Type == e.Fact.Type && o.Fact.Location?.Id == place && o.Date == day).ToList();
        var outlets = related.Prepend(e).Select(o => o.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new StoryView(e, related, outlets);
    }

    public Page<EntitySummary> Entities(string? type, string? name, Paging paging) => paging.Apply(S.Entities
        .Where(e => type is null || string.Equals(e.Type.ToString(), type, StringComparison.OrdinalIgnoreCase))
        .Where(e => name is null || e.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || e.Surfaces.Any(x => x.Contains(name, StringComparison.OrdinalIgnoreCase))));

    public Page<InstallationSummary> Installations(string? name, Paging paging)
    {
        var s = S;
        var events = s.Events.SelectMany(e => Named(e).Select(id => (id, e.ReportId))).ToLookup(x => x.id, x => x.ReportId);
        var mentioned = s.Reports.SelectMany(r => r.Report.Entities.Where(x => x.Type == EntityType.Installation).Select(x => (x.Id, r.Stored.StoreId))).ToLookup(x => x.Id, x => x.StoreId);
        return paging.Apply(s.Knowledge.Installations
            .Where(i => name is null || i.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || i.Aliases.Any(a => a.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .Select(i => new InstallationSummary(i, events[i.Id].Count(), mentioned[i.Id].Distinct().Count())));
    }

    public InstallationDetail? Installation(string id)
    {
        var s = S;
        var installation = s.Knowledge.Installations.FirstOrDefault(i => i.Id == id);
        if (installation is null)
        {
            return null;
        }

        var events = s.Events.Where(e => Named(e).Contains(id)).ToList();
        var reports = s.Reports
            .Where(r => r.Report.Entities.Any(x => x.Id == id))
            .Select(ReportSummaries.Of)
            .ToList();
        return new InstallationDetail(installation, events, reports);
    }

    public IReadOnlyList<OutletSummary> Outlets() => OutletComparison.Build(S);

    public JsonObject Zones() => S.Knowledge.Zones.GeoJson;

    // The installation a fact is located at, or names as actor or target.
    private static IEnumerable<string> Named(EventView e) =>
        new[] { e.Fact.Location?.Id, e.Fact.Actor?.Id, e.Fact.Target?.Id }.OfType<string>().Distinct(StringComparer.Ordinal);
}
