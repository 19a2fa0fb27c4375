namespace Sitrep.Store.Rows;

/// <summary>A row of <c>documents</c>: one version of one report. JSON columns hold text.</summary>
public sealed record DocumentRow
{
    public long Id { get; init; }

    public string DocId { get; init; } = "";

    public string ContentHash { get; init; } = "";

    public string Source { get; init; } = "";

    public string? Outlet { get; init; }

    public string? Republisher { get; init; }

    public string? Title { get; init; }

    public string? Published { get; init; }

    public bool PublishedInferred { get; init; }

    public string Body { get; init; } = "";

    public string? Encoding { get; init; }

    public string Provenance { get; init; } = "[]";

    public string IngestedAt { get; init; } = "";

    public int Version { get; init; } = 1;

    public long? PreviousVersionId { get; init; }
}
