using System.Text.Json.Nodes;
using Sitrep.Store;

namespace Sitrep.Web.Reading;

/// <summary>Answers the API's reads from the current <see cref="DashboardSnapshot"/>.</summary>
public sealed class SnapshotReader(SnapshotHolder holder, CorpusHolder corpus, ICorpusView stories) : IDashboardReader
{
    private DashboardSnapshot S => holder.Current;

    public string Tag => $"{S.Tag}.{corpus.Current.Tag}";

    public Page<ReportSummary> Reports(string? outlet, Paging paging)
    {
        var s = S;
        var matching = outlet is null
            ? s.Reports
            : s.Reports.Where(r => r.Report.Document.Outlet?.Contains(outlet, StringComparison.OrdinalIgnoreCase) ?? false).ToList();

        // Newest first; only the page's reports are summarised.
        var from = (int)Math.Min((long)(paging.Number - 1) * paging.Size, matching.Count);
        var items = Enumerable.Range(from, Math.Min(paging.Size, matching.Count - from)).Select(k => ReportSummaries.Of(matching[matching.Count - 1 - k])).ToList();
        return new Page<ReportSummary>(items, paging.Number, paging.Size, matching.Count);
    }

    public ReportDetail? Report(long id)
    {
        var s = S;
        if (!s.ReportsById.TryGetValue(id, out var stored))
        {
            return null;
        }

        return Detail(stored, s.EventsByReport[id].ToList());
    }

    public ReportDetail Detail(StoredReport stored) =>
        Detail(stored, stored.Report.Events.Select((_, i) => SnapshotBuilder.View(stored, i, S.Knowledge)).ToList());

    private static ReportDetail Detail(StoredReport stored, IReadOnlyList<EventView> events)
    {
        var r = stored.Report;
        return new ReportDetail(ReportSummaries.Of(stored), r.Document.Body, r.Document.DuplicateOf, r.Document.SharesTextWith, events, r.Entities, r.Framing);
    }

    public Page<EventView> Events(EventFilter filter, Paging paging, EventOrder order = EventOrder.Stored)
    {
        var s = S;
        var matcher = new EventMatcher(filter, s.Columns, s.KnownAs);
        var page = order == EventOrder.Stored ? matcher.Page(s.Columns, s.Events, paging) : matcher.PageByDate(s.Columns, s.Events, paging, order == EventOrder.DateDescending);
        return corpus.Current.Analysed ? page with { Items = page.Items.Select(e => e with { Story = stories.StoryOf(e) }).ToList() } : page;
    }

    public StoryView? Story(string eventKey)
    {
        var s = S;
        if (!s.EventsByKey.TryGetValue(eventKey, out var e))
        {
            return null;
        }

        var related = e.Fact.Location is null || e.Date is null
            ? []
            : s.Stories[(e.Fact.Type, e.Fact.Location.Id, e.Date)].Where(o => o.Key != e.Key).ToList();
        var outlets = related.Prepend(e).Select(o => o.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        return new StoryView(e, related, outlets);
    }

    public Page<EntitySummary> Entities(string? type, string? name, Paging paging) => paging.Apply(S.Entities
        .Where(e => type is null || string.Equals(e.Type.ToString(), type, StringComparison.OrdinalIgnoreCase))
        .Where(e => name is null || e.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || e.Surfaces.Any(x => x.Contains(name, StringComparison.OrdinalIgnoreCase))));

    public Page<InstallationSummary> Installations(string? name, Paging paging)
    {
        var s = S;
        return paging.Apply(s.Knowledge.Installations
            .Where(i => name is null || i.Name.Contains(name, StringComparison.OrdinalIgnoreCase) || i.Aliases.Any(a => a.Contains(name, StringComparison.OrdinalIgnoreCase)))
            .Select(i => new InstallationSummary(i, s.EventsByEntity[i.Id].Count(), s.ReportsByEntity[i.Id].Count())));
    }

    public InstallationDetail? Installation(string id)
    {
        var s = S;
        var installation = s.Knowledge.Installations.FirstOrDefault(i => i.Id == id);
        if (installation is null)
        {
            return null;
        }

        var reports = s.ReportsByEntity[id].Select(r => ReportSummaries.Of(s.ReportsById[r])).ToList();
        return new InstallationDetail(installation, s.EventsByEntity[id].ToList(), reports, stories.Analysis, stories.InstallationRegister(id));
    }

    public IReadOnlyList<OutletSummary> Outlets() => corpus.Current.Analysed ? S.Outlets.Select(o => o with { Analysis = stories.Outlet(o.Name) }).ToList() : S.Outlets;

    public JsonObject Zones() => S.Knowledge.Zones.GeoJson;
}
