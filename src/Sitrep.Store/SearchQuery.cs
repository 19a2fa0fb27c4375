namespace Sitrep.Store;

/// <summary>
/// A search: words and "quoted phrases" that must all occur (stemmed, case- and accent-insensitive; empty
/// matches everything), and filters. Type matches exactly or by family ("military" matches military.*);
/// actor and place match an id exactly, part of the canonical name, or a name the entity appears under in a report
/// ("SDF"), all case-insensitive; outlet matches part of the outlet's name; From/To are ISO dates
/// (YYYY, YYYY-MM or YYYY-MM-DD) compared with the event's time (else the report's publication date).
/// </summary>
public sealed record SearchQuery(string Text)
{
    public string? Type { get; init; }

    public string? Actor { get; init; }

    public string? Place { get; init; }

    public string? From { get; init; }

    public string? To { get; init; }

    public string? Outlet { get; init; }

    public string? Status { get; init; }

    public int Limit { get; init; } = 100;

    /// <summary>True when a filter only events can satisfy is set; then only event hits are returned.</summary>
    public bool HasEventFilters => Type is not null || Actor is not null || Place is not null || Status is not null;
}
