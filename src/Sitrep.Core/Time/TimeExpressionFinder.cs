using System.Collections.Frozen;
using Sitrep.Core.Text;

namespace Sitrep.Core.Time;

/// <summary>
/// Finds time expressions in a token range: full dates in common formats, month-year, month-day, named months
/// and weekdays, "last/next/this month", "N years ago", years, with the words around them that make them a
/// deadline ("by the end of 2026"), a start ("since 2015") or an end ("until March 1, 2025").
/// </summary>
public static class TimeExpressionFinder
{
    public static List<TimeMention> Find(string text, List<Token> tokens, int from = 0, int to = -1)
    {
        if (to < 0)
        {
            to = tokens.Count;
        }

        var found = new List<TimeMention>();
        var i = from;
        while (i < to)
        {
            var match = MayStart(tokens[i]) ? MatchAt(text, tokens, i, to) : null;
            if (match is null)
            {
                i++;
                continue;
            }

            var (first, last, absolute, relative, rule) = match.Value;
            var (role, roleStart) = RoleBefore(tokens, first, from);
            var attributive = Attributive(tokens, first, last, to);
            if (attributive)
            {
                // "lines set by the 1974 agreement": the year names the agreement, it is no deadline.
                (role, roleStart) = (TimeRole.Point, first);
            }

            var start = tokens[Math.Min(first, roleStart)].Start;
            var end = tokens[last].End;
            found.Add(new TimeMention(start, end, text[start..end], role, absolute, relative, rule, attributive));
            i = last + 1;
        }

        return found;
    }

    // The words the patterns of MatchAt test the first token for; any other word starts no time expression.
    private static readonly WordSet StartWords = WordSet.Create(
    [
        "last", "next", "this", "past", "previous", "coming", "overnight", "tonight", "yesterday", "today", "tomorrow", "the",
        "weekend", "before", "at", "start", "beginning", "end", "year", .. CalendarWords.All,
    ]);

    // Whether MatchAt can find anything at this token: a number, a word with a digit ("6th"), a word ending in a full
    // stop (the month test trims it) or one of the start words. Most tokens are none of these, and skip the patterns.
    private static bool MayStart(Token tok) => tok.Kind switch
    {
        TokenKind.Number => true,
        TokenKind.Punct => false,
        _ => tok.Norm.Length == 0 || char.IsDigit(tok.Norm[0]) || tok.Norm[^1] == '.' || StartWords.Contains(tok.Norm),
    };

