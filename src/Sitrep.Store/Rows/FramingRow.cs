namespace Sitrep.Store.Rows;

/// <summary>A row of <c>framing</c>: one loaded or partisan term of a document and its neutral wording.</summary>
public sealed record FramingRow
{
    public long DocumentId { get; init; }

    public int Ordinal { get; init; }

    public string Term { get; init; } = "";

    public string Category { get; init; } = "";

    public string Neutral { get; init; } = "";

    public int Start { get; init; }

    public string Rule { get; init; } = "";
}
