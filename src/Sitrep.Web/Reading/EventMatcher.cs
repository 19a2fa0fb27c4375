namespace Sitrep.Web.Reading;

/// <summary>
/// Applies an <see cref="EventFilter"/> in memory exactly as the store's SQL filters do. It runs over every fact of
/// the snapshot, so it allocates nothing per fact: party matches are remembered per entity id for one request.
/// </summary>
public sealed class EventMatcher
{
    private readonly EventFilter _filter;
    private readonly string? _family;
    private readonly PartyMatch? _actor;
    private readonly PartyMatch? _place;

    /// <param name="knownAs">Entity ids by a name they appear under in some report (lower case).</param>
    public EventMatcher(EventFilter filter, IReadOnlyDictionary<string, HashSet<string>> knownAs)
    {
        _filter = filter;
        _family = filter.Type?.ToLowerInvariant();
        _actor = filter.Actor is null ? null : new PartyMatch(filter.Actor, knownAs.GetValueOrDefault(filter.Actor.ToLowerInvariant()));
        _place = filter.Place is null ? null : new PartyMatch(filter.Place, knownAs.GetValueOrDefault(filter.Place.ToLowerInvariant()));
    }

    public bool Matches(EventView view)
    {
        var f = _filter;
        var e = view.Fact;
        return (f.Type is null || e.Type == f.Type || IsInFamily(e.Type, _family!))
            && (_actor is null || _actor.Matches(e.Actor?.Id, e.Actor?.Name))
            && (_place is null || _place.Matches(e.Location?.Id, e.Location?.Name))
            && (f.Status is null || e.Status == f.Status)
            && (f.From is null || (view.Date is string from && ComparePrefix(from, f.From, from.Length) >= 0))
            && (f.To is null || (view.Date is string to && ComparePrefix(to, f.To, f.To.Length) <= 0))
            && (f.Outlet is null || (view.Outlet?.Contains(f.Outlet, StringComparison.OrdinalIgnoreCase) ?? false))
            && (f.Zone is null || view.Zones.Contains(f.Zone))
            && (f.Located is null || f.Located == (e.Location?.Lat is not null));
    }

    /// <summary>Counts every match and keeps only the requested page's, in one pass.</summary>
    public Page<EventView> Page(IReadOnlyList<EventView> events, Paging paging)
    {
        var skip = (long)(paging.Number - 1) * paging.Size;
        var items = new List<EventView>(Math.Min(paging.Size, 1024));
        var total = 0;
        foreach (var e in events)
        {
            if (!Matches(e))
            {
                continue;
            }

            if (total >= skip && items.Count < paging.Size)
            {
                items.Add(e);
            }

            total++;
        }

        return new Page<EventView>(items, paging.Number, paging.Size, total);
    }

    // "military" matches military.* (LIKE in SQL ignores case; codebook types are lower case).
    private static bool IsInFamily(string type, string family) =>
        type.Length > family.Length && type[family.Length] == '.' && type.StartsWith(family, StringComparison.Ordinal);

    // Compares the first `length` characters of each (fewer if one is shorter), as SQL's substr comparison does.
    private static int ComparePrefix(string a, string b, int length) =>
        string.CompareOrdinal(a, 0, b, 0, Math.Min(length, Math.Max(a.Length, b.Length)));

    /// <summary>Id exactly, part of the name (ignoring case), or a name used in a report; remembered per id.</summary>
    private sealed class PartyMatch(string wanted, IReadOnlySet<string>? knownAs)
    {
        private readonly Dictionary<string, bool> _seen = new(StringComparer.Ordinal);

        public bool Matches(string? id, string? name)
        {
            if (id is null)
            {
                return false;
            }

            if (!_seen.TryGetValue(id, out var result))
            {
                result = id == wanted || (name?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false) || (knownAs?.Contains(id) ?? false);
                _seen[id] = result;
            }

            return result;
        }
    }
}
