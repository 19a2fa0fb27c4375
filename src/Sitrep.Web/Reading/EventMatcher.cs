namespace Sitrep.Web.Reading;

/// <summary>Applies an <see cref="EventFilter"/> in memory exactly as the store's SQL filters do.</summary>
public sealed class EventMatcher
{
    private readonly EventFilter _filter;
    private readonly IReadOnlySet<string>? _actorsKnownAs;
    private readonly IReadOnlySet<string>? _placesKnownAs;

    /// <param name="knownAs">Entity ids by a name they appear under in some report (lower case).</param>
    public EventMatcher(EventFilter filter, IReadOnlyDictionary<string, HashSet<string>> knownAs)
    {
        _filter = filter;
        _actorsKnownAs = filter.Actor is null ? null : knownAs.GetValueOrDefault(filter.Actor.ToLowerInvariant());
        _placesKnownAs = filter.Place is null ? null : knownAs.GetValueOrDefault(filter.Place.ToLowerInvariant());
    }

    public bool Matches(EventView view)
    {
        var f = _filter;
        var e = view.Fact;
        return (f.Type is null || e.Type == f.Type || e.Type.StartsWith(f.Type + ".", StringComparison.OrdinalIgnoreCase))
            && (f.Actor is null || Party(e.Actor?.Id, e.Actor?.Name, f.Actor, _actorsKnownAs))
            && (f.Place is null || Party(e.Location?.Id, e.Location?.Name, f.Place, _placesKnownAs))
            && (f.Status is null || e.Status == f.Status)
            && (f.From is null || (view.Date is string from && string.CompareOrdinal(from, Prefix(f.From, from.Length)) >= 0))
            && (f.To is null || (view.Date is string to && string.CompareOrdinal(Prefix(to, f.To.Length), f.To) <= 0))
            && (f.Outlet is null || (view.Outlet?.Contains(f.Outlet, StringComparison.OrdinalIgnoreCase) ?? false))
            && (f.Zone is null || view.Zones.Contains(f.Zone))
            && (f.Located is null || f.Located == (e.Location?.Lat is not null));
    }

    private static bool Party(string? id, string? name, string wanted, IReadOnlySet<string>? knownAs) =>
        id is not null && (id == wanted || (name?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false) || (knownAs?.Contains(id) ?? false));

    private static string Prefix(string s, int length) => s.Length <= length ? s : s[..length];
}
