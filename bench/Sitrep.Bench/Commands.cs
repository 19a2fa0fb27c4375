using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Core.Knowledge;

namespace Sitrep.Bench;

/// <summary>The benchmark's commands: write a corpus, time extraction, break the time down by stage.</summary>
internal static class Commands
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static int Generate(BenchOptions o)
    {
        var dir = o.Out ?? throw new ArgumentException("generate needs --out DIR");
        var kb = LoadKnowledge();
        Directory.CreateDirectory(dir);
        var summary = new CorpusSummary();
        var sw = Stopwatch.StartNew();
        using (var manifest = new StreamWriter(Path.Combine(dir, ReuseManifest.FileName), false, new UTF8Encoding(false), 1 << 16))
        {
            manifest.Write("name\tstyle\twords\tbytes\tduplicate_of\tpassage_from\n");
            foreach (var r in Corpus(kb, o).Generate(GeneratorJobs(o)))
            {
                File.WriteAllBytes(Path.Combine(dir, r.Name), r.Bytes);
                var copyOf = r.DuplicateOf is null ? string.Empty : r.SourceName;
                var passageFrom = r.PassageFrom is null ? string.Empty : r.SourceName;
                manifest.Write(string.Create(Inv, $"{r.Name}\t{r.Style}\t{r.Words}\t{r.Bytes.Length}\t{copyOf}\t{passageFrom}\n"));
                summary.Add(r);
            }
        }

        Console.WriteLine(string.Create(Inv, $"wrote {o.Count} reports and {ReuseManifest.FileName} to {dir} in {sw.Elapsed.TotalSeconds:F1} s"));
        summary.Print();
        return 0;
    }

    public static int Extract(BenchOptions o)
    {
        var kb = LoadKnowledge();
        var (corpus, label) = LoadCorpus(kb, o);
        var bench = new ExtractBenchmark(kb);
        var warm = Stopwatch.StartNew();
        bench.WarmUp(corpus, o.WarmUp);
        Console.WriteLine($"warm-up: {o.WarmUp} reports in {warm.Elapsed.TotalSeconds:F2} s");
        if (o.Pause)
        {
            // An instruction counter started now (callgrind_control -i on) sees the timed pass and little else.
            Console.WriteLine("paused: press Enter to start the timed pass");
            Console.ReadLine();
        }

        Console.WriteLine($"corpus: {label}");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeLabel()}");
        Console.WriteLine();
        var load = ExtractBenchmark.LoadAverage() ?? "n/a";
        var single = bench.RunSingle(corpus);
        Print(single, load);
        if (o.Jobs != 1)
        {
            var jobs = o.Jobs == 0 ? Environment.ProcessorCount : o.Jobs;
            Console.WriteLine();
            load = ExtractBenchmark.LoadAverage() ?? "n/a";
            var parallel = bench.RunParallel(corpus, jobs);
            Print(parallel, load);
            Console.WriteLine($"  speed-up vs 1 job      {parallel.ReportsPerSecond / single.ReportsPerSecond:F2}x");
        }

        Console.WriteLine();
        Console.WriteLine($"peak working set MB      {ExtractBenchmark.PeakWorkingSetMegabytes():F1}   (whole process: runtime, knowledge base, corpus in memory)");
        Console.WriteLine();
        Console.WriteLine("slowest 5 reports (single-threaded run):");
        foreach (var s in single.Slowest)
        {
            Console.WriteLine($"  {s.Milliseconds,8:F2} ms  {s.Bytes,7} bytes  {s.Name}");
        }

        if (o.Dir is not null)
        {
            var floor = WordCountFloor.Measure(o.Dir, [.. corpus.Select(c => c.Name)]);
            Console.WriteLine();
            Console.WriteLine($"I/O floor: wc -w over the same {corpus.Count} files: {floor.WcSeconds:F3} s ({floor.WcWords} words); "
                + $"reading them into memory: {floor.ReadSeconds:F3} s");
            Console.WriteLine($"extract (1 job) / wc -w  {single.Seconds / floor.WcSeconds:F1}x");
        }

        return single.Errors == 0 ? 0 : 1;
    }

    public static async Task<int> IngestAsync(BenchOptions o)
    {
        var kb = LoadKnowledge();
        var (corpus, label) = LoadCorpus(kb, o, out var manifest);
        Console.WriteLine($"corpus: {label}");
        return await IngestBenchmark.RunAsync(kb, corpus, manifest, o.Postgres, o.Profile).ConfigureAwait(false);
    }

    public static int Stages(BenchOptions o)
    {
        var kb = LoadKnowledge();
        var (corpus, label) = LoadCorpus(kb, o);
        Console.WriteLine($"corpus: {label}");
        var stages = new StageProfiler(kb).Run(corpus, o.WarmUp);
        var total = stages.Sum(s => s.Milliseconds);
        Console.WriteLine($"{"stage",-26}{"total ms",10}{"calls",8}{"us/call",10}{"us/report",11}{"share",8}{"KB/report",11}");
        foreach (var s in stages.OrderByDescending(s => s.Milliseconds))
        {
            Console.WriteLine($"{s.Stage,-26}{s.Milliseconds,10:F0}{s.Calls,8}{s.Milliseconds * 1000 / s.Calls,10:F1}{s.Milliseconds * 1000 / corpus.Count,11:F1}{s.Milliseconds / total,8:P1}{s.AllocatedBytes / 1024.0 / corpus.Count,11:F1}");
        }

        Console.WriteLine($"{"sum of stages",-26}{total,10:F0}{"",8}{"",10}{total * 1000 / corpus.Count,11:F1}{"",8}{stages.Sum(s => s.AllocatedBytes) / 1024.0 / corpus.Count,11:F1}   => {corpus.Count / (total / 1000):F0} reports/s");
        return 0;
    }

    public static int CorpusAnalysis(BenchOptions o)
    {
        var kb = LoadKnowledge();
        return CorpusAnalysisBenchmark.RunAsync(kb, Corpus(kb, o).Generate(GeneratorJobs(o)).ToList(), o.Jobs == 0 ? Environment.ProcessorCount : o.Jobs, o.Db).GetAwaiter().GetResult();
    }

    public static int NearCopy(BenchOptions o)
    {
        var kb = LoadKnowledge();
        return NearCopyBenchmark.Run(Corpus(kb, o).Generate(GeneratorJobs(o)), o.Count, GeneratorJobs(o));
    }

    public static int Stream(BenchOptions o)
    {
        var kb = LoadKnowledge();
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeLabel()}; load average {ExtractBenchmark.LoadAverage() ?? "n/a"}");
        return StreamBenchmark.Run(kb, Corpus(kb, o).Generate(GeneratorJobs(o)), o.Count, GeneratorJobs(o), o.Window);
    }

    private static KnowledgeBase LoadKnowledge()
    {
        var data = KnowledgeBaseLoader.FindBundledData() ?? throw new ArgumentException("bundled data folder not found beside the program");
        var sw = Stopwatch.StartNew();
        var kb = KnowledgeBaseLoader.Load(data);
        Console.WriteLine($"knowledge base loaded in {sw.Elapsed.TotalSeconds:F2} s");
        return kb;
    }

    private static CorpusGenerator Corpus(KnowledgeBase kb, BenchOptions o)
    {
        var pools = NamePools.From(kb);
        Console.WriteLine($"name pools: {pools.Describe()}");
        return new CorpusGenerator(pools, new CorpusSettings(o.Count, o.Seed, o.DuplicateShare, o.ReuseShare));
    }

    // The generator's output does not depend on its threads, so it may use every core (--jobs 0) or as many as asked.
    private static int GeneratorJobs(BenchOptions o) => o.Jobs == 0 ? Environment.ProcessorCount : o.Jobs;

    private static (IReadOnlyList<CorpusFile> Corpus, string Label) LoadCorpus(KnowledgeBase kb, BenchOptions o) => LoadCorpus(kb, o, out _);

    private static (IReadOnlyList<CorpusFile> Corpus, string Label) LoadCorpus(KnowledgeBase kb, BenchOptions o, out IReadOnlyList<ManifestEntry>? manifest)
    {
        List<CorpusFile> files;
        string label;
        if (o.Dir is not null)
        {
            files = [.. Directory.EnumerateFiles(o.Dir)
                .Where(p => Path.GetFileName(p) != ReuseManifest.FileName)
                .Order(StringComparer.Ordinal)
                .Select(p => new CorpusFile(Path.GetFileName(p), File.ReadAllBytes(p)))];
            label = $"{files.Count} files read from {o.Dir}";
            manifest = ReuseManifest.Read(o.Dir);
        }
        else
        {
            var sw = Stopwatch.StartNew();
            var generated = Corpus(kb, o).Generate(GeneratorJobs(o)).ToList();
            files = [.. generated.Select(r => new CorpusFile(r.Name, r.Bytes))];
            label = string.Create(Inv, $"{files.Count} reports generated in memory (seed {o.Seed}) in {sw.Elapsed.TotalSeconds:F2} s");
            PrintCorpusSummary(generated);
            manifest = ReuseManifest.From(generated);
        }

        return files.Count > 0 ? (files, label) : throw new ArgumentException("the corpus is empty");
    }

    private static void Print(RunResult r, string loadBefore)
    {
        Console.WriteLine($"jobs {r.Jobs}:   (system load average before the run: {loadBefore})");
        Console.WriteLine($"  reports                {r.Reports}   ({r.Errors} errors, {r.Events} events, {r.Entities} entities, {r.FramingTerms} framing terms)");
        Console.WriteLine($"  total MB               {r.Bytes / 1e6:F2}");
        var busy = r.CpuSeconds / r.Seconds;
        var contended = busy < 0.85 * r.Jobs ? "; fewer than the jobs: other work competed for the cores, re-run" : string.Empty;
        Console.WriteLine($"  seconds                {r.Seconds:F3}   (process CPU {r.CpuSeconds:F3} s: {busy:F2} cores busy{contended})");
        Console.WriteLine($"  reports/s              {r.ReportsPerSecond:F0}");
        Console.WriteLine($"  MB/s                   {r.MegabytesPerSecond:F2}");
        Console.WriteLine($"  allocated MB/report    {r.AllocatedMegabytesPerReport:F3}");
        Console.WriteLine($"  GC collections         gen0 {r.Gc.Gen0}, gen1 {r.Gc.Gen1}, gen2 {r.Gc.Gen2}; paused {r.Gc.PauseSeconds:F3} s ({r.Gc.PauseSeconds / r.Seconds:P1})");
    }

    private static void PrintCorpusSummary(List<GeneratedReport> reports)
    {
        var summary = new CorpusSummary();
        reports.ForEach(summary.Add);
        summary.Print();
    }

    private static string RuntimeLabel() =>
        $".NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
}
