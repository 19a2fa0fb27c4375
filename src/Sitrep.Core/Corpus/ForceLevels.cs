namespace Sitrep.Core.Corpus;

/// <summary>Force levels over time: every troop-level story with a size, per actor and country, oldest first.</summary>
public static class ForceLevels
{
    public static IReadOnlyList<ForceLevel> Build(IReadOnlyList<Story> stories) =>
        stories
            .Where(s => s.Merged is { Type: "military.troop_level", Quantity: not null, Actor: not null })
            .Select(s => new ForceLevel(s.Merged.Actor!.Id, s.Merged.Actor.Name, s.Merged.Location?.Country, s.Date, s.Merged.Quantity!.Value, s.Merged.Quantity.Unit, s.Id))
            .OrderBy(f => f.ActorId, StringComparer.Ordinal)
            .ThenBy(f => f.Country ?? "", StringComparer.Ordinal)
            .ThenBy(f => f.Date ?? "", StringComparer.Ordinal)
            .ToList();
}
