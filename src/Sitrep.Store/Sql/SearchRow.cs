namespace Sitrep.Store.Sql;

/// <summary>A search result row as both backends select it (mapped by name, then turned into a <see cref="SearchHit"/>).</summary>
public sealed record SearchRow
{
    public string Kind { get; init; } = "";

    public long StoreId { get; init; }

    public string DocumentId { get; init; } = "";

    public string Source { get; init; } = "";

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Published { get; init; }

    public string? EventId { get; init; }

    public string? Type { get; init; }

    public string? Status { get; init; }

    public string? Actor { get; init; }

    public string? Target { get; init; }

    public string? Place { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Date { get; init; }

    public string? Snippet { get; init; }

    public double Rank { get; init; }

    public SearchHit ToHit() =>
        new(Kind, StoreId, DocumentId, Source, Title, Outlet, Published, EventId, Type, Status, Actor, Target, Place, Lat, Lon, Date, Snippet ?? "", Rank);

    /// <summary>The columns both backends select for an event hit (aliases e, d), before snippet and rank.</summary>
    public const string EventColumns =
        "'event' AS kind, d.id AS store_id, d.doc_id AS document_id, d.source, d.title, d.outlet, d.published, e.event_id, e.type, e.status, "
        + "e.actor_name AS actor, e.target_name AS target, e.location_name AS place, e.lat, e.lon, " + SearchFilters.EventDate + " AS date";

    /// <summary>The columns both backends select for a document hit (alias d), before snippet and rank.</summary>
    public const string DocumentColumns =
        "'document' AS kind, d.id AS store_id, d.doc_id AS document_id, d.source, d.title, d.outlet, d.published, NULL AS event_id, NULL AS type, NULL AS status, "
        + "NULL AS actor, NULL AS target, NULL AS place, CAST(NULL AS REAL) AS lat, CAST(NULL AS REAL) AS lon, d.published AS date";
}
