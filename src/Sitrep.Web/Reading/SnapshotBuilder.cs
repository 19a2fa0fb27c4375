using Sitrep.Core.Model;
using Sitrep.Store;

namespace Sitrep.Web.Reading;

/// <summary>Builds a <see cref="DashboardSnapshot"/> from stored reports: event views, zone membership, entity totals.</summary>
public static class SnapshotBuilder
{
    /// <param name="previous">A snapshot whose views of the same (unchanged) reports are taken over instead of made again.</param>
    public static DashboardSnapshot Build(long generation, IReadOnlyList<StoredReport> reports, KnowledgeLayers knowledge, DashboardSnapshot? previous = null)
    {
        var events = new List<EventView>();
        var knownAs = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var entities = new Dictionary<string, EntityTotals>(StringComparer.Ordinal);
        foreach (var stored in reports)
        {
            var report = stored.Report;
            foreach (var entity in report.Entities)
            {
                var totals = entities.TryGetValue(entity.Id, out var t) ? t : entities[entity.Id] = new EntityTotals(entity);
                totals.Reports++;
                foreach (var surface in entity.Mentions)
                {
                    totals.Surfaces.Add(surface);
                    var key = surface.ToLowerInvariant();
                    (knownAs.TryGetValue(key, out var ids) ? ids : knownAs[key] = new HashSet<string>(StringComparer.Ordinal)).Add(entity.Id);
                }
            }

            var kept = previous is not null && previous.ReportsById.TryGetValue(stored.Stored.StoreId, out var before) && ReferenceEquals(before, stored)
                ? previous.EventsByReport[stored.Stored.StoreId].ToList()
                : null;
            for (var i = 0; i < report.Events.Count; i++)
            {
                var e = report.Events[i];
                events.Add(kept is not null ? kept[i] : View(stored, i, knowledge));
                foreach (var id in new[] { e.Actor?.Id, e.Target?.Id, e.Location?.Id }.OfType<string>().Distinct())
                {
                    if (entities.TryGetValue(id, out var totals))
                    {
                        totals.Events++;
                    }
                }
            }
        }

        var summaries = entities.Values
            .Select(t => new EntitySummary(t.Entity.Id, t.Entity.Type, t.Entity.Name, t.Entity.Lat, t.Entity.Lon, t.Reports, t.Events, t.Surfaces.Order(StringComparer.Ordinal).ToList()))
            .OrderByDescending(s => s.Reports).ThenBy(s => s.Id, StringComparer.Ordinal)
            .ToList();
        return new DashboardSnapshot(generation, reports, events, knownAs, summaries, knowledge);
    }

    /// <summary>The view of one fact of a stored report: its key, filing date, report context and zones.</summary>
    public static EventView View(StoredReport stored, int index, KnowledgeLayers knowledge)
    {
        var doc = stored.Report.Document;
        var e = stored.Report.Events[index];
        return new EventView(
            $"{stored.Stored.StoreId}-{index}",
            stored.Stored.StoreId,
            e,
            e.Time?.Start ?? e.Time?.End ?? doc.Published,
            doc.Outlet,
            doc.Published,
            doc.Title,
            knowledge.Zones.Containing(e.Location?.Lat, e.Location?.Lon));
    }

    private sealed class EntityTotals(ExtractedEntity entity)
    {
        public ExtractedEntity Entity { get; } = entity;

        public int Reports { get; set; }

        public int Events { get; set; }

        public SortedSet<string> Surfaces { get; } = new(StringComparer.Ordinal);
    }
}
