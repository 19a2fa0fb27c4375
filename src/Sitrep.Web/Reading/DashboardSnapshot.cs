using Sitrep.Store;
using Sitrep.Web.Knowledge;

namespace Sitrep.Web.Reading;

/// <summary>
/// An immutable, indexed copy of the latest version of every stored report, with the knowledge-base layers
/// beside it. Requests read one snapshot; an ingest builds the next one and swaps it in.
/// </summary>
public sealed class DashboardSnapshot
{
    internal DashboardSnapshot(
        long generation,
        IReadOnlyList<StoredReport> reports,
        IReadOnlyList<EventView> events,
        IReadOnlyDictionary<string, HashSet<string>> knownAs,
        IReadOnlyList<EntitySummary> entities,
        KnowledgeLayers knowledge)
    {
        Generation = generation;
        Reports = reports;
        ReportsById = reports.ToDictionary(r => r.Stored.StoreId);
        Events = events;
        EventsByKey = events.ToDictionary(e => e.Key, StringComparer.Ordinal);
        EventsByReport = events.ToLookup(e => e.ReportId);
        Columns = new EventColumns(events);
        KnownAs = knownAs;
        Entities = entities;
        Knowledge = knowledge;
        EventsByEntity = events
            .SelectMany(e => new[] { e.Fact.Location?.Id, e.Fact.Actor?.Id, e.Fact.Target?.Id }.OfType<string>().Distinct(StringComparer.Ordinal).Select(id => (id, e)))
            .ToLookup(x => x.id, x => x.e, StringComparer.Ordinal);
        ReportsByEntity = reports
            .SelectMany(r => r.Report.Entities.Select(x => (x.Id, r.Stored.StoreId)).Distinct())
            .ToLookup(x => x.Id, x => x.StoreId, StringComparer.Ordinal);
        Stories = events.Where(e => e.Fact.Location is not null && e.Date is not null)
            .ToLookup(e => (e.Fact.Type, e.Fact.Location!.Id, e.Date!));
        _outlets = new Lazy<IReadOnlyList<OutletSummary>>(() => OutletComparison.Build(this));
        var lastId = reports.Count == 0 ? 0 : reports.Max(r => r.Stored.StoreId);
        Tag = $"{generation}.{lastId}.{reports.Count}.{events.Count}";
    }

    /// <summary>Changes whenever the content changes; the base of every read endpoint's ETag.</summary>
    public string Tag { get; }

    public long Generation { get; }

    /// <summary>Latest versions, in ingestion order.</summary>
    public IReadOnlyList<StoredReport> Reports { get; }

    public IReadOnlyDictionary<long, StoredReport> ReportsById { get; }

    /// <summary>Every fact of the latest versions, in report order then extraction order.</summary>
    public IReadOnlyList<EventView> Events { get; }

    public IReadOnlyDictionary<string, EventView> EventsByKey { get; }

    /// <summary>The facts' filterable fields, row by row in the order of <see cref="Events"/>.</summary>
    public EventColumns Columns { get; }

    public ILookup<long, EventView> EventsByReport { get; }

    /// <summary>Entity ids by a name they appear under in some report (lower case), for the actor and place filters.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> KnownAs { get; }

    public IReadOnlyList<EntitySummary> Entities { get; }

    public KnowledgeLayers Knowledge { get; }

    /// <summary>Facts located at an entity or naming it as actor or target, by entity id.</summary>
    public ILookup<string, EventView> EventsByEntity { get; }

    /// <summary>Ids of the reports mentioning an entity (each once), by entity id.</summary>
    public ILookup<string, long> ReportsByEntity { get; }

    /// <summary>Facts by type, place and date: a story for now.</summary>
    public ILookup<(string Type, string Place, string Date), EventView> Stories { get; }

    /// <summary>The outlet comparison, computed on first use and kept with the snapshot.</summary>
    public IReadOnlyList<OutletSummary> Outlets => _outlets.Value;

    private readonly Lazy<IReadOnlyList<OutletSummary>> _outlets;
}

/// <summary>The knowledge-base files the dashboard shows beside the store: installations, outlets, zones.</summary>
public sealed record KnowledgeLayers(IReadOnlyList<Installation> Installations, OutletDirectory Outlets, ZoneLayer Zones)
{
    /// <summary>Reads them from a data directory laid out as data/ (kb/installations.csv, kb/outlets.json, kb/zones.geojson).</summary>
    public static KnowledgeLayers Read(string dataDirectory) => new(
        InstallationRegister.Read(Path.Combine(dataDirectory, "kb", "installations.csv")),
        OutletDirectory.Read(Path.Combine(dataDirectory, "kb", "outlets.json")),
        ZoneLayer.Read(Path.Combine(dataDirectory, "kb", "zones.geojson")));
}