    private static (int First, int Last, PartialDate? Abs, RelativeTime? Rel, string Rule)? MatchAt(string text, List<Token> t, int i, int to)
    {
        var tok = t[i];
        string? Norm(int k) => k < to && k >= 0 ? t[k].Norm : null;
        bool IsPunct(int k, char c) => k < to && t[k].Kind == TokenKind.Punct && t[k].Norm[0] == c;
        // A loop, not a lambda: a lambda capturing these locals would allocate a closure on every call of MatchAt.
        bool DayNamedNear(int k)
        {
            for (var n = k - 3; n < k + 6; n++)
            {
                if (Norm(n) is string w && (CalendarWords.Weekday(w) > 0 || w is "yesterday" or "today" or "tomorrow" || CalendarWords.Month(w) > 0))
                {
                    return true;
                }
            }

            return false;
        }

        // ISO 2025-11-06
        if (tok.Kind == TokenKind.Number && Year(tok.Norm) is int iy && IsPunct(i + 1, '-') && Small(Norm(i + 2), 12) is int im
            && IsPunct(i + 3, '-') && Small(Norm(i + 4), 31) is int id)
        {
            return (i, i + 4, new PartialDate(iy, im, id), null, "time.iso");
        }

        // 26.03.2025 (one token) and 20/11/2025: day first unless the middle number cannot be a month.
        if (tok.Kind == TokenKind.Number && DottedDate(tok.Norm) is PartialDate dotted)
        {
            return (i, i, dotted, null, "time.dotted-date");
        }

        if (tok.Kind == TokenKind.Number && Small(tok.Norm, 31) is int sa && IsPunct(i + 1, '/') && Small(Norm(i + 2), 31) is int sb
            && IsPunct(i + 3, '/') && i + 4 < to && Year(t[i + 4].Norm) is int sy)
        {
            var (day, month) = sb > 12 ? (sb, sa) : (sa, sb);
            return month <= 12 ? (i, i + 4, new PartialDate(sy, month, day), null, "time.slashed-date") : null;
        }

        // 2026/11/09: a slashed date that opens with the year runs year, month, day.
        if (tok.Kind == TokenKind.Number && Year(tok.Norm) is int ly && IsPunct(i + 1, '/') && Small(Norm(i + 2), 12) is int lm
            && IsPunct(i + 3, '/') && Small(Norm(i + 4), 31) is int ld && ld <= DateTime.DaysInMonth(ly, lm))
        {
            return (i, i + 4, new PartialDate(ly, lm, ld), null, "time.slashed-date-year-first");
        }

        // 06 November 2025 / 6th November
        if (DayNumber(tok) is int d1 && i + 1 < to && MonthAt(t, i + 1) is int m1)
        {
            var last = i + 1;
            var year = YearAfter(t, last, to, out var yEnd);
            return year is int y1
                ? (i, yEnd, new PartialDate(y1, m1, d1), null, "time.day-month-year")
                : (i, last, null, new RelativeTime("month-day", 0, m1, d1, 0), "time.day-month");
        }

        if (MonthAt(t, i) is int m && (tok.Capitalized || tok.Norm.Length > 3))
        {
            var first = ModifierStart(t, i);
            // "Oct. 14": an abbreviated month keeps its full stop.
            var dayAt = tok.Norm.Length <= 4 && IsPunct(i + 1, '.') ? i + 2 : i + 1;
            if (dayAt < to && DayNumber(t[dayAt]) is int d && !(dayAt + 1 < to && t[dayAt + 1].Norm is "percent" or "%"))
            {
                var year = YearAfter(t, dayAt, to, out var yEnd);
                return year is int y
                    ? (first, yEnd, new PartialDate(y, m, d), null, "time.month-day-year")
                    : (first, dayAt, null, new RelativeTime("month-day", 0, m, d, 0), "time.month-day");
            }

            if (i + 1 < to && t[i + 1].Kind == TokenKind.Number && Year(t[i + 1].Norm) is int y2)
            {
                return (first, i + 1, new PartialDate(y2, m, 0), null, "time.month-year");
            }

            // "December last year", "March this year"
            if (Norm(i + 1) is "last" or "this" or "next" && Norm(i + 2) == "year")
            {
                var offset = Norm(i + 1) switch { "last" => -1, "next" => 1, _ => 0 };
                return (first, i + 2, null, new RelativeTime("month-of-year", offset, m, 0, 0), "time.month-of-relative-year");
            }

            // "In October of that year", "that July": the month of the year named last before it.
            var ofThatYear = Norm(i + 1) == "of" && Norm(i + 2) == "that" && Norm(i + 3) == "year" ? i + 3
                : Norm(i + 1) == "that" && Norm(i + 2) == "year" ? i + 2 : -1;
            if ((ofThatYear > 0 || Norm(i - 1) == "that") && YearNamedBefore(t, i) is int earlier)
            {
                return (Norm(i - 1) == "that" ? i - 1 : first, Math.Max(i, ofThatYear), new PartialDate(earlier, m, 0), null, "time.month-of-that-year");
            }

            var prev = Norm(i - 1);
            if (prev is "last" or "next" or "this" or "past")
            {
                return (i - 1, i, null, new RelativeTime("named-month", prev == "last" || prev == "past" ? -1 : prev == "next" ? 1 : 0, m, 0, 0), "time.named-month");
            }

            if (first < i || prev is "in" or "since" or "until" or "of" or "by" or "during" or "from" or "and" or "before" or "after" or "till")
            {
                return (first, i, null, new RelativeTime("named-month", 0, m, 0, 0), "time.named-month");
            }

            return null;
        }

        if (tok.Capitalized && CalendarWords.Weekday(tok.Norm) is int wd and > 0)
        {
            var first = Norm(i - 1) is "on" or "last" or "next" or "this" ? i - 1 : i;
            // "on Wednesday, 18 November 2026": the date after the weekday says which Wednesday, even when the report's
            // own date is known only to the month.
            if (Norm(i + 1) == "," && i + 2 < to && (t[i + 2].Kind == TokenKind.Number || CalendarWords.Month(t[i + 2].Norm) > 0)
                && MatchAt(text, t, i + 2, to) is { } dated && dated.First == i + 2)
            {
                return (first, dated.Last, dated.Abs, dated.Rel, dated.Rule);
            }

            var dir = Norm(i - 1) switch { "last" => -1, "next" => 1, _ => 0 };
            return (first, i, null, new RelativeTime("weekday", dir, wd, 0, 0), "time.weekday");
        }

        if (tok.Norm is "last" or "next" or "this" or "past" or "previous" or "coming" && Norm(i + 1) is "week" or "month" or "year")
        {
            var first = Norm(i - 1) is "earlier" or "later" ? i - 1 : i;
            var offset = tok.Norm switch { "last" or "past" or "previous" => -1, "next" or "coming" => 1, _ => 0 };
            return (first, i + 1, null, new RelativeTime(Norm(i + 1)!, offset, 0, 0, 0), "time.relative-unit");
        }

        // "over the past ten days", "in the last two weeks": a span reaching back to the report, dated by the month it
        // began in.
        if (tok.Norm is "past" or "last" && SpanLength(Norm(i + 1), Norm(i + 2)) is int days)
        {
            var first = Norm(i - 1) == "the" ? (Norm(i - 2) is "over" or "in" or "during" ? i - 2 : i - 1) : i;
            return (first, i + 2, null, new RelativeTime("span-days", -1, 0, 0, days), "time.recent-span");
        }

        // "overnight on Tuesday": the weekday dates it.
        if (tok.Norm is "overnight" or "tonight" && DayNamedNear(i))
        {
            return null;
        }

        if (tok.Norm is "yesterday" or "today" or "tomorrow" or "overnight" or "tonight")
        {
            return (i, i, null, new RelativeTime("day", tok.Norm == "yesterday" ? -1 : tok.Norm == "tomorrow" ? 1 : 0, 0, 0, 1), "time.deictic-day");
        }

        // "the previous day", "the day before": told from the report's own day, so one day before it.
        if (tok.Norm == "the" && ((Norm(i + 1) == "previous" && Norm(i + 2) is "day" or "night") || (Norm(i + 1) == "day" && Norm(i + 2) == "before" && !DayNamedNear(i + 3))))
        {
            return (i, i + 2, null, new RelativeTime("day", -1, 0, 0, 1), "time.previous-day");
        }

        // "over the weekend", "last weekend": dated by its Saturday.
        if (tok.Norm == "weekend" && Norm(i - 1) is "the" or "last" or "this")
        {
            var first = Norm(i - 1) == "the" && Norm(i - 2) is "over" or "at" or "during" ? i - 2 : i - 1;
            return (first, i, null, new RelativeTime("weekday", Norm(i - 1) == "last" ? -1 : 0, 6, 0, 0), "time.weekend");
        }

        if (tok.Norm is "last" or "this" && Norm(i + 1) is "night" or "morning" or "evening")
        {
            return (i, i + 1, null, new RelativeTime("day", tok.Norm == "last" ? -1 : 0, 0, 0, 1), "time.deictic-day");
        }

        // "before dawn", "at dawn" with no day named: the dawn of the day the report was written.
        if (tok.Norm is "before" or "at" && Norm(i + 1) == "dawn" && !DayNamedNear(i))
        {
            return (i, i + 1, null, new RelativeTime("day", 0, 0, 0, 1), "time.deictic-day");
        }

        // "two years ago", "about a week ago" ("ago" first: it is the rarest word of the three)
        if (Norm(i + 2) == "ago" && Count(tok) is int n && Norm(i + 1) is string unit && Unit(unit) is string u)
        {
            var first = Norm(i - 1) is "about" or "some" or "nearly" or "almost" or "around" ? i - 1 : i;
            return (first, i + 2, null, new RelativeTime(u, -1, 0, 0, n), "time.ago");
        }

        // "the start of the year", "the beginning of the year"
        if (tok.Norm is "start" or "beginning" && Norm(i + 1) == "of" && Norm(i + 2) is "the" or "this" && Norm(i + 3) == "year")
        {
            var first = Norm(i - 1) == "the" ? i - 1 : i;
            return (first, i + 3, null, new RelativeTime("month-of-year", 0, 1, 0, 0), "time.start-of-year");
        }

        // "the end of the year", "the end of the current year", "the end of this month"
        if (tok.Norm == "end" && Norm(i + 1) == "of" && Norm(i + 2) is "the" or "this")
        {
            var period = Norm(i + 3) == "current" ? i + 4 : i + 3;
            if (Norm(period) is "year" or "month" && (period == i + 3 || Norm(i + 2) == "the"))
            {
                var first = Norm(i - 1) == "the" ? i - 1 : i;
                return (first, period, null, new RelativeTime(Norm(period) == "year" ? "year-end" : "month-end", 0, 0, 0, 0), "time.end-of-period");
            }
        }

        // "before the year is out", "before the year ends": the end of this year.
        if (tok.Norm == "year" && Norm(i - 1) == "the" && (Norm(i + 1) is "is" && Norm(i + 2) == "out" || Norm(i + 1) is "ends"))
        {
            return (i - 1, Norm(i + 1) == "ends" ? i + 1 : i + 2, null, new RelativeTime("year-end", 0, 0, 0, 0), "time.end-of-period");
        }

        if (tok.Kind == TokenKind.Number && Year(tok.Norm) is int yy && !IsQuantityNext(Norm(i + 1)))
        {
            var first = Norm(i - 1) is "early" or "late" or "mid" or "summer" or "spring" or "autumn" or "winter" or "fall" ? i - 1 : i;
            if (Norm(first - 1) == "of" && Norm(first - 2) == "end")
            {
                first -= Norm(first - 3) == "the" ? 3 : 2;
            }

            // "when 2024 ended": the year's last month, like "the end of 2024".
            return (first, Norm(i + 1) == "ended" ? i + 1 : i, new PartialDate(yy, 0, 0), null, "time.year");
        }

        return null;
    }

