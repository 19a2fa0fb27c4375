using System.CommandLine;
using System.Text.Json;
using Sitrep.Store.FeedState;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep sources [--db TARGET] [--json]</c>: each followed feed or page, its last success, last error and items stored.</summary>
public static class SourcesCommand
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public static Command Create()
    {
        var db = StoreOptions.Db();
        var json = new Option<bool>("--json") { Description = "One JSON object per source instead of a table" };
        var command = new Command("sources", "List followed feeds and pages with their last success, last error and items stored") { db, json };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            await using var state = await FeedStateStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            var sources = await state.ListAsync(ct).ConfigureAwait(false);
            if (parse.GetValue(json))
            {
                foreach (var s in sources)
                {
                    Console.WriteLine(JsonSerializer.Serialize(s, Json));
                }

                return 0;
            }

            if (sources.Count == 0)
            {
                Console.WriteLine("no sources yet (sitrep watch --feeds FILE, or sitrep fetch URL)");
                return 0;
            }

            var rows = sources.Select(s => new[]
            {
                s.Url, s.Kind ?? "-", s.Outlet ?? "-", s.LastSuccessAt ?? "never", s.ItemsIngested.ToString(System.Globalization.CultureInfo.InvariantCulture),
                s.LastError is null ? "-" : $"{s.LastErrorAt} {s.LastError}",
            }).ToList();
            string[] header = ["SOURCE", "KIND", "OUTLET", "LAST SUCCESS", "ITEMS", "LAST ERROR"];
            var widths = header.Select((h, i) => Math.Max(h.Length, rows.Max(r => r[i].Length))).ToArray();
            foreach (var row in rows.Prepend(header))
            {
                Console.WriteLine(string.Join("  ", row.Select((c, i) => i == row.Length - 1 ? c : c.PadRight(widths[i]))).TrimEnd());
            }

            return 0;
        }));
        return command;
    }
}
