using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Sitrep.Core.Model;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// Reads the knowledge-base files of one or more directories (later directories override entries with the
/// same id) and compiles them into a <see cref="KnowledgeBase"/>.
/// </summary>
public static class KnowledgeBaseLoader
{
    public static KnowledgeBase Load(params string[] dataDirs)
    {
        var raw = new RawKnowledge();
        foreach (var dir in dataDirs.Where(Directory.Exists))
        {
            raw.ReadDirectory(dir);
        }

        return KnowledgeCompiler.Compile(raw);
    }

    /// <summary>Finds the bundled data directory: beside the executable, or in a parent folder of it.</summary>
    public static string? FindBundledData(string? start = null)
    {
        var dir = new DirectoryInfo(start ?? AppContext.BaseDirectory);
        while (dir is not null)
        {
            var candidate = Path.Combine(dir.FullName, "data");
            if (File.Exists(Path.Combine(candidate, "kb", "countries.json")) || File.Exists(Path.Combine(candidate, "lexicon", "events.json")))
            {
                return candidate;
            }

            dir = dir.Parent;
        }

        return null;
    }
}

/// <summary>Entries as read from the files, before compilation. Later reads replace earlier ids.</summary>
internal sealed class RawKnowledge
{
    public Dictionary<string, (KbEntity Entity, List<(string Name, NameKind Kind)> Names)> Entities { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, string> Domains { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<string, FramingEntry> Framing { get; } = new(StringComparer.OrdinalIgnoreCase);

    public FurnitureRules Furniture { get; set; } = FurnitureRules.Empty;

    public Dictionary<string, EventRule> EventRules { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, IReadOnlyList<string[]>> Cues { get; } = new(StringComparer.Ordinal);

    public HashSet<string> CommonWords { get; } = new(StringComparer.Ordinal);

    public void ReadDirectory(string dir)
    {
        var kb = Path.Combine(dir, "kb");
        var lex = Path.Combine(dir, "lexicon");
        ReadGazetteer(Path.Combine(kb, "gazetteer.tsv"));
        RegionsTsv.Read(Path.Combine(kb, "regions.tsv"), this);
        ReadJsonEntities(Path.Combine(kb, "countries.json"), EntityType.Country);
        ReadJsonEntities(Path.Combine(kb, "groups.json"), EntityType.Group);
        ReadJsonEntities(Path.Combine(kb, "places.json"), EntityType.Place);
        ReadJsonEntities(Path.Combine(kb, "organizations.json"), EntityType.Organization);
        ReadJsonEntities(Path.Combine(kb, "outlets.json"), EntityType.Organization, media: true);
        ReadJsonEntities(Path.Combine(kb, "people.json"), EntityType.Person);
        InstallationsCsv.Read(Path.Combine(kb, "installations.csv"), this);
        LexiconFiles.ReadFraming(Path.Combine(lex, "framing.json"), this);
        LexiconFiles.ReadFurniture(Path.Combine(lex, "furniture.json"), this);
        LexiconFiles.ReadEventRules(Path.Combine(lex, "events.json"), this);
        LexiconFiles.ReadCues(Path.Combine(lex, "cues.json"), this);
        LexiconFiles.ReadWordList(Path.Combine(lex, "common-words.txt"), CommonWords);
    }

    public void Put(KbEntity entity, List<(string, NameKind)> names) => Entities[entity.Id] = (entity, names);

    private void ReadJsonEntities(string path, EntityType type, bool media = false)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var doc = Json.Parse(path);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var id = e.Str("id");
            var name = e.Str("name");
            if (id is null || name is null)
            {
                continue;
            }

            var names = new List<(string, NameKind)> { (name, NameKind.Name) };
            names.AddRange(e.Strs("aliases").Select(a => (a, NameKind.Alias)));
            names.AddRange(e.Strs("demonyms").Select(a => (a, NameKind.Demonym)));
            names.AddRange(e.Strs("metonyms").Select(a => (a, NameKind.Metonym)));
            names.AddRange(e.Strs("qualifiers").Select(a => (a, NameKind.Qualifier)));
            names.AddRange(e.Strs("local_aliases").Select(a => (a, NameKind.LocalAlias)));
            var lat = e.Num("lat");
            var lon = e.Num("lon");
            var precision = e.Str("precision") ?? (type == EntityType.Country && lat is not null ? "country" : null);
            var country = type == EntityType.Country ? e.Str("iso2") : e.Str("country");
            var entity = new KbEntity(id, type, name, media ? "media" : e.Str("kind"), country, e.Str("acts_for"),
                lat, lon, lat is null ? null : precision, $"{Path.GetFileName(path)}#{id}")
            {
                StateAffiliated = e.TryGetProperty("state_affiliated", out var sa) && sa.ValueKind == JsonValueKind.True,
                LocalTo = [.. e.Strs("local_to")],
            };
            Put(entity, names);
            foreach (var domain in e.Strs("domains"))
            {
                Domains[domain] = id;
            }
        }
    }

    private void ReadGazetteer(string path)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path).Skip(1))
        {
            var f = line.Split('\t');
            if (f.Length < 8 || !double.TryParse(f[6], CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(f[7], CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            var id = "geonames_" + f[0];
            _ = long.TryParse(f[5], CultureInfo.InvariantCulture, out var population);
            var names = new List<(string, NameKind)> { (f[1], NameKind.Name) };
            names.AddRange(f[2].Split('|', StringSplitOptions.RemoveEmptyEntries).Select(a => (a, NameKind.Alias)));
            var entity = new KbEntity(id, EntityType.Place, f[1], "city", f[3], null, lat, lon, "approx_5km", $"gazetteer.tsv#{f[0]}")
            {
                Population = population,
            };
            Put(entity, names);
        }
    }
}

internal static class Json
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    public static JsonDocument Parse(string path)
    {
        try
        {
            return JsonDocument.Parse(File.ReadAllBytes(path), Options);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path}: not valid JSON ({ex.Message})", ex);
        }
    }

    public static string? Str(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static double? Num(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    public static int? Int(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt32() : null;

    public static IEnumerable<string> Strs(this JsonElement e, string name)
    {
        if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v) || v.ValueKind != JsonValueKind.Array)
        {
            yield break;
        }

        foreach (var x in v.EnumerateArray())
        {
            if (x.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(x.GetString()))
            {
                yield return x.GetString()!;
            }
        }
    }

    // The non-backtracking engine runs in time linear in the input, so no timeout is set: a wall-clock limit would
    // only make output depend on how busy the machine is (a loaded machine timed lines out and lost reports).
    public static Regex SafeRegex(string pattern) =>
        new(pattern, RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, Regex.InfiniteMatchTimeout);
}
