using System.Diagnostics;
using Dapper;
using Npgsql;
using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Store.Postgres;

namespace Sitrep.Bench;

/// <summary>
/// Times storing: extracts the corpus once (on all cores, not timed as part of storing), then stores it into a new
/// SQLite file and, with --pg, into a fresh schema of a PostgreSQL database, in chunks of 250 reports as
/// <c>sitrep ingest</c> does; then stores it again (every report unchanged).
/// </summary>
internal static class IngestBenchmark
{
    private const int Chunk = 250;

    public static async Task<int> RunAsync(Core.Knowledge.KnowledgeBase kb, IReadOnlyList<CorpusFile> corpus, IReadOnlyList<ManifestEntry>? manifest, string? postgres, bool profile = false)
    {
        var extractor = new ReportExtractor(kb);
        var clock = Stopwatch.StartNew();
        var extracted = corpus.AsParallel().AsOrdered()
            .Select(f => extractor.Extract(new SourceDocument(f.Name, f.Bytes)).Report)
            .OfType<ExtractedReport>()
            .ToList();
        var reports = Corroboration.Count(TextReuse.Link(extracted));
        Console.WriteLine($"extracted {reports.Count} reports ({reports.Sum(r => r.Events.Count)} events) in {clock.Elapsed.TotalSeconds:F1} s on {Environment.ProcessorCount} cores (not part of the figures below)");
        if (manifest is not null)
        {
            Console.WriteLine("links found by the batch pass, against the generator's manifest:");
            ReuseManifest.Score(manifest, reports);
        }
        Console.WriteLine();
        Console.WriteLine("store                 pass        reports   seconds   reports/s   process CPU s   reports per CPU s");

        if (profile)
        {
            await IngestProfile.RunAsync(reports, Chunk).ConfigureAwait(false);
            return 0;
        }

        var file = Path.Combine(Path.GetTempPath(), $"sitrep-bench-{Guid.NewGuid():N}.db");
        try
        {
            await using (var sqlite = await ReportStoreFactory.OpenAsync(file).ConfigureAwait(false))
            {
                await TimeAsync("sqlite", sqlite, reports).ConfigureAwait(false);
            }

            Console.WriteLine($"  SQLite file: {new FileInfo(file).Length / 1e6:F1} MB");
        }
        finally
        {
            foreach (var f in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(f);
            }
        }

        if (postgres is not null)
        {
            var builder = PostgresConnectionString.Parse(postgres);
            var schema = "sitrep_bench_" + Guid.NewGuid().ToString("N")[..12];
            await using (var admin = new NpgsqlConnection(builder.ConnectionString))
            {
                await admin.ExecuteAsync($"CREATE SCHEMA {schema}").ConfigureAwait(false);
            }

            builder.SearchPath = $"{schema},public";
            try
            {
                await using var pg = await ReportStoreFactory.OpenAsync("Host=" + builder.Host + ";" + builder.ConnectionString).ConfigureAwait(false);
                await TimeAsync("postgresql", pg, reports).ConfigureAwait(false);
            }
            finally
            {
                await using var admin = new NpgsqlConnection(builder.ConnectionString);
                await admin.ExecuteAsync($"DROP SCHEMA {schema} CASCADE").ConfigureAwait(false);
            }
        }

        return 0;
    }

    private static async Task TimeAsync(string label, IReportStore store, IReadOnlyList<ExtractedReport> reports)
    {
        foreach (var pass in new[] { "new", "unchanged" })
        {
            // CPU time is the figure to read when other work competes for the cores: it barely grows with the load.
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var clock = Stopwatch.StartNew();
            var stored = 0;
            foreach (var chunk in reports.Chunk(Chunk))
            {
                stored += (await store.IngestAsync(chunk).ConfigureAwait(false)).Count;
            }

            var seconds = clock.Elapsed.TotalSeconds;
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine($"{label,-21} {pass,-11} {stored,7}   {seconds,7:F2}   {stored / seconds,9:F0}   {cpuSeconds,13:F2}   {stored / cpuSeconds,17:F0}");
        }
    }
}
