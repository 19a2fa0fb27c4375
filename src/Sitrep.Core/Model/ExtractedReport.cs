namespace Sitrep.Core.Model;

/// <summary>Everything extracted from one report: codebook section 5, one JSON line.</summary>
public sealed record ExtractedReport(
    DocumentInfo Document,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<ExtractedEvent> Events,
    IReadOnlyList<FramingTerm> Framing);

/// <summary>Codebook section 1. Offsets of evidence and framing refer to <see cref="Body"/>.</summary>
public sealed record DocumentInfo(
    string Id,
    string Source,
    string? Title,
    string? Outlet,
    string? Republisher,
    string? Published,
    bool PublishedInferred,
    string Body)
{
    public string? DuplicateOf { get; init; }
    public IReadOnlyList<string> SharesTextWith { get; init; } = [];
    public string? Encoding { get; init; }
    public IReadOnlyList<Provenance> Provenance { get; init; } = [];
}

/// <summary>An entity as it occurs in one document.</summary>
public sealed record ExtractedEntity(
    string Id,
    EntityType Type,
    string Name,
    IReadOnlyList<string> Mentions,
    IReadOnlyList<TextSpan> Spans,
    double? Lat,
    double? Lon,
    string? Precision,
    string Rule);

/// <summary>A half-open character range [Start, End) into the body.</summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;
}

public sealed record EntityRef(string Id, string Name)
{
    /// <summary>The state or group this party stands for (an army stands for its state); used to merge statements.</summary>
    public string Side { get; init; } = Id;
}

public sealed record LocationRef(string Id, string Name, double? Lat, double? Lon, string? Precision)
{
    /// <summary>ISO code of the country the place lies in (for a country: its own), used to relate places.</summary>
    public string? Country { get; init; }

    public bool IsCountry { get; init; }

    /// <summary>How specific the place is: 0 an installation, 1 a town, 2 a province, 3 a region, 4 a country.</summary>
    public int Rank { get; init; } = 2;
}

public sealed record TimeSpec(string? Start, string? End, string Text);

public sealed record Quantity(double Value, string Unit, string Text);

public sealed record Attribution(string Source, string Kind);

public sealed record Evidence(string Sentence, int Start, int End);

/// <summary>Which rule or lexicon entry set a field, and the text it rests on.</summary>
public sealed record Provenance(string Field, string Rule, string? Text);

/// <summary>One typed fact (codebook section 3).</summary>
public sealed record ExtractedEvent(
    string Id,
    string Type,
    string Status,
    EntityRef? Actor,
    EntityRef? Target,
    LocationRef? Location,
    TimeSpec? Time,
    Quantity? Quantity,
    Attribution? Attribution,
    Evidence Evidence,
    int Corroboration,
    IReadOnlyList<Provenance> Provenance);

/// <summary>Loaded or partisan wording (codebook section 4).</summary>
public sealed record FramingTerm(string Term, string Category, string Neutral, int Start, string Rule);
