namespace Sitrep.Web.Reading;

/// <summary>
/// Applies an <see cref="EventFilter"/> in memory exactly as the store's SQL filters do. Each filter is decided once
/// per distinct value (type, status, actor, place, outlet); the scan then reads only the snapshot's compact rows.
/// </summary>
public sealed class EventMatcher
{
    private static readonly EventFilter NoFilter = new();

    private readonly EventFilter _filter;
    private readonly bool[]? _types;
    private readonly bool[]? _statuses;
    private readonly bool[]? _actors;
    private readonly bool[]? _places;
    private readonly bool[]? _outlets;

    /// <param name="knownAs">Entity ids by a name they appear under in some report (lower case).</param>
    public EventMatcher(EventFilter filter, EventColumns columns, IReadOnlyDictionary<string, HashSet<string>> knownAs)
    {
        _filter = filter;
        var family = filter.Type?.ToLowerInvariant();
        _types = columns.Types.Select(filter.Type is null ? null : (type, _) => type == filter.Type || IsInFamily(type, family!));
        _statuses = columns.Statuses.Select(filter.Status is null ? null : (status, _) => status == filter.Status);
        _actors = columns.Actors.Select(Party(filter.Actor, knownAs));
        _places = columns.Places.Select(Party(filter.Place, knownAs));
        _outlets = columns.Outlets.Select(filter.Outlet is null ? null : (outlet, _) => outlet.Contains(filter.Outlet, StringComparison.OrdinalIgnoreCase));
    }

    public bool Matches(in EventRow row, EventView view)
    {
        var f = _filter;
        return Selected(_types, row.Type)
            && Selected(_statuses, row.Status)
            && Selected(_actors, row.Actor)
            && Selected(_places, row.Place)
            && Selected(_outlets, row.Outlet)
            && (f.From is null || (row.Date is string from && ComparePrefix(from, f.From, from.Length) >= 0))
            && (f.To is null || (row.Date is string to && ComparePrefix(to, f.To, f.To.Length) <= 0))
            && (f.Located is null || f.Located == row.Located)
            && (f.Zone is null || (row.InZone && view.Zones.Contains(f.Zone)));
    }

    /// <summary>Counts every match and keeps only the requested page's, in one pass.</summary>
    public Page<EventView> Page(EventColumns columns, IReadOnlyList<EventView> events, Paging paging)
    {
        if (_filter == NoFilter)
        {
            // Nothing to test: the page is a slice, and every fact counts.
            var from = (int)Math.Min((long)(paging.Number - 1) * paging.Size, events.Count);
            var slice = Enumerable.Range(from, Math.Min(paging.Size, events.Count - from)).Select(i => events[i]).ToList();
            return new Page<EventView>(slice, paging.Number, paging.Size, events.Count);
        }

        var skip = (long)(paging.Number - 1) * paging.Size;
        var items = new List<EventView>(Math.Min(paging.Size, 1024));
        var total = 0;
        var rows = columns.Rows;
        for (var i = 0; i < rows.Length; i++)
        {
            if (!Matches(rows[i], events[i]))
            {
                continue;
            }

            if (total >= skip && items.Count < paging.Size)
            {
                items.Add(events[i]);
            }

            total++;
        }

        return new Page<EventView>(items, paging.Number, paging.Size, total);
    }

    /// <summary>Every match in date order (ties in stored order, undated last), then the requested page.</summary>
    /// <remarks>
    /// The page is taken walking the date order only until it is full; the total is then counted over the rows in
    /// stored order, which reads them one after the other instead of jumping about a million rows.
    /// </remarks>
    public Page<EventView> PageByDate(EventColumns columns, IReadOnlyList<EventView> events, Paging paging, bool newestFirst)
    {
        var order = newestFirst ? columns.ByDate.Newest : columns.ByDate.Oldest;
        var skip = (long)(paging.Number - 1) * paging.Size;
        var items = new List<EventView>(Math.Min(paging.Size, 1024));
        var rows = columns.Rows;
        var seen = 0L;
        for (var k = 0; k < order.Length && items.Count < paging.Size; k++)
        {
            var i = order[k];
            if (Matches(rows[i], events[i]) && seen++ >= skip)
            {
                items.Add(events[i]);
            }
        }

        return new Page<EventView>(items, paging.Number, paging.Size, _filter == NoFilter ? rows.Length : CountMatches(rows, events));
    }

    private int CountMatches(EventRow[] rows, IReadOnlyList<EventView> events)
    {
        var total = 0;
        for (var i = 0; i < rows.Length; i++)
        {
            total += Matches(rows[i], events[i]) ? 1 : 0;
        }

        return total;
    }

    // A null code (no actor, no place, no outlet) passes only when there is no filter on that field.
    private static bool Selected(bool[]? selected, int code) => selected is null || (code >= 0 && selected[code]);

    // "military" matches military.* (LIKE in SQL ignores case; codebook types are lower case).
    private static bool IsInFamily(string type, string family) =>
        type.Length > family.Length && type[family.Length] == '.' && type.StartsWith(family, StringComparison.Ordinal);

    // Compares the first `length` characters of each (fewer if one is shorter), as SQL's substr comparison does.
    private static int ComparePrefix(string a, string b, int length) =>
        string.CompareOrdinal(a, 0, b, 0, Math.Min(length, Math.Max(a.Length, b.Length)));

    // The id exactly, part of the name (ignoring case), or a name the entity appears under in a report.
    private static Func<string, string?, bool>? Party(string? wanted, IReadOnlyDictionary<string, HashSet<string>> knownAs)
    {
        if (wanted is null)
        {
            return null;
        }

        var ids = knownAs.GetValueOrDefault(wanted.ToLowerInvariant());
        return (id, name) => id == wanted || (name?.Contains(wanted, StringComparison.OrdinalIgnoreCase) ?? false) || (ids?.Contains(id) ?? false);
    }
}