    private static int? SpanLength(string? count, string? unit)
    {
        var n = count is null ? 0 : CalendarWords.NumberWord(count) is int w and > 0 ? w : int.TryParse(count, out var d) ? d : 0;
        return n is < 1 or > 366 ? null : unit switch { "days" => n, "weeks" => n * 7, _ => null };
    }

    private static readonly WordSet NotNouns = WordSet.Create(
    [
        "and", "or", "to", "of", "in", "on", "at", "by", "for", "with", "from", "when", "after", "before", "that", "which", "as",
        "was", "were", "is", "are", "had", "has", "have", "will", "would", "until", "since", "but", "than", "while", "the", "a",
    ]);

    // "the 1974 disengagement agreement", "the March 10 deal": a date between "the" and a lower-case noun; a year
    // also before a name ("in violation of the 1974 Disengagement Agreement"), unless the name dates the clause
    // ("captured it in the 1967 Six Day War").
    private static bool Attributive(List<Token> t, int first, int last, int to) =>
        first > 0 && t[first - 1].Norm == "the" && (t[first].Kind == TokenKind.Number || CalendarWords.Month(t[first].Norm) > 0) && last + 1 < to && t[last + 1].Kind == TokenKind.Word
        && (!t[last + 1].Capitalized || (first == last && t[first].Kind == TokenKind.Number && CalendarWords.Month(t[last + 1].Norm) == 0
            && !(first >= 2 && t[first - 2].Norm is "in" or "during" or "since" or "after" or "before")))
        && !NotNouns.Contains(t[last + 1].Norm);

