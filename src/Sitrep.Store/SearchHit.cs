namespace Sitrep.Store;

/// <summary>
/// One search result. <see cref="Kind"/> is "event" (the query matched the evidence sentence of a fact) or
/// "document" (it matched the title or body). Event fields are null for document hits. <see cref="Snippet"/>
/// is the matching text with the matched words in [brackets].
/// </summary>
public sealed record SearchHit(
    string Kind,
    long StoreId,
    string DocumentId,
    string Source,
    string? Title,
    string? Outlet,
    string? Published,
    string? EventId,
    string? Type,
    string? Status,
    string? Actor,
    string? Target,
    string? Place,
    double? Lat,
    double? Lon,
    string? Date,
    string Snippet,
    double Rank);
