using System.CommandLine;
using Sitrep.Store;
using Sitrep.Store.Export;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep export --format geojson|csv|jsonl [--out FILE]</c>: the latest version of every stored report as
/// GeoJSON (RFC 7946), ACLED-style CSV, or codebook JSON Lines; standard output unless --out is given.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format", "-f") { Description = "geojson, csv or jsonl", Required = true };
        format.AcceptOnlyFromAmong("geojson", "csv", "jsonl");
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var explain = new Option<bool>("--explain") { Description = "jsonl: add the rule and text behind every field, as extract --explain does" };
        var allVersions = new Option<bool>("--all-versions") { Description = "Export every stored version, not only the latest of each report" };
        var db = StoreOptions.Db();
        var command = new Command("export", "Export stored events and reports as GeoJSON, CSV or JSON Lines") { format, output, explain, allVersions, db };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            await using var store = await ReportStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            var reports = store.ReadAllAsync(latestOnly: !parse.GetValue(allVersions), ct);
            var path = parse.GetValue(output);
            await using var stream = path is null ? Console.OpenStandardOutput() : File.Create(path);
            await (parse.GetValue(format) switch
            {
                "geojson" => GeoJsonExporter.WriteAsync(reports, stream, ct),
                "csv" => CsvExporter.WriteAsync(reports, stream, ct),
                _ => JsonlExporter.WriteAsync(reports, stream, parse.GetValue(explain), ct),
            }).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
