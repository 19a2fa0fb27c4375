using System.CommandLine;
using Sitrep.Store;
using Sitrep.Web;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep serve [--db TARGET] [--urls URLS] [--ingest-token TOKEN]</c>: the dashboard and its JSON API over a
/// store, read-only unless an ingest token is given, on the loopback interface unless told otherwise.
/// </summary>
public static class ServeCommand
{
    public static Option<string> Urls()
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Addresses to listen on, separated by ';' (default {DashboardHost.DefaultUrls}, loopback only)",
            DefaultValueFactory = _ => DashboardHost.DefaultUrls,
        };
        urls.Validators.Add(r =>
        {
            if (DashboardHost.FirstInvalid(r.GetValueOrDefault<string>() ?? "") is string bad)
            {
                r.AddError($"--urls '{bad}' is not an address such as {DashboardHost.DefaultUrls}");
            }
        });
        return urls;
    }

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var urls = Urls();
        var token = new Option<string?>("--ingest-token")
        {
            Description = "Accept POST /api/reports with 'Authorization: Bearer TOKEN' (default: read-only); or $SITREP_INGEST_TOKEN",
        };
        var command = new Command("serve", "Serve the dashboard and the JSON API over a store") { db, urls, token };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            var ingestToken = parse.GetValue(token) ?? Environment.GetEnvironmentVariable("SITREP_INGEST_TOKEN");
            await using var store = await ReportStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            return await RunAsync(store, parse.GetValue(urls)!, ingestToken, ct).ConfigureAwait(false);
        }));
        return command;
    }

    /// <summary>Serves <paramref name="store"/> until interrupted, printing the dashboard's address once it listens.</summary>
    public static async Task<int> RunAsync(IReportStore store, string urls, string? ingestToken, CancellationToken ct)
    {
        if (!DashboardHost.IsLoopbackOnly(urls))
        {
            await Console.Error.WriteLineAsync($"sitrep: warning: {urls} is reachable from other machines").ConfigureAwait(false);
        }

        await DashboardHost.RunAsync(store, new DashboardOptions(null, string.IsNullOrWhiteSpace(ingestToken) ? null : ingestToken, null), urls, addresses =>
        {
            Console.WriteLine($"Dashboard: {string.Join(" ", addresses.Select(a => a.TrimEnd('/') + "/"))} ({(ingestToken is null ? "read-only" : "ingest enabled")}; Ctrl+C to stop)");
        }, ct).ConfigureAwait(false);
        return 0;
    }
}
