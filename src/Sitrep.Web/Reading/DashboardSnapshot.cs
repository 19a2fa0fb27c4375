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
        KnownAs = knownAs;
        Entities = entities;
        Knowledge = knowledge;
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

    public ILookup<long, EventView> EventsByReport { get; }

    /// <summary>Entity ids by a name they appear under in some report (lower case), for the actor and place filters.</summary>
    public IReadOnlyDictionary<string, HashSet<string>> KnownAs { get; }

    public IReadOnlyList<EntitySummary> Entities { get; }

    public KnowledgeLayers Knowledge { get; }
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
