namespace Sitrep.Store.Corpus;

/// <summary>A story as stored by the corpus analysis: merged fields, corroboration, flags and every mention.</summary>
public sealed record StoryRecord
{
    public string Id { get; init; } = "";

    public string Type { get; init; } = "";

    public string Status { get; init; } = "";

    public string? ActorId { get; init; }

    public string? ActorName { get; init; }

    public string? TargetId { get; init; }

    public string? TargetName { get; init; }

    public string? LocationId { get; init; }

    public string? LocationName { get; init; }

    public string? LocationCountry { get; init; }

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string? Date { get; init; }

    public double? QuantityValue { get; init; }

    public string? QuantityUnit { get; init; }

    /// <summary>Independent outlets carrying it (copies, reprints and reused passages of one outlet count once).</summary>
    public long Corroboration { get; init; }

    /// <summary>Comma-separated: <c>single_source</c>, <c>state_media_only:IR</c>.</summary>
    public string Flags { get; init; } = "";

    public string Evidence { get; init; } = "";

    public IReadOnlyList<string> FlagList => Flags.Split(',', StringSplitOptions.RemoveEmptyEntries);

    public IReadOnlyList<StoryMention> Mentions { get; init; } = [];
}

/// <summary>One report's statement of a story: the report, its outlet and the sentence.</summary>
public sealed record StoryMention
{
    public string StoryId { get; init; } = "";

    public long StoreId { get; init; }

    public string DocId { get; init; } = "";

    public string Source { get; init; } = "";

    public string? Title { get; init; }

    public string? Outlet { get; init; }

    public string? Republisher { get; init; }

    public string? Published { get; init; }

    /// <summary>The report this one is a near-copy of (codebook id), if any.</summary>
    public string? DuplicateOf { get; init; }

    public string EventId { get; init; } = "";

    public string Status { get; init; } = "";

    public string EvidenceSentence { get; init; } = "";
}
