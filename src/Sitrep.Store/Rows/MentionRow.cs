namespace Sitrep.Store.Rows;

/// <summary>
/// A row of <c>mentions</c>: one entity as it occurs in one document, with its surface forms and spans (JSON) and
/// the type, name and coordinates it had then, so the report reads back as extracted even after the knowledge
/// base changes. The canonical entity is the <c>entities</c> row with the same id.
/// </summary>
public sealed record MentionRow
{
    public long DocumentId { get; init; }

    public int Ordinal { get; init; }

    public string EntityId { get; init; } = "";

    public string Type { get; init; } = "";

    public string Name { get; init; } = "";

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Precision { get; init; }

    public string Rule { get; init; } = "";

    public string Surfaces { get; init; } = "[]";

    public string Spans { get; init; } = "[]";
}
