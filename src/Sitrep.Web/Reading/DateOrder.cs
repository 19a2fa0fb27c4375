namespace Sitrep.Web.Reading;

/// <summary>
/// The rows of <see cref="EventColumns"/> in date order, both ways, computed once per snapshot: a date-ordered page
/// then filters rows in this order instead of sorting every match on each request. Ties keep stored order in both
/// directions, and undated rows come last, in stored order.
/// </summary>
public sealed class DateOrder
{
    public DateOrder(EventRow[] rows)
    {
        var dated = new List<int>(rows.Length);
        var undated = new List<int>();
        for (var i = 0; i < rows.Length; i++)
        {
            (rows[i].Date is null ? undated : dated).Add(i);
        }

        var ascending = dated.ToArray();
        Array.Sort(ascending, (a, b) => string.CompareOrdinal(rows[a].Date, rows[b].Date) is var c && c != 0 ? c : a.CompareTo(b));
        Oldest = [.. ascending, .. undated];

        // Newest first: the groups of one date from the last to the first, each still in stored order.
        var descending = new int[ascending.Length];
        var at = 0;
        for (var end = ascending.Length; end > 0;)
        {
            var start = end - 1;
            while (start > 0 && string.Equals(rows[ascending[start - 1]].Date, rows[ascending[end - 1]].Date, StringComparison.Ordinal))
            {
                start--;
            }

            Array.Copy(ascending, start, descending, at, end - start);
            at += end - start;
            end = start;
        }

        Newest = [.. descending, .. undated];
    }

    /// <summary>Oldest first.</summary>
    public int[] Oldest { get; }

    /// <summary>Newest first.</summary>
    public int[] Newest { get; }
}
