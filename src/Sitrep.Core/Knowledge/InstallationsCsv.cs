using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Sitrep.Core.Model;

namespace Sitrep.Core.Knowledge;

/// <summary>Reads data/kb/installations.csv: bases, airbases, posts and crossings with operators over time.</summary>
internal static class InstallationsCsv
{
    public static void Read(string path, RawKnowledge into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var reader = new StreamReader(path);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { MissingFieldFound = null, BadDataFound = null });
        var codes = CountryCodes(into);
        csv.Read();
        csv.ReadHeader();
        while (csv.Read())
        {
            var id = csv.GetField("id");
            var name = csv.GetField("name");
            if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            double? lat = double.TryParse(csv.GetField("lat"), CultureInfo.InvariantCulture, out var la) ? la : null;
            double? lon = double.TryParse(csv.GetField("lon"), CultureInfo.InvariantCulture, out var lo) ? lo : null;
            var precision = lat is null ? null : csv.GetField("coord_precision");
            var names = new List<(string, NameKind)> { (name, NameKind.Name) };
            names.AddRange((csv.GetField("aliases") ?? "").Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(a => (a, NameKind.Alias)));
            var entity = new KbEntity(id, EntityType.Installation, name, csv.GetField("kind"), CountryCode(csv.GetField("country"), codes), null,
                lat, lon, precision, $"installations.csv#{id}")
            {
                OperatorsHistory = csv.GetField("operators_history"),
            };
            into.Put(entity, names);
        }
    }

    // "Syria", "Syria/Iraq" (a crossing: the first side), "Paracel Islands (disputed)": the country named first, by its KB name.
    private static string? CountryCode(string? country, Dictionary<string, string> codes)
    {
        var first = (country ?? "").Split('/', '(')[0].Trim();
        return codes.GetValueOrDefault(first);
    }

    // Countries' names and aliases to their codes; the first country to claim a name keeps it.
    private static Dictionary<string, string> CountryCodes(RawKnowledge known)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (entity, names) in known.Entities.Values.Where(e => e.Entity.Type == EntityType.Country && e.Entity.Country is not null))
        {
            codes.TryAdd(entity.Name, entity.Country!);
            foreach (var (name, _) in names.Where(n => n.Kind == NameKind.Alias))
            {
                codes.TryAdd(name, entity.Country!);
            }
        }

        return codes;
    }
}
