using System.Diagnostics;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench;

/// <summary>A report as the benchmark feeds it to the pipeline: a name (its extension matters) and its bytes.</summary>
public sealed record CorpusFile(string Name, byte[] Bytes);

/// <summary>The slowest report of a run.</summary>
public sealed record SlowReport(string Name, int Bytes, double Milliseconds);

/// <summary>Garbage collections during a pass, by generation, and the time the program was paused for them.</summary>
public sealed record GcCounts(int Gen0, int Gen1, int Gen2, double PauseSeconds)
{
    public static GcCounts Now() =>
        new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration().TotalSeconds);

    public GcCounts Since(GcCounts start) =>
        new(Gen0 - start.Gen0, Gen1 - start.Gen1, Gen2 - start.Gen2, PauseSeconds - start.PauseSeconds);
}

/// <summary>One timed pass over the corpus.</summary>
public sealed record RunResult(
    int Jobs,
    int Reports,
    long Bytes,
    double Seconds,
    double CpuSeconds,
    long AllocatedBytes,
    int Errors,
    long Events,
    long Entities,
    long FramingTerms,
    GcCounts Gc,
    IReadOnlyList<SlowReport> Slowest)
{
    public double ReportsPerSecond => Reports / Seconds;

    public double MegabytesPerSecond => Bytes / 1e6 / Seconds;

    public double AllocatedMegabytesPerReport => AllocatedBytes / 1e6 / Reports;
}

/// <summary>Times <see cref="ReportExtractor.Extract"/> over a corpus held in memory, single-threaded or in parallel.</summary>
public sealed class ExtractBenchmark
{
    private readonly ReportExtractor _extractor;

    public ExtractBenchmark(KnowledgeBase kb) => _extractor = new ReportExtractor(kb);

    /// <summary>Runs the first <paramref name="count"/> reports (cycling if the corpus is smaller) and discards the results.</summary>
    public void WarmUp(IReadOnlyList<CorpusFile> corpus, int count)
    {
        for (var i = 0; i < count && corpus.Count > 0; i++)
        {
            var f = corpus[i % corpus.Count];
            _ = _extractor.Extract(new SourceDocument(f.Name, f.Bytes));
        }
    }

    public RunResult RunSingle(IReadOnlyList<CorpusFile> corpus)
    {
        var times = new long[corpus.Count];
        long events = 0, entities = 0, framing = 0;
        var errors = 0;
        Settle();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var gc = GcCounts.Now();
        var cpu = CpuSecondsNow();
        var total = Stopwatch.StartNew();
        for (var i = 0; i < corpus.Count; i++)
        {
            var f = corpus[i];
            var t0 = Stopwatch.GetTimestamp();
            var outcome = _extractor.Extract(new SourceDocument(f.Name, f.Bytes));
            times[i] = Stopwatch.GetTimestamp() - t0;
            if (outcome.Report is { } r)
            {
                events += r.Events.Count;
                entities += r.Entities.Count;
                framing += r.Framing.Count;
            }
            else
            {
                errors++;
            }
        }

        total.Stop();
        var gcs = GcCounts.Now().Since(gc);
        cpu = CpuSecondsNow() - cpu;
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        var slowest = Enumerable.Range(0, corpus.Count).OrderByDescending(i => times[i]).Take(5)
            .Select(i => new SlowReport(corpus[i].Name, corpus[i].Bytes.Length, times[i] * 1000.0 / Stopwatch.Frequency))
            .ToList();
        return new RunResult(1, corpus.Count, TotalBytes(corpus), total.Elapsed.TotalSeconds, cpu, allocated, errors, events, entities, framing, gcs, slowest);
    }

    public RunResult RunParallel(IReadOnlyList<CorpusFile> corpus, int jobs)
    {
        long events = 0, entities = 0, framing = 0;
        var errors = 0;
        Settle();
        var allocated = GC.GetTotalAllocatedBytes(true);
        var gc = GcCounts.Now();
        var cpu = CpuSecondsNow();
        var total = Stopwatch.StartNew();
        Parallel.For(0, corpus.Count, new ParallelOptions { MaxDegreeOfParallelism = jobs }, i =>
        {
            var f = corpus[i];
            var outcome = _extractor.Extract(new SourceDocument(f.Name, f.Bytes));
            if (outcome.Report is { } r)
            {
                Interlocked.Add(ref events, r.Events.Count);
                Interlocked.Add(ref entities, r.Entities.Count);
                Interlocked.Add(ref framing, r.Framing.Count);
            }
            else
            {
                Interlocked.Increment(ref errors);
            }
        });
        total.Stop();
        var gcs = GcCounts.Now().Since(gc);
        cpu = CpuSecondsNow() - cpu;
        allocated = GC.GetTotalAllocatedBytes(true) - allocated;
        return new RunResult(jobs, corpus.Count, TotalBytes(corpus), total.Elapsed.TotalSeconds, cpu, allocated, errors, events, entities, framing, gcs, []);
    }

    public static long TotalBytes(IReadOnlyList<CorpusFile> corpus) => corpus.Sum(f => (long)f.Bytes.Length);

    public static double PeakWorkingSetMegabytes()
    {
        using var me = Process.GetCurrentProcess();
        me.Refresh();
        return me.PeakWorkingSet64 / 1e6;
    }

    /// <summary>Processor time of the whole process (all threads, user and system) so far.</summary>
    public static double CpuSecondsNow()
    {
        using var me = Process.GetCurrentProcess();
        return me.TotalProcessorTime.TotalSeconds;
    }

    /// <summary>The system's load average when the pass starts, where the system tells it (Linux), else null.</summary>
    public static string? LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : null;

    /// <summary>Starts a pass from a clean heap, so that one pass does not pay for the garbage of the previous one.</summary>
    private static void Settle()
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
    }
}
