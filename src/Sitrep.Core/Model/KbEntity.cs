namespace Sitrep.Core.Model;

/// <summary>An entity of the knowledge base, as loaded from the data files.</summary>
/// <param name="Kind">Finer kind within the type: "armed_group", "media", "city", "province", "airbase"...</param>
/// <param name="Country">ISO alpha-2 of the state it belongs to or lies in, when known.</param>
/// <param name="ActsFor">Id of the state this organ acts for (an army, a ministry), so it can stand as that state.</param>
/// <param name="Source">Which data file and entry defined it, for explanations.</param>
public sealed record KbEntity(
    string Id,
    EntityType Type,
    string Name,
    string? Kind,
    string? Country,
    string? ActsFor,
    double? Lat,
    double? Lon,
    string? Precision,
    string Source)
{
    /// <summary>For places: how many people live there (gazetteer rows), used to choose among homonyms.</summary>
    public long Population { get; init; }

    /// <summary>For media outlets: owned or controlled by a state.</summary>
    public bool StateAffiliated { get; init; }

    /// <summary>For installations: the operators over time, as in the data file.</summary>
    public string? OperatorsHistory { get; init; }

    /// <summary>Ids of entities whose mention in the same report lets a local alias name this one.</summary>
    public IReadOnlyList<string> LocalTo { get; init; } = [];

    public bool IsActor => Type is EntityType.Country or EntityType.Organization or EntityType.Person or EntityType.Group;

    public bool IsLocation => Type is EntityType.Place or EntityType.Installation or EntityType.Country;
}
