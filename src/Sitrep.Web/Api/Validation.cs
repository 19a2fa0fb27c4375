using System.Text.RegularExpressions;
using Sitrep.Web.Reading;

namespace Sitrep.Web.Api;

/// <summary>Checks query parameters; each failure is one line naming the parameter and the value.</summary>
public static partial class Validation
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 5000;

    public static readonly IReadOnlyList<string> Statuses = ["completed", "ongoing", "planned", "speculative", "alleged", "denied", "historical"];

    public static string? Check(PageParameters p, out Paging paging)
    {
        paging = new Paging(p.Page ?? 1, p.PageSize ?? DefaultPageSize);
        if (paging.Number < 1)
        {
            return $"page '{paging.Number}' must be 1 or more";
        }

        return paging.Size is < 1 or > MaxPageSize ? $"page_size '{paging.Size}' must be between 1 and {MaxPageSize}" : null;
    }

    public static string? Check(PageParameters p, EventParameters e, out Paging paging, out EventFilter filter)
    {
        var pageError = Check(p, out paging);
        var filterError = Check(e, out filter);
        return pageError ?? filterError;
    }

    public static string? Check(EventParameters e, out EventFilter filter)
    {
        filter = new EventFilter(Blank(e.Type), Blank(e.Actor), Blank(e.Place), Blank(e.From), Blank(e.To), Blank(e.Outlet), Blank(e.Status), Blank(e.Zone), e.Located);
        if (DateError(filter.From, filter.To) is string error)
        {
            return error;
        }

        return filter.Status is string s && !Statuses.Contains(s) ? $"status '{s}' is not one of {string.Join(", ", Statuses)}" : null;
    }

    public static string? Check(StoryParameters p, out StoryFilter filter)
    {
        filter = new StoryFilter(Blank(p.Type), Blank(p.Place), Blank(p.Actor), Blank(p.From), Blank(p.To), Blank(p.Flag), p.MinCorroboration);
        if (DateError(filter.From, filter.To) is string error)
        {
            return error;
        }

        return p.MinCorroboration is < 0 ? $"min_corroboration '{p.MinCorroboration}' must be 0 or more" : null;
    }

    /// <summary><c>order</c>: <c>stored</c> (the default), <c>date</c> (oldest first) or <c>-date</c> (newest first).</summary>
    public static string? Check(string? order, out EventOrder sorted)
    {
        sorted = order switch
        {
            null or "" or "stored" => EventOrder.Stored,
            "date" => EventOrder.DateAscending,
            "-date" => EventOrder.DateDescending,
            _ => (EventOrder)(-1),
        };
        return Enum.IsDefined(sorted) ? null : $"order '{order}' is not one of stored, date, -date";
    }

    private static string? DateError(string? from, string? to)
    {
        foreach (var (name, value) in new[] { ("from", from), ("to", to) })
        {
            if (value is not null && !IsoDate().IsMatch(value))
            {
                return $"{name} '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)";
            }
        }

        return null;
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();
}
