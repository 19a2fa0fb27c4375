namespace Sitrep.Store.Corpus;

/// <summary>A row of the installations register (see <see cref="Sitrep.Core.Corpus.InstallationChange"/>).</summary>
public sealed record InstallationRow
{
    public string InstallationId { get; init; } = "";

    public string Name { get; init; } = "";

    public double? Lat { get; init; }

    public double? Lon { get; init; }

    public string Status { get; init; } = "";

    public string? Operator { get; init; }

    public string? Date { get; init; }

    /// <summary>Null for the knowledge base's starting register.</summary>
    public string? StoryId { get; init; }
}

/// <summary>A row of the agreements register (see <see cref="Sitrep.Core.Corpus.AgreementChange"/>).</summary>
public sealed record AgreementRow
{
    public string AgreementId { get; init; } = "";

    public string Kind { get; init; } = "";

    public string Parties { get; init; } = "";

    public string? Mediator { get; init; }

    public string Stage { get; init; } = "";

    public string? Signatories { get; init; }

    public string? Date { get; init; }

    public string? Deadline { get; init; }

    public string StoryId { get; init; } = "";
}

/// <summary>A force's stated size on a date.</summary>
public sealed record ForceLevelRow
{
    public string ActorId { get; init; } = "";

    public string ActorName { get; init; } = "";

    public string? Country { get; init; }

    public string? Date { get; init; }

    public double Value { get; init; }

    public string Unit { get; init; } = "";

    public string StoryId { get; init; } = "";
}

/// <summary>Two reports that contradict each other, each with its story and report (store id).</summary>
public sealed record ContradictionRow
{
    public string Kind { get; init; } = "";

    public string StoryA { get; init; } = "";

    public long DocumentA { get; init; }

    public string StoryB { get; init; } = "";

    public long DocumentB { get; init; }

    public string Note { get; init; } = "";
}

/// <summary>An outlet of the stored corpus and what the knowledge base says about it.</summary>
public sealed record OutletRow
{
    public string Name { get; init; } = "";

    public string? Country { get; init; }

    public bool StateAffiliated { get; init; }

    /// <summary>Whether the knowledge base lists the outlet at all.</summary>
    public bool Known { get; init; }

    public long Documents { get; init; }
}
