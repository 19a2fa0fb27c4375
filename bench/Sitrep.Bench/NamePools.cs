using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Bench;

/// <summary>
/// Names drawn from the knowledge base, grouped by what a template slot needs. Every pool is sorted by entity id
/// so that the same seed gives the same corpus whatever order the knowledge base enumerates in.
/// </summary>
public sealed record NamePools(
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Capitals,
    IReadOnlyList<string> ArmedGroups,
    IReadOnlyList<string> Militaries,
    IReadOnlyList<string> Bodies,
    IReadOnlyList<string> Monitors,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Places,
    IReadOnlyList<string> Installations,
    IReadOnlyList<string> Outlets,
    IReadOnlyList<string> StateOutlets,
    IReadOnlyList<string> Domains)
{
    /// <summary>Gazetteer towns are many; only a slice is mixed in so that hand-curated places stay common.</summary>
    private const int GazetteerSample = 400;
    private const int CitySample = 80;
    private const int RegionalWeight = 4;

    /// <summary>ISO codes of the states the reports are mostly about (the region and the powers active in it).</summary>
    private static readonly HashSet<string> Region = new(StringComparer.OrdinalIgnoreCase)
    {
        "SY", "IQ", "LB", "JO", "IL", "PS", "TR", "IR", "RU", "US", "SA", "AE", "QA", "EG", "YE", "FR", "GB",
    };

    public static NamePools From(KnowledgeBase kb)
    {
        var all = kb.Entities.OrderBy(e => e.Id, StringComparer.Ordinal).ToList();

        // Entities of the region the reports are about come up several times in a pool, so they are drawn more often.
        List<string> Pick(Func<KbEntity, bool> keep) =>
            [.. all.Where(e => keep(e) && Usable(e.Name)).SelectMany(e => Enumerable.Repeat(e.Name, Regional(e) ? RegionalWeight : 1))];

        var gazetteer = all
            .Where(e => e.Type == EntityType.Place && e.Id.StartsWith("geonames_", StringComparison.Ordinal) && Regional(e) && Usable(e.Name))
            .OrderByDescending(e => e.Population).ThenBy(e => e.Id, StringComparer.Ordinal)
            .Take(GazetteerSample).Select(e => e.Name);
        var curated = Pick(e => e.Type == EntityType.Place && !e.Id.StartsWith("geonames_", StringComparison.Ordinal)
            && e.Kind is "city" or "town" or "village" or "province" or "neighbourhood" or "region");
        var outlets = Pick(e => e.Kind == "media" && !e.StateAffiliated);
        var stateOutlets = Pick(e => e.Kind == "media" && e.StateAffiliated);
        var cities = all.Where(e => e.Type == EntityType.Place && e.Kind == "city" && Regional(e) && Usable(e.Name))
            .OrderByDescending(e => e.Population).ThenBy(e => e.Id, StringComparer.Ordinal).Take(CitySample).Select(e => e.Name);

        var pools = new NamePools(
            Countries: Pick(e => e.Type == EntityType.Country),
            Capitals: [.. cities],
            ArmedGroups: Pick(e => (e.Type == EntityType.Organization && e.Kind == "armed_group") || e.Type == EntityType.Group),
            Militaries: Pick(e => e.Type == EntityType.Organization && e.Kind is "military" or "coalition"),
            Bodies: Pick(e => e.Type == EntityType.Organization && e.Kind is "government" or "ministry" or "igo" or "agency"),
            Monitors: Pick(e => e.Type == EntityType.Organization && e.Kind == "monitor"),
            People: Pick(e => e.Type == EntityType.Person),
            Places: [.. curated.Concat(gazetteer)],
            Installations: Pick(e => e.Type == EntityType.Installation),
            Outlets: outlets,
            StateOutlets: stateOutlets.Count > 0 ? stateOutlets : outlets,
            Domains: [.. outlets.Concat(stateOutlets).Select(DomainOf).Distinct(StringComparer.Ordinal)]);
        pools.Check();
        return pools;
    }

    public string Describe() =>
        "entries, regional ones repeated: "
        + $"countries {Countries.Count}, armed groups {ArmedGroups.Count}, militaries {Militaries.Count}, bodies {Bodies.Count}, "
        + $"people {People.Count}, places {Places.Count}, installations {Installations.Count}, outlets {Outlets.Count}+{StateOutlets.Count} state";

    private void Check()
    {
        foreach (var (name, pool) in new[]
        {
            ("countries", Countries), ("capitals", Capitals), ("armed groups", ArmedGroups), ("militaries", Militaries),
            ("bodies", Bodies), ("monitors", Monitors), ("people", People), ("places", Places),
            ("installations", Installations), ("outlets", Outlets),
        })
        {
            if (pool.Count == 0)
            {
                throw new InvalidOperationException($"the knowledge base has no {name} to fill templates with");
            }
        }
    }

    private static bool Regional(KbEntity e) => e.Country is null || Region.Contains(e.Country);

    /// <summary>Names that read badly inside a sentence (brackets, slashes, very long) are left out.</summary>
    private static bool Usable(string name) =>
        name.Length is > 1 and <= 48 && name.IndexOfAny(['(', ')', '/', '"', '|', '<', '>', '&']) < 0;

    private static string DomainOf(string outlet)
    {
        var letters = new string([.. outlet.ToLowerInvariant().Where(char.IsAsciiLetterOrDigit)]);
        return (letters.Length == 0 ? "news" : letters) + ".example";
    }
}
