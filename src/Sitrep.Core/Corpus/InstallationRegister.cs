using Sitrep.Core.Model;

namespace Sitrep.Core.Corpus;

/// <summary>
/// The installations register: the knowledge base's operator history as the starting point, then every story
/// located at an installation that changes its status, dated and cited.
/// </summary>
public static class InstallationRegister
{
    // Words of an evidence sentence that tell construction and expansion apart from a base merely operating.
    private static readonly string[] Building = ["build", "construct", "establish", "set up", "setting up", "erect"];
    private static readonly string[] Expanding = ["expand", "expansion", "enlarg", "extend", "upgrad", "reinforc"];

    public static IReadOnlyList<InstallationChange> Build(IEnumerable<KbEntity> installations, IReadOnlyList<Story> stories)
    {
        var changes = new List<InstallationChange>();
        foreach (var kb in installations.Where(i => i.Type == EntityType.Installation))
        {
            foreach (var entry in (kb.OperatorsHistory ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var parts = entry.Split(':');
                if (parts.Length >= 2)
                {
                    changes.Add(new InstallationChange(kb.Id, kb.Name, kb.Lat, kb.Lon, parts[1], parts[0], parts.Length > 2 && parts[2].Length > 0 ? parts[2] : null, null));
                }
            }
        }

        foreach (var story in stories)
        {
            var e = story.Merged;
            if (e.Location is { Rank: 0 } place && Status(e) is string status)
            {
                var operatorName = e.Type == "military.strike" ? null : e.Actor?.Name;
                changes.Add(new InstallationChange(place.Id, place.Name, place.Lat, place.Lon, status, operatorName, story.Date, story.Id));
            }
        }

        return changes.OrderBy(c => c.InstallationId, StringComparer.Ordinal).ThenBy(c => c.Date ?? "", StringComparer.Ordinal).ToList();
    }

    /// <summary>The register status a fact at an installation gives it, or null when it changes none.</summary>
    public static string? Status(ExtractedEvent e)
    {
        var sentence = e.Evidence.Sentence.ToLowerInvariant();
        var realis = e.Status is "completed" or "ongoing" or "historical" or "alleged";
        return e.Type switch
        {
            "military.base" when e.Status is "planned" => "planned",
            "military.base" when realis && Expanding.Any(sentence.Contains) => "expanded",
            "military.base" when e.Status == "ongoing" && Building.Any(sentence.Contains) => "under construction",
            "military.base" when realis => "operational",
            "military.strike" when realis => "struck",
            "military.withdrawal" or "territory.transfer" when realis && e.Target is not null => "handed over",
            "military.withdrawal" when realis => "withdrawn",
            _ => null,
        };
    }
}
