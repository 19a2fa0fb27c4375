using Sitrep.Web.Reading;
using Xunit;

namespace Sitrep.Web.Tests.Reading;

public sealed class DateOrderTests
{
    // Ties, partial dates (a year, a month) and undated rows, in no particular order.
    private static readonly string?[] Dates =
        ["2025-03-02", null, "2024", "2025-03-02", "2025-03", "2023-12-31", null, "2025-03-02", "2024", "2026-01-01", "2025-03-10"];

    private static EventRow[] Rows => [.. Dates.Select(d => new EventRow(0, 0, 0, 0, 0, d, false, false))];

    [Fact]
    public void Oldest_first_sorts_dates_ordinally_keeps_ties_in_stored_order_and_puts_undated_last()
    {
        var expected = Dated().OrderBy(i => Dates[i], StringComparer.Ordinal).Concat(Undated());
        Assert.Equal(expected, new DateOrder(Rows).Oldest);
    }

    [Fact]
    public void Newest_first_reverses_the_dates_but_not_the_ties_and_still_puts_undated_last()
    {
        var expected = Dated().OrderByDescending(i => Dates[i], StringComparer.Ordinal).Concat(Undated());
        var newest = new DateOrder(Rows).Newest;
        Assert.Equal(expected, newest);
        Assert.Equal([0, 3, 7], newest.Where(i => Dates[i] == "2025-03-02"));
    }

    // LINQ's ordering is stable, so equal dates stay in stored (index) order.
    private static IEnumerable<int> Dated() => Enumerable.Range(0, Dates.Length).Where(i => Dates[i] is not null);

    private static IEnumerable<int> Undated() => Enumerable.Range(0, Dates.Length).Where(i => Dates[i] is null);
}
