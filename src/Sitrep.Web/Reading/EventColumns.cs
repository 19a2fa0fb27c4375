namespace Sitrep.Web.Reading;

/// <summary>The filterable fields of one fact as small codes, so a filter scans one compact array.</summary>
public readonly record struct EventRow(int Type, int Status, int Actor, int Place, int Outlet, string? Date, bool Located, bool InZone);

/// <summary>Distinct values of one field, each with a code (its index); a name is kept beside each id.</summary>
public sealed class CodeBook
{
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly List<string> _values = [];
    private readonly List<string?> _names = [];

    public int Count => _values.Count;

    public string Value(int code) => _values[code];

    public string? Name(int code) => _names[code];

    /// <summary>The code of <paramref name="value"/>, added if new; -1 for null.</summary>
    public int Code(string? value, string? name = null)
    {
        if (value is null)
        {
            return -1;
        }

        if (!_codes.TryGetValue(value, out var code))
        {
            code = _values.Count;
            _codes[value] = code;
            _values.Add(value);
            _names.Add(name);
        }

        return code;
    }

    /// <summary>For each code, whether its value (and name) passes <paramref name="test"/>; null when there is no test.</summary>
    public bool[]? Select(Func<string, string?, bool>? test)
    {
        if (test is null)
        {
            return null;
        }

        var selected = new bool[_values.Count];
        for (var i = 0; i < selected.Length; i++)
        {
            selected[i] = test(_values[i], _names[i]);
        }

        return selected;
    }
}

/// <summary>
/// Every fact of a snapshot as an <see cref="EventRow"/>, in the order of <see cref="DashboardSnapshot.Events"/>.
/// Filtering touches only this array: following each fact's objects would miss the cache 100,000 times a request.
/// </summary>
public sealed class EventColumns
{
    private readonly Lazy<DateOrder> _byDate;

    public EventColumns(IReadOnlyList<EventView> events)
    {
        Rows = new EventRow[events.Count];
        for (var i = 0; i < Rows.Length; i++)
        {
            var v = events[i];
            var e = v.Fact;
            Rows[i] = new EventRow(
                Types.Code(e.Type),
                Statuses.Code(e.Status),
                Actors.Code(e.Actor?.Id, e.Actor?.Name),
                Places.Code(e.Location?.Id, e.Location?.Name),
                Outlets.Code(v.Outlet),
                v.Date,
                e.Location?.Lat is not null,
                v.Zones.Count > 0);
        }

        _byDate = new Lazy<DateOrder>(() => new DateOrder(Rows));
    }

    public EventRow[] Rows { get; }

    /// <summary>The rows in date order, sorted on the first request that asks for it.</summary>
    public DateOrder ByDate => _byDate.Value;

    public CodeBook Types { get; } = new();

    public CodeBook Statuses { get; } = new();

    public CodeBook Actors { get; } = new();

    public CodeBook Places { get; } = new();

    public CodeBook Outlets { get; } = new();
}
