namespace Sitrep.Store.Rows;

/// <summary>A row of <c>events</c>: one fact with every codebook field flattened, its evidence and its provenance (JSON).</summary>
public sealed record EventRow
{
    public long Id { get; init; }

    public long DocumentId { get; init; }

    public int Ordinal { get; init; }

    public string EventId { get; init; } = "";

    public string Type { get; init; } = "";

    public string Status { get; init; } = "";

    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    public string? ActorSide { get; init; }

    public string? TargetId { get; init; }

    public string? TargetName { get; init; }

    public string? TargetSide { get; init; }

    public string? LocationId { get; init; }

    public string? LocationName { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Precision { get; init; }

    public string? LocationCountry { get; init; }

    public bool? LocationIsCountry { get; init; }

    public int? LocationRank { get; init; }

    public string? TimeStart { get; init; }

    public string? TimeEnd { get; init; }

    public string? TimeText { get; init; }

    public double? QuantityValue { get; init; }

    public string? QuantityUnit { get; init; }

    public string? QuantityText { get; init; }

    public string? AttributionSource { get; init; }

    public string? AttributionKind { get; init; }

    public string EvidenceSentence { get; init; } = "";

    public int EvidenceStart { get; init; }

    public int EvidenceEnd { get; init; }

    public int Corroboration { get; init; }

    public string Provenance { get; init; } = "[]";
}
