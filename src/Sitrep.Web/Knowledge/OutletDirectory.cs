using System.Text.Json;

namespace Sitrep.Web.Knowledge;

/// <summary>An outlet of the knowledge base (data/kb/outlets.json).</summary>
public sealed record OutletInfo(string Id, string Name, string? Country, string? Kind, bool StateAffiliated, IReadOnlyList<string> Aliases);

/// <summary>Finds the knowledge-base entry of an outlet named in a report, by its name or an alias.</summary>
public sealed class OutletDirectory
{
    private readonly Dictionary<string, OutletInfo> _byName = new(StringComparer.OrdinalIgnoreCase);

    public OutletDirectory(IEnumerable<OutletInfo> outlets)
    {
        foreach (var outlet in outlets)
        {
            _byName.TryAdd(outlet.Name, outlet);
            foreach (var alias in outlet.Aliases)
            {
                _byName.TryAdd(alias, outlet);
            }
        }
    }

    public static OutletDirectory Read(string path)
    {
        if (!File.Exists(path))
        {
            return new OutletDirectory([]);
        }

        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var outlets = doc.RootElement.EnumerateArray()
            .Where(e => e.TryGetProperty("id", out _) && e.TryGetProperty("name", out _))
            .Select(e => new OutletInfo(
                e.GetProperty("id").GetString()!,
                e.GetProperty("name").GetString()!,
                Text(e, "country"),
                Text(e, "kind"),
                e.TryGetProperty("state_affiliated", out var s) && s.ValueKind == JsonValueKind.True,
                e.TryGetProperty("aliases", out var a) && a.ValueKind == JsonValueKind.Array
                    ? a.EnumerateArray().Select(x => x.GetString() ?? "").Where(x => x.Length > 0).ToList()
                    : []))
            .ToList();
        return new OutletDirectory(outlets);
    }

    public OutletInfo? Find(string? name) => name is not null && _byName.TryGetValue(name.Trim(), out var o) ? o : null;

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
