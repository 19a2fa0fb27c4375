using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// Reads data/kb/regions.tsv: first-level administrative regions (provinces, governorates, states, oblasts...)
/// generated from Natural Earth by tools/gazetteer/regions.mjs. Each row is a place with a province-scale point
/// (precision <c>admin1</c>). Columns: id, name, alt_names (|-separated), country (ISO alpha-2), kind, lat, lon, source.
/// </summary>
internal static class RegionsTsv
{
    public const string SourcePrefix = "regions.tsv#";

    public static void Read(string path, RawKnowledge into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 7 || f[0].Length == 0 || f[1].Length == 0
                || !double.TryParse(f[5], CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[6], CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var names = new List<(string, NameKind)> { (f[1], NameKind.Name) };
            names.AddRange(f[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(a => (a, NameKind.Alias)));
            var kind = f[4].Length > 0 ? f[4] : "province";
            var country = f[3].Length == 2 ? f[3] : null;
            into.Put(new KbEntity(f[0], EntityType.Place, f[1], kind, country, null, lat, lon, "admin1", SourcePrefix + f[0]), names);
        }
    }
}
