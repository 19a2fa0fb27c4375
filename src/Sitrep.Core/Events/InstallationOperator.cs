using System.Collections.Concurrent;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>
/// Who held an installation when a report was published, from its operators_history in data/kb/installations.csv
/// ("Qatar:operational:pre-2011;US:operational:2002"). "Al Udeid, with 10,000 personnel" names no force;
/// the installation's one foreign operator is the force meant.
/// </summary>
public sealed class InstallationOperator(KnowledgeBase kb)
{
    // Shared by the parallel jobs of a batch, hence concurrent.
    private readonly ConcurrentDictionary<string, KbEntity?> _byName = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<(string Installation, string When), KbEntity?> _held = new();

    /// <summary>The single operator current at <paramref name="when"/>, preferring a foreign one over the host state.</summary>
    public KbEntity? At(KbEntity installation, PartialDate? when)
    {
        if (installation.Type != EntityType.Installation || string.IsNullOrWhiteSpace(installation.OperatorsHistory))
        {
            return null;
        }

        var now = when?.ToString() ?? "9999";
        return _held.GetOrAdd((installation.Id, now), _ => Holder(installation, now));
    }

    private KbEntity? Holder(KbEntity installation, string now)
    {
        var current = new List<KbEntity>();
        foreach (var period in (installation.OperatorsHistory ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = period.Split(':');
            if (parts.Length < 3 || !Covers(parts[2], parts.Length > 3 ? parts[3] : null, now) || Resolve(parts[0]) is not KbEntity who)
            {
                continue;
            }

            if (!current.Any(e => e.Id == who.Id))
            {
                current.Add(who);
            }
        }

        if (current.Count > 1 && kb.CountryByIso(installation.Country) is KbEntity host)
        {
            current.RemoveAll(e => e.Id == host.Id);
        }

        return current.Count == 1 ? current[0] : null;
    }

    // "pre-2011" began before any dated report; an end month covers the whole month.
    private static bool Covers(string start, string? end, string now)
    {
        var from = start.StartsWith("pre-", StringComparison.Ordinal) ? "0000" : start;
        return string.CompareOrdinal(from, now) <= 0 && (string.IsNullOrEmpty(end) || string.CompareOrdinal(end, now[..Math.Min(now.Length, end.Length)]) >= 0);
    }

    // "Syria (Assad government)" is Syria; "Autonomous Administration (SDF)" falls back to the bracketed name.
    private KbEntity? Resolve(string name)
    {
        return _byName.GetOrAdd(name, n =>
        {
            var open = n.IndexOf('(', StringComparison.Ordinal);
            var head = open > 0 ? n[..open].Trim() : n.Trim();
            var inner = open > 0 ? n[(open + 1)..].TrimEnd(')', ' ') : null;
            return Actor(head) ?? (inner is null ? null : Actor(inner));
        });
    }

    private KbEntity? Actor(string name) =>
        kb.Names.Lookup(KnowledgeBase.KeysOf(name))?.Select(h => h.Entity)
            .FirstOrDefault(e => e.Type is EntityType.Country or EntityType.Organization or EntityType.Group && e.Kind != "media");
}
