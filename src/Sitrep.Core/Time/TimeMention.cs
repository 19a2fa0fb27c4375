namespace Sitrep.Core.Time;

/// <summary>How a time expression relates to the event it dates.</summary>
public enum TimeRole
{
    /// <summary>When it happened or will happen ("on Thursday", "in March").</summary>
    Point,

    /// <summary>A deadline ("by the end of 2026"): fills the end of the interval.</summary>
    Deadline,

    /// <summary>The start of a state that continues ("since 2015").</summary>
    Since,

    /// <summary>The end of a state ("until March 1, 2025").</summary>
    Until,
}

/// <summary>A calendar value with its precision: year, year-month or year-month-day.</summary>
public readonly record struct PartialDate(int Year, int Month, int Day)
{
    public bool HasMonth => Month > 0;

    public bool HasDay => Day > 0;

    public override string ToString() =>
        HasDay ? $"{Year:D4}-{Month:D2}-{Day:D2}" : HasMonth ? $"{Year:D4}-{Month:D2}" : $"{Year:D4}";

    public DateOnly? AsDate() => HasDay && Month is >= 1 and <= 12 && Day <= DateTime.DaysInMonth(Year, Month) ? new DateOnly(Year, Month, Day) : null;

    public static PartialDate From(DateOnly d) => new(d.Year, d.Month, d.Day);

    public int CompareKey => (Year * 100 + Month) * 100 + Day;
}

/// <summary>
/// A time expression found in the text (character offsets into the text it was found in), before or after
/// resolution against the publication date.
/// </summary>
/// <param name="Absolute">The value when the text itself gives the year.</param>
/// <param name="Relative">How to resolve it when it does not ("last month", "in March", "on Monday").</param>
/// <param name="Attributive">It modifies the noun after it ("the 1974 disengagement agreement"), so it dates only that noun.</param>
public sealed record TimeMention(int Start, int End, string Text, TimeRole Role, PartialDate? Absolute, RelativeTime? Relative, string Rule, bool Attributive = false);

/// <summary>An expression that needs the publication date: an offset or a named month or weekday.</summary>
/// <param name="Unit">"day", "week", "month", "year", "weekday", "named-month", "month-day", "span-days" (a span of Count days back to the report).</param>
/// <param name="Offset">0 = this, -1 = last, +1 = next; for named months and weekdays the direction (0 = by tense).</param>
/// <param name="Value">Month number, weekday number (Monday = 1), or for month-day the month.</param>
/// <param name="Day">For month-day: the day of the month.</param>
/// <param name="Count">For "two years ago": how many units.</param>
public sealed record RelativeTime(string Unit, int Offset, int Value, int Day, int Count);
