using Dapper;

namespace Sitrep.Store.Sql;

/// <summary>
/// The WHERE conditions of a search's filters, in SQL both backends run (aliases: <c>d</c> documents,
/// <c>e</c> events). Dates compare as ISO text on the common prefix, so 2025-11 matches any day of November.
/// </summary>
public static class SearchFilters
{
    /// <summary>The date an event is filed under: its start, else its end, else the report's publication date.</summary>
    public const string EventDate = "COALESCE(e.time_start, e.time_end, d.published)";

    /// <summary>Conditions on events (type, actor, place, status, dates) and their documents (outlet).</summary>
    public static List<string> ForEvents(SearchQuery q, DynamicParameters p)
    {
        var where = new List<string>();
        if (q.Type is string type)
        {
            p.Add("type", type);
            p.Add("typeFamily", Escape(type) + ".%");
            where.Add(@"(e.type = @type OR e.type LIKE @typeFamily ESCAPE '\')");
        }

        if (q.Actor is string actor)
        {
            p.Add("actor", actor);
            p.Add("actorLike", Contains(actor));
            p.Add("actorSurface", Surface(actor));
            where.Add(@"(e.actor_id = @actor OR lower(e.actor_name) LIKE lower(@actorLike) ESCAPE '\' OR e.actor_id IN (" + KnownAs("@actorSurface") + "))");
        }

        if (q.Place is string place)
        {
            p.Add("place", place);
            p.Add("placeLike", Contains(place));
            p.Add("placeSurface", Surface(place));
            where.Add(@"(e.location_id = @place OR lower(e.location_name) LIKE lower(@placeLike) ESCAPE '\' OR e.location_id IN (" + KnownAs("@placeSurface") + "))");
        }

        if (q.Status is string status)
        {
            p.Add("status", status);
            where.Add("e.status = @status");
        }

        Dates(q, p, EventDate, where);
        Outlet(q, p, where);
        return where;
    }

    /// <summary>Conditions on documents (outlet, publication date) and, when event filters are set, on their events.</summary>
    public static List<string> ForDocuments(SearchQuery q, DynamicParameters p)
    {
        var where = new List<string>();
        if (q.HasEventFilters)
        {
            var events = ForEvents(q with { From = null, To = null, Outlet = null }, p);
            where.Add("EXISTS (SELECT 1 FROM events e WHERE e.document_id = d.id AND " + string.Join(" AND ", events) + ")");
        }

        Dates(q, p, "d.published", where);
        Outlet(q, p, where);
        return where;
    }

    public static string Escape(string s) =>
        s.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal);

    private static string Contains(string s) => "%" + Escape(s) + "%";

    // A name the entity appears under in some report ("SDF", "Diban"): an element of a mentions.surfaces JSON array.
    private static string Surface(string s) => "%\"" + Escape(s) + "\"%";

    private static string KnownAs(string parameter) =>
        $@"SELECT m.entity_id FROM mentions m WHERE lower(CAST(m.surfaces AS TEXT)) LIKE lower({parameter}) ESCAPE '\'";

    private static void Dates(SearchQuery q, DynamicParameters p, string date, List<string> where)
    {
        if (q.From is string from)
        {
            p.Add("from", from);
            where.Add($"({date} IS NOT NULL AND {date} >= substr(@from, 1, length({date})))");
        }

        if (q.To is string to)
        {
            p.Add("to", to);
            where.Add($"({date} IS NOT NULL AND substr({date}, 1, length(@to)) <= @to)");
        }
    }

    private static void Outlet(SearchQuery q, DynamicParameters p, List<string> where)
    {
        if (q.Outlet is string outlet)
        {
            p.Add("outletLike", Contains(outlet));
            where.Add(@"lower(d.outlet) LIKE lower(@outletLike) ESCAPE '\'");
        }
    }
}