    private static (TimeRole Role, int Start) RoleBefore(List<Token> t, int first, int from)
    {
        string? Norm(int k) => k >= from && k >= 0 ? t[k].Norm : null;
        var k = first - 1;
        if (Norm(k) is "the")
        {
            k--;
        }

        if (Norm(k) == "of" && Norm(k - 1) == "end")
        {
            k -= Norm(k - 2) == "the" ? 3 : 2;
        }

        return Norm(k) switch
        {
            "by" => (TimeRole.Deadline, k),
            "before" when Norm(k - 1) is "signed" or "completed" or "finished" or "done" => (TimeRole.Deadline, k),
            "since" => (TimeRole.Since, k),
            "until" or "till" or "through" => (TimeRole.Until, k),
            _ => (TimeRole.Point, first),
        };
    }

    private static int ModifierStart(List<Token> t, int i)
    {
        var k = i - 1;
        if (k >= 0 && t[k].Kind == TokenKind.Punct && t[k].Norm == "-")
        {
            k--;
        }

        return k >= 0 && t[k].Norm is "early" or "late" or "mid" or "end" ? k : i;
    }

    private static int? MonthAt(List<Token> t, int i)
    {
        var tok = t[i];
        if (tok.Kind != TokenKind.Word)
        {
            return null;
        }

        var m = CalendarWords.Month(tok.Norm);
        // "may", "mar", "march" are also ordinary words: only a capitalised one is a month.
        return m > 0 && (tok.Capitalized || tok.Norm.Length > 5) ? m : null;
    }

