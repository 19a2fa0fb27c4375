using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>Sorted, disjoint code point ranges, each with an optional integer value.</summary>
internal sealed class RangeSet
{
    private readonly int[] _starts;
    private readonly int[] _ends;
    private readonly int[] _values;

    private RangeSet(int[] starts, int[] ends, int[] values)
    {
        _starts = starts;
        _ends = ends;
        _values = values;
    }

    /// <summary>Parses space-separated items <c>A</c>, <c>A-B</c>, <c>A:v</c> or <c>A-B:v</c> (hexadecimal bounds).</summary>
    public static RangeSet Parse(string items)
    {
        var parts = items.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var starts = new int[parts.Length];
        var ends = new int[parts.Length];
        var values = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var item = parts[i];
            var colon = item.IndexOf(':', StringComparison.Ordinal);
            if (colon >= 0)
            {
                values[i] = int.Parse(item[(colon + 1)..], CultureInfo.InvariantCulture);
                item = item[..colon];
            }
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            starts[i] = int.Parse(dash < 0 ? item : item[..dash], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            ends[i] = dash < 0 ? starts[i] : int.Parse(item[(dash + 1)..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        return new RangeSet(starts, ends, values);
    }

    public bool Contains(int cp) => Find(cp) >= 0;

    /// <summary>The value and start of the range holding <paramref name="cp"/>, if any.</summary>
    public bool ValueOf(int cp, out int value, out int start)
    {
        var i = Find(cp);
        value = i >= 0 ? _values[i] : 0;
        start = i >= 0 ? _starts[i] : 0;
        return i >= 0;
    }

    private int Find(int cp)
    {
        var i = Array.BinarySearch(_starts, cp);
        if (i < 0)
        {
            i = ~i - 1;
        }
        return i >= 0 && cp <= _ends[i] ? i : -1;
    }
}
