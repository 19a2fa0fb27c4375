using System.Diagnostics;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench;

/// <summary>
/// Streams a generated corpus through the batch flow of <c>sitrep extract</c> (<see cref="WindowedBatch"/>: windows
/// extracted in parallel, linked, handed out in order) and writes each report's JSON line to nowhere, as the command
/// would to a pipe. At 10,000, 100,000 and 1,000,000 reports it prints the process's peak working set and the
/// largest managed heap seen, and the heap still live after a full collection, which must not grow with the number of reports.
/// </summary>
internal static class StreamBenchmark
{
    public static int Run(KnowledgeBase kb, IEnumerable<GeneratedReport> corpus, int count, int jobs, int window)
    {
        var extractor = new ReportExtractor(kb);
        var checkpoints = Checkpoints.For(count);
        long events = 0, jsonChars = 0, maxHeap = 0;
        int read = 0, failed = 0, duplicates = 0, sharing = 0;
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"jobs {jobs}, link window {window} reports");
        Console.WriteLine();
        Console.WriteLine(" reports   seconds   reports/s   peak WS MB   WS now MB   max heap MB   live heap MB   gen2 GCs   duplicate_of   sharing text   events");
        using var output = new StreamWriter(Stream.Null);
        foreach (var outcome in WindowedBatch.Run(corpus, r => extractor.Extract(new SourceDocument(r.Name, r.Bytes)), jobs, window))
        {
            read++;
            if (outcome.Report is { } report)
            {
                var json = ReportJsonWriter.ToJson(report);
                output.Write(json);
                jsonChars += json.Length;
                events += report.Events.Count;
                duplicates += report.Document.DuplicateOf is null ? 0 : 1;
                sharing += report.Document.SharesTextWith.Count > 0 ? 1 : 0;
            }
            else
            {
                failed++;
            }

            if (read % 500 == 0)
            {
                maxHeap = Math.Max(maxHeap, GC.GetTotalMemory(false));
            }

            if (checkpoints.Contains(read))
            {
                var s = clock.Elapsed.TotalSeconds;
                var (peak, now, gen2) = (Checkpoints.PeakWorkingSetMegabytes(), Checkpoints.WorkingSetMegabytes(), GC.CollectionCount(2));
                // What the stream still holds after a full collection: the knowledge base and at most two windows.
                var live = GC.GetTotalMemory(forceFullCollection: true);
                Console.WriteLine($"{read,8} {s,9:F1} {read / s,11:F0} {peak,12:F0} {now,11:F0} {maxHeap / 1e6,13:F0} {live / 1e6,14:F0} "
                    + $"{gen2,10} {duplicates,14} {sharing,14} {events,8}");
            }
        }

        Console.WriteLine();
        Console.WriteLine($"failed {failed}; JSON written {jsonChars / 1e6:F0} M characters; max heap sampled every 500 reports (GC.GetTotalMemory)");
        return failed == 0 ? 0 : 1;
    }
}
