using Sitrep.Core.Model;

namespace Sitrep.Core.Time;

public enum ClauseTense
{
    Unknown,
    Past,
    Future,
}

/// <summary>
/// Resolves time expressions against the publication date (codebook section 3, "Time"): a weekday in a
/// future clause is the next such day, in a past clause the most recent; "in March" is the latest March not
/// after publication; a deadline fills <c>end</c>. Without a publication date of enough precision a relative
/// expression keeps its text and gets no dates.
/// </summary>
public static class TimeResolver
{
    public static TimeSpec Resolve(TimeMention m, PartialDate? published, ClauseTense tense)
    {
        var value = m.Absolute ?? (m.Relative is null ? null : ResolveRelative(m.Relative, published, tense));
        string? iso = value?.ToString();
        if (value is PartialDate v && m.Relative?.Unit == "year-end")
        {
            iso = $"{v.Year:D4}-12-31";
        }
        else if (value is PartialDate v2 && m.Role == TimeRole.Deadline && !v2.HasMonth && m.Text.Contains("end", StringComparison.OrdinalIgnoreCase))
        {
            iso = $"{v2.Year:D4}-12-31";
        }
        else if (value is PartialDate v3 && m.Role == TimeRole.Point && !v3.HasMonth && m.Text.Contains("end", StringComparison.OrdinalIgnoreCase))
        {
            iso = $"{v3.Year:D4}-12"; // "at the end of 2024", "when 2024 ended"
        }

        return m.Role switch
        {
            TimeRole.Deadline or TimeRole.Until => new TimeSpec(null, iso, m.Text),
            _ => new TimeSpec(iso, null, m.Text),
        };
    }

    public static PartialDate? ResolveRelative(RelativeTime r, PartialDate? published, ClauseTense tense)
    {
        if (published is not PartialDate p)
        {
            return null;
        }

        var day = p.AsDate();
        switch (r.Unit)
        {
            case "year":
                // "one year ago" keeps the month when the publication date has one.
                return new PartialDate(p.Year + r.Offset * Math.Max(1, r.Count), r.Count > 0 && r.Offset < 0 && p.HasMonth ? p.Month : 0, 0);
            case "month-of-year":
                return new PartialDate(p.Year + r.Offset, r.Value, 0);
            case "year-end":
                return new PartialDate(p.Year, 0, 0);
            case "month" when p.HasMonth:
                {
                    var d = new DateOnly(p.Year, p.Month, 1).AddMonths(r.Offset * Math.Max(1, r.Count));
                    return new PartialDate(d.Year, d.Month, 0);
                }

            case "month-end" when p.HasMonth:
                return new PartialDate(p.Year, p.Month, 0);
            case "named-month" when p.HasMonth:
                return NamedMonth(r, p, tense);
            case "month-day":
                return MonthDay(r, p, tense);
            case "span-days" when day is DateOnly ds:
                {
                    var began = ds.AddDays(-r.Count);
                    return new PartialDate(began.Year, began.Month, 0);
                }

            case "day" when day is DateOnly d0:
                return PartialDate.From(d0.AddDays(r.Offset * Math.Max(1, r.Count)));
            case "week" when day is DateOnly d1:
                return PartialDate.From(d1.AddDays(7 * r.Offset * Math.Max(1, r.Count)));
            case "weekday" when day is DateOnly d2:
                return PartialDate.From(Weekday(d2, r, tense));
            default:
                return null;
        }
    }

    private static PartialDate NamedMonth(RelativeTime r, PartialDate p, ClauseTense tense)
    {
        if (r.Offset < 0)
        {
            // "last December": the most recent December strictly before this month.
            return new PartialDate(r.Value < p.Month ? p.Year : p.Year - 1, r.Value, 0);
        }

        if (r.Offset > 0 || tense == ClauseTense.Future)
        {
            return new PartialDate(r.Value >= p.Month ? p.Year : p.Year + 1, r.Value, 0);
        }

        return new PartialDate(r.Value <= p.Month ? p.Year : p.Year - 1, r.Value, 0);
    }

    private static PartialDate? MonthDay(RelativeTime r, PartialDate p, ClauseTense tense)
    {
        if (!p.HasMonth)
        {
            return null;
        }

        var key = r.Value * 100 + r.Day;
        var pubKey = p.Month * 100 + Math.Max(p.Day, p.HasDay ? p.Day : 31);
        var past = key <= pubKey ? p.Year : p.Year - 1;
        var ahead = key >= p.Month * 100 + p.Day ? p.Year : p.Year + 1;
        var year = tense switch
        {
            ClauseTense.Future => ahead,
            // "... at the Elysee on November 18, his second visit" in a report of November 6: with no verb to tell,
            // a date a few weeks ahead is nearer than the same date almost a year back.
            ClauseTense.Unknown when p.HasDay && ahead != past && DaysBetween(p, ahead, r) <= 45 => ahead,
            _ => past,
        };
        return new PartialDate(year, r.Value, r.Day);
    }

    private static int DaysBetween(PartialDate published, int year, RelativeTime r) =>
        published.AsDate() is DateOnly from && r.Day <= DateTime.DaysInMonth(year, r.Value)
            ? new DateOnly(year, r.Value, r.Day).DayNumber - from.DayNumber
            : int.MaxValue;

    private static DateOnly Weekday(DateOnly published, RelativeTime r, ClauseTense tense)
    {
        var target = r.Value % 7; // DayOfWeek: Sunday = 0
        var current = (int)published.DayOfWeek;
        var future = r.Offset > 0 || (r.Offset == 0 && tense == ClauseTense.Future);
        if (future)
        {
            var ahead = (target - current + 7) % 7;
            return published.AddDays(ahead == 0 ? 7 : ahead);
        }

        var back = (current - target + 7) % 7;
        if (r.Offset < 0 && back == 0)
        {
            back = 7;
        }

        return published.AddDays(-back);
    }
}
