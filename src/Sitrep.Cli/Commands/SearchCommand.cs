using System.CommandLine;
using System.Text.RegularExpressions;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep search QUERY [filters] [--json]</c>: full text over evidence sentences (event hits) and report
/// bodies (document hits) of the latest stored versions, with filters; a table, or JSON Lines with --json.
/// </summary>
public static partial class SearchCommand
{
    private static readonly string[] Statuses = ["completed", "ongoing", "planned", "speculative", "alleged", "denied", "historical"];

    public static Command Create()
    {
        var query = new Argument<string>("query") { Description = "Words and \"quoted phrases\" that must all occur (OR between terms: either); \"\" for filters only" };
        var type = new Option<string?>("--type") { Description = "Event type, or a family: military.strike, diplomacy" };
        var actor = new Option<string?>("--actor") { Description = "Actor id, or part of its name" };
        var place = new Option<string?>("--place") { Description = "Place id, or part of its name" };
        var from = DateOption("--from", "Events on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var to = DateOption("--to", "Events on or before this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var outlet = new Option<string?>("--outlet") { Description = "Part of the outlet's name" };
        var status = new Option<string?>("--status") { Description = "Event status: " + string.Join(", ", Statuses) };
        status.AcceptOnlyFromAmong(Statuses);
        var json = new Option<bool>("--json") { Description = "Print JSON Lines, one hit per line" };
        var limit = new Option<int>("--limit") { Description = "Most hits of each kind (events, documents)", DefaultValueFactory = _ => 50 };
        limit.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() <= 0)
            {
                r.AddError("--limit must be a positive number");
            }
        });
        var db = StoreOptions.Db();
        var command = new Command("search", "Search stored reports and facts (full text over bodies and evidence sentences)")
        {
            query, type, actor, place, from, to, outlet, status, json, limit, db,
        };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            await using var store = await ReportStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            var q = new SearchQuery(parse.GetValue(query) ?? "")
            {
                Type = parse.GetValue(type),
                Actor = parse.GetValue(actor),
                Place = parse.GetValue(place),
                From = parse.GetValue(from),
                To = parse.GetValue(to),
                Outlet = parse.GetValue(outlet),
                Status = parse.GetValue(status),
                Limit = parse.GetValue(limit),
            };
            var hits = await store.SearchAsync(q, ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                SearchPrinter.PrintJson(hits);
            }
            else if (hits.Count == 0)
            {
                await Console.Error.WriteLineAsync("sitrep: no matches").ConfigureAwait(false);
            }
            else
            {
                SearchPrinter.PrintTable(hits);
            }

            return 0;
        }));
        return command;
    }

    internal static Option<string?> DateOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description };
        option.Validators.Add(r =>
        {
            var value = r.GetValueOrDefault<string?>();
            if (value is not null && !IsoDate().IsMatch(value))
            {
                r.AddError($"{name} '{value}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
            }
        });
        return option;
    }

    [GeneratedRegex(@"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]
    private static partial Regex IsoDate();
}
