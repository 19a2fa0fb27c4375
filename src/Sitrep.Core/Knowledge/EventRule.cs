namespace Sitrep.Core.Knowledge;

/// <summary>
/// A trigger rule from data/lexicon/events.json: a cue phrase ("withdraw*", "air strike*") that, with an
/// optional companion phrase within a window ("establish* ... base"), signals an event of a type.
/// Tokens ending in * match by prefix.
/// </summary>
public sealed record EventRule(
    string Id,
    string Type,
    IReadOnlyList<string[]> Cues,
    IReadOnlyList<string[]> With,
    int Window,
    IReadOnlyList<string[]> Unless,
    string? Status,
    IReadOnlyList<string> Units)
{
    /// <summary>Words that cancel the cue when they stand right before it ("the occupied Golan" is no incursion).</summary>
    public IReadOnlySet<string> NotAfter { get; init; } = new HashSet<string>();

    /// <summary>How far from the cue an exception phrase vetoes it, when wider than the companion window
    /// ("closed four American sites").</summary>
    public int? UnlessWindow { get; init; }

    /// <summary>The cue counts only with a number right before it ("about 2,000 troops").</summary>
    public bool NeedsQuantity { get; init; }

    /// <summary>The cue counts only with an owner right before it ("the Russian air base", "Turkish posts").</summary>
    public bool NeedsOwner { get; init; }

    /// <summary>The cue counts only with a known place as its object ("left Karabakh", "leave Lebanon").</summary>
    public bool NeedsPlaceObject { get; init; }

    /// <summary>The place object must be a town, village or site, not a country or region ("entered al-Qahtaniyah").</summary>
    public bool NeedsLocalPlace { get; init; }

    /// <summary>The actor is whoever the companion word belongs to ("intercepted 41 Ukrainian drones": Ukraine struck).</summary>
    public bool ActorFromCompanion { get; init; }

    /// <summary>The companion names the actor itself ("settlers torched cars"): the mention holding it acts.</summary>
    public bool ActorIsCompanion { get; init; }
}
