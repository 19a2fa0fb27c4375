using System.Diagnostics;
using System.Text;
using Sitrep.Core.Corpus;

namespace Sitrep.Bench;

/// <summary>
/// Times the near-copy look-up (<see cref="NearCopyIndex"/>) as the index grows to the corpus size. Reports stream
/// from the generator; each gets its MinHash signature (in parallel, per chunk, over the file's text) and is then
/// looked up and added, one at a time, as an incremental indexer does. At 10,000, 100,000 and 1,000,000 reports it
/// prints the look-up time of the last <see cref="Sample"/> reports, the index's size and how many of the
/// generator's copies were found.
/// </summary>
internal static class NearCopyBenchmark
{
    private const int Sample = 5_000;
    private const int Chunk = 1_024;

    public static int Run(IEnumerable<GeneratedReport> corpus, int count, int jobs)
    {
        var index = new NearCopyIndex(count);
        var checkpoints = Checkpoints.For(count);
        var root = new int[count]; // the original each report copies (itself if none), to judge matches
        var times = new long[Sample];
        long signatureTicks = 0, addTicks = 0;
        int copies = 0, copiesFound = 0, matches = 0, wrongMatches = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        Console.WriteLine($"index preallocated for {count} reports: {index.Bytes / 1e6:F1} MB ({(double)index.Bytes / count:F0} bytes per report)");
        Console.WriteLine();
        Console.WriteLine("  stored   look-up µs: mean    p50    p99    max   add µs   index MB   copies found   other matches   peak WS MB");
        foreach (var chunk in corpus.Chunk(Chunk))
        {
            var started = Stopwatch.GetTimestamp();
            var signatures = new ulong[chunk.Length][];
            Parallel.For(0, chunk.Length, options, k => signatures[k] = MinHash.Signature(TextReuse.Shingles(Encoding.UTF8.GetString(chunk[k].Bytes))));
            signatureTicks += Stopwatch.GetTimestamp() - started;
            for (var k = 0; k < chunk.Length; k++)
            {
                var report = chunk[k];
                root[report.Index] = report.DuplicateOf is int of ? root[of] : report.Index;
                var t0 = Stopwatch.GetTimestamp();
                var found = index.Find(signatures[k]);
                var t1 = Stopwatch.GetTimestamp();
                index.Add(signatures[k]);
                addTicks += Stopwatch.GetTimestamp() - t1;
                times[report.Index % Sample] = t1 - t0;
                matches += found.Count;
                wrongMatches += found.Count(m => root[m.Report] != root[report.Index]);
                copies += report.DuplicateOf is null ? 0 : 1;
                copiesFound += report.DuplicateOf is int d && found.Any(m => m.Report == d) ? 1 : 0;
                var stored = report.Index + 1;
                if (checkpoints.Contains(stored))
                {
                    var sample = times.Take(Math.Min(stored, Sample)).Select(Micro).Order().ToArray();
                    Console.WriteLine($"{stored,8} {sample.Average(),19:F2} {sample[sample.Length / 2],6:F2} {sample[(int)(sample.Length * 0.99)],6:F2} {sample[^1],6:F0} "
                        + $"{Micro(addTicks) / stored,8:F2} {index.Bytes / 1e6,10:F1} {copiesFound,8}/{copies,-6} {wrongMatches,15} {Checkpoints.PeakWorkingSetMegabytes(),12:F0}");
                }
            }
        }

        Console.WriteLine();
        Console.WriteLine($"signatures: {Micro(signatureTicks) / count:F1} µs per report of wall time on {options.MaxDegreeOfParallelism} threads (shingles of the file text, 128 MinHash values)");
        Console.WriteLine($"matches: {matches}; a match is 'other' when the two reports are not copies of one original (look-up µs: the last {Sample} look-ups before the row)");
        return 0;
    }

    private static double Micro(long ticks) => ticks * 1e6 / Stopwatch.Frequency;
}