    private static int? YearAfter(List<Token> t, int last, int to, out int end)
    {
        end = last;
        var k = last + 1;
        if (k < to && t[k].Kind == TokenKind.Punct && t[k].Norm == ",")
        {
            k++;
        }

        if (k < to && t[k].Kind == TokenKind.Number && Year(t[k].Norm) is int y)
        {
            end = k;
            return y;
        }

        return null;
    }

    private static int? DayNumber(Token tok)
    {
        var s = tok.Norm;
        if (tok.Kind == TokenKind.Word && s.Length >= 3 && s.AsSpan(s.Length - 2) is "st" or "nd" or "rd" or "th" && char.IsDigit(s[0]))
        {
            s = s[..^2];
        }
        else if (tok.Kind != TokenKind.Number)
        {
            return null;
        }

        return s.Length <= 2 && int.TryParse(s, out var d) && d is >= 1 and <= 31 ? d : null;
    }

    private static PartialDate? DottedDate(string s)
    {
        // Only a number with two dots can be one; most numbers are not split at all.
        if (s.AsSpan().Count('.') != 2)
        {
            return null;
        }

        var p = s.Split('.');
        return p.Length == 3 && Small(p[0], 31) is int d && Small(p[1], 12) is int m && Year(p[2]) is int y && d <= DateTime.DaysInMonth(y, m)
            ? new PartialDate(y, m, d)
            : null;
    }

    private static int? Small(string? s, int max) => s is not null && s.Length <= 2 && int.TryParse(s, out var v) && v >= 1 && v <= max ? v : null;

    // The last year written out in the few sentences before a token, if any.
    private static int? YearNamedBefore(List<Token> t, int i)
    {
        for (var k = i - 1; k >= 0 && k >= i - 120; k--)
        {
            if (t[k].Kind == TokenKind.Number && Year(t[k].Norm) is int y)
            {
                return y;
            }
        }

        return null;
    }

    public static int? Year(string s) => s.Length == 4 && int.TryParse(s, out var y) && y is >= 1900 and <= 2100 ? y : null;

    private static int? Count(Token tok) =>
        tok.Kind == TokenKind.Number && int.TryParse(tok.Norm, out var n) && n < 1000 ? n : CalendarWords.NumberWord(tok.Norm) is int w and > 0 ? w : null;

    private static string? Unit(string s) => s switch
    {
        "day" or "days" => "day",
        "week" or "weeks" => "week",
        "month" or "months" => "month",
        "year" or "years" => "year",
        _ => null,
    };

    private static bool IsQuantityNext(string? next) => next is "troops" or "soldiers" or "people" or "km" or "kilometers" or "kilometres"
        or "fighters" or "trucks" or "vehicles" or "civilians" or "men" or "dollars" or "tons" or "tonnes" or "%" or "percent";
}
