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
            var entity = new KbEntity(id, EntityType.Installation, name, csv.GetField("kind"), CountryCode(csv.GetField("country"), into), null,
                lat, lon, precision, $"installations.csv#{id}")
            {
                OperatorsHistory = csv.GetField("operators_history"),
            };
            into.Put(entity, names);
        }
    }

    // "Syria", "Syria/Iraq" (a crossing: the first side), "Paracel Islands (disputed)": the country named first, by its KB name.
    private static string? CountryCode(string? country, RawKnowledge known)
    {
        var first = (country ?? "").Split('/', '(')[0].Trim();
        if (first.Length == 0)
        {
            return null;
        }

        return known.Entities.Values.FirstOrDefault(e => e.Entity.Type == EntityType.Country
            && (string.Equals(e.Entity.Name, first, StringComparison.OrdinalIgnoreCase)
                || e.Names.Any(n => n.Kind == NameKind.Alias && string.Equals(n.Name, first, StringComparison.OrdinalIgnoreCase)))).Entity?.Country;
    }
}
