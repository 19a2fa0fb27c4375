using System.Diagnostics;
using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Store.Rows;

namespace Sitrep.Bench;

/// <summary>
/// Where storing into SQLite spends its time, by subtraction: the same reports are stored into fresh files with one
/// more part left out each time (links, framing, facts, then entities), so the difference
/// between two rows is what that part costs per report.
/// </summary>
internal static class IngestProfile
{
    private sealed record Variant(string Label, Func<ExtractedReport, ExtractedReport> Strip);

    public static async Task RunAsync(IReadOnlyList<ExtractedReport> reports, int chunk)
    {
        static ExtractedReport NoLinks(ExtractedReport r) => r with { Document = r.Document with { DuplicateOf = null, SharesTextWith = [] } };
        static ExtractedReport NoFraming(ExtractedReport r) => NoLinks(r) with { Framing = [] };
        static ExtractedReport NoEvents(ExtractedReport r) => NoFraming(r) with { Events = [] };
        static ExtractedReport DocumentOnly(ExtractedReport r) => NoEvents(r) with { Entities = [] };
        var variants = new[]
        {
            new Variant("everything", r => r),
            new Variant("without links", NoLinks),
            new Variant("  and framing", NoFraming),
            new Variant("  and events", NoEvents),
            new Variant("  and entities", DocumentOnly),
        };
        Console.WriteLine();
        Console.WriteLine("write-path profile (SQLite, new pass, each into a fresh file)   seconds   reports/s   µs/report   file MB");
        var prepare = Stopwatch.StartNew();
        var rows = reports.Sum(r => ReportRows.From(r, "2025-01-01T00:00:00.000Z").Events.Count);
        Console.WriteLine($"  {"rows prepared in memory only (content hash, JSON columns)",-60} {prepare.Elapsed.TotalSeconds,8:F2}   {reports.Count / prepare.Elapsed.TotalSeconds,9:F0}   {prepare.Elapsed.TotalMilliseconds * 1000 / reports.Count,9:F0}   ({rows} event rows)");
        double? previous = null;
        foreach (var v in variants)
        {
            var stripped = reports.Select(v.Strip).ToList();
            var file = Path.Combine(Path.GetTempPath(), $"sitrep-bench-profile-{Guid.NewGuid():N}.db");
            try
            {
                await using (var store = await ReportStoreFactory.OpenAsync(file).ConfigureAwait(false))
                {
                    var clock = Stopwatch.StartNew();
                    foreach (var part in stripped.Chunk(chunk))
                    {
                        await store.IngestAsync(part).ConfigureAwait(false);
                    }

                    var seconds = clock.Elapsed.TotalSeconds;
                    var perReport = seconds * 1e6 / stripped.Count;
                    var saved = previous is double p ? $"   (-{p - perReport:F0})" : "";
                    Console.WriteLine($"  {v.Label,-60} {seconds,8:F2}   {stripped.Count / seconds,9:F0}   {perReport,9:F0}{saved}");
                    previous = perReport;
                }

                Console.WriteLine($"  {"",-60} {"",8}   {"",9}   {"",9}   {new FileInfo(file).Length / 1e6,7:F1}");
            }
            finally
            {
                foreach (var f in new[] { file, file + "-wal", file + "-shm" })
                {
                    File.Delete(f);
                }
            }
        }
    }
}
