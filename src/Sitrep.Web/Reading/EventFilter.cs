namespace Sitrep.Web.Reading;

/// <summary>
/// The filters of <c>sitrep search</c>, with the same meaning (see docs/storage.md): type exactly or by family,
/// actor and place by id, part of the name or a name used in a report, status exactly, dates on their common
/// prefix with the event's date, outlet by part of its name. Zone and Located are the dashboard's own.
/// </summary>
public sealed record EventFilter(
    string? Type = null,
    string? Actor = null,
    string? Place = null,
    string? From = null,
    string? To = null,
    string? Outlet = null,
    string? Status = null,
    string? Zone = null,
    bool? Located = null);

/// <summary>The order of a list of facts: as stored (reports in ingestion order), or by date either way (undated last).</summary>
public enum EventOrder
{
    Stored,
    DateAscending,
    DateDescending,
}
