using System.Text.Json;
using Sitrep.Store.Export;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Cli;

/// <summary>The store commands as a user runs them: ingest, search, export, and what they say when the store is broken.</summary>
public sealed class StoreCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => _temp.File("cli.db");

    [Fact]
    public void Demo_stores_the_sample_reports_in_the_default_sqlite_file_once()
    {
        var first = StoreCli.Run(["demo", "--no-serve"], _temp.Path);
        var second = StoreCli.Run(["demo", "--no-serve"], _temp.Path);
        var search = StoreCli.Run(["search", "troops", "--json"], _temp.Path);

        Assert.Equal(0, first.ExitCode);
        Assert.True(File.Exists(Path.Combine(_temp.Path, "sitrep.db")));
        var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "samples")).Length;
        Assert.Contains($"Stored in ./sitrep.db: new {samples}, unchanged 0.", first.Stdout, StringComparison.Ordinal);
        Assert.Contains($"Stored in ./sitrep.db: new 0, unchanged {samples}.", second.Stdout, StringComparison.Ordinal);
        Assert.Equal(0, search.ExitCode);
        Assert.NotEmpty(search.Stdout.Trim());
    }

    [Fact]
    public void Ingest_of_more_inputs_than_one_window_stores_every_report_once_and_names_the_bad_file()
    {
        var dir = _temp.File("many");
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in TestReports.Numbered(1100))
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        File.WriteAllBytes(Path.Combine(dir, "gen_broken.txt"), [0x00, 0xFF, 0x00, 0x13, 0x37, 0x00]);

        var first = StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path);
        var second = StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path);

        Assert.Equal((0, "read 1101, new 1100, unchanged 0, failed 1\n"), (first.ExitCode, first.Stdout));
        Assert.Contains("gen_broken.txt", first.Stderr, StringComparison.Ordinal);
        Assert.Equal((0, "read 1101, new 0, unchanged 1100, failed 1\n"), (second.ExitCode, second.Stdout));
    }

    [Fact]
    public void Ingest_then_export_geojson_gives_points_only_where_events_have_coordinates()
    {
        var dir = _temp.File("reports");
        var expected = Extraction.Run(dir, TestReports.Batch).SelectMany(r => r.Events).ToDictionary(e => e.Id);
        Assert.Contains(expected.Values, e => e.Location?.Lat is null);
        Assert.Contains(expected.Values, e => e.Location?.Lat is not null);

        var first = StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path);
        var second = StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path);
        var export = StoreCli.Run(["export", "--format", "geojson", "--db", Db], _temp.Path);

        Assert.Equal((0, "read 3, new 3, unchanged 0, failed 0\n", ""), (first.ExitCode, first.Stdout, first.Stderr));
        Assert.Equal((0, "read 3, new 0, unchanged 3, failed 0\n"), (second.ExitCode, second.Stdout));
        Assert.Equal(0, export.ExitCode);
        using var geo = JsonDocument.Parse(export.Stdout);
        Assert.Equal("FeatureCollection", geo.RootElement.GetProperty("type").GetString());
        Assert.False(geo.RootElement.TryGetProperty("crs", out _));
        var events = geo.RootElement.GetProperty("features").EnumerateArray()
            .Where(f => f.GetProperty("properties").GetProperty("kind").GetString() == "event")
            .ToList();
        Assert.Equal(expected.Keys.Order(), events.Select(f => f.GetProperty("id").GetString()!).Order());
        foreach (var feature in events)
        {
            var e = expected[feature.GetProperty("id").GetString()!];
            var geometry = feature.GetProperty("geometry");
            Assert.Equal("Feature", feature.GetProperty("type").GetString());
            if (e.Location?.Lat is double lat && e.Location.Lon is double lon)
            {
                Assert.Equal("Point", geometry.GetProperty("type").GetString());
                Assert.Equal([lon, lat], geometry.GetProperty("coordinates").EnumerateArray().Select(c => c.GetDouble()));
                Assert.Equal(e.Location.Precision, feature.GetProperty("properties").GetProperty("precision").GetString());
            }
            else
            {
                Assert.Equal(JsonValueKind.Null, geometry.ValueKind);
                Assert.Equal(JsonValueKind.Null, feature.GetProperty("properties").GetProperty("precision").ValueKind);
            }
        }
    }

    [Fact]
    public void Export_jsonl_is_what_extract_printed_and_csv_has_acled_columns()
    {
        var dir = _temp.File("reports");
        Extraction.Run(dir, TestReports.Batch);
        Assert.Equal(0, StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path).ExitCode);

        var extract = StoreCli.Run(["extract", "--explain", dir], _temp.Path);
        var jsonl = StoreCli.Run(["export", "-f", "jsonl", "--explain", "--db", Db], _temp.Path);
        var csvFile = _temp.File("events.csv");
        var csv = StoreCli.Run(["export", "--format", "csv", "--out", csvFile, "--db", Db], _temp.Path);

        Assert.Equal(extract.Stdout, jsonl.Stdout);
        Assert.Equal((0, ""), (csv.ExitCode, csv.Stdout));
        var lines = File.ReadAllLines(csvFile);
        Assert.Equal(string.Join(',', CsvExporter.Columns), lines[0]);
        Assert.Equal(jsonl.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("events").GetArrayLength()), lines.Length - 1);
    }

    [Fact]
    public void Ingest_stores_into_SITREP_DB_and_counts_bad_files_as_failed()
    {
        var dir = _temp.File("reports");
        Extraction.Run(dir, TestReports.Batch);
        File.WriteAllBytes(Path.Combine(dir, "d_empty.txt"), []);
        var envDb = _temp.File("from-env.db");

        var run = StoreCli.Run(["ingest", dir], _temp.Path, new Dictionary<string, string?> { ["SITREP_DB"] = envDb });
        var search = StoreCli.Run(["search", TestReports.BodyOnlyWord, "--json"], _temp.Path, new Dictionary<string, string?> { ["SITREP_DB"] = envDb });

        Assert.Equal((0, "read 4, new 3, unchanged 0, failed 1\n"), (run.ExitCode, run.Stdout));
        Assert.Contains("d_empty.txt", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.True(File.Exists(envDb));
        Assert.False(File.Exists(_temp.File("sitrep.db")));
        var hit = JsonDocument.Parse(Assert.Single(search.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("document", hit.GetProperty("kind").GetString());
        Assert.EndsWith("c_valley.txt", hit.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("export")]
    public void A_corrupt_database_is_one_line_on_stderr_and_exit_code_1(string command)
    {
        var dir = _temp.File("reports");
        Extraction.Run(dir, TestReports.Batch);
        File.WriteAllText(Db, "Quarterly figures, not a database.\n");
        string[] args = command switch
        {
            "ingest" => ["ingest", dir, "--db", Db],
            "search" => ["search", "drone", "--db", Db],
            _ => ["export", "--format", "csv", "--db", Db],
        };

        var run = StoreCli.Run(args, _temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.StartsWith("sitrep: ", line, StringComparison.Ordinal);
        Assert.Contains("not a usable Sitrep database", line, StringComparison.Ordinal);
        Assert.Equal("Quarterly figures, not a database.\n", File.ReadAllText(Db));
    }

    [Fact]
    public void Search_prints_a_table_and_rejects_bad_dates()
    {
        var dir = _temp.File("reports");
        Extraction.Run(dir, TestReports.Batch);
        StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path);

        var table = StoreCli.Run(["search", "reconnaissance", "--db", Db], _temp.Path);
        var badDate = StoreCli.Run(["search", "drone", "--from", "March", "--db", Db], _temp.Path);

        Assert.Equal(0, table.ExitCode);
        Assert.Contains("reconnaissance", table.Stdout, StringComparison.Ordinal);
        Assert.Contains("military.recon", table.Stdout, StringComparison.Ordinal);
        Assert.Equal(1, badDate.ExitCode);
        Assert.Contains("--from", Assert.Single(badDate.StderrLines), StringComparison.Ordinal);
    }

}
