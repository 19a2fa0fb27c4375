using System.Globalization;
using Sitrep.Bench;

const string Usage = """
    Sitrep extraction benchmark.

      generate --count N --out DIR [--seed S] [--dup 0.05] [--reuse 0.10]
          write a deterministic corpus of N reports (and manifest.tsv) to DIR
      extract [--count N] [--dir DIR] [--jobs 1] [--seed S] [--warmup 200] [--pause true]
          time extraction single-threaded; --jobs 0 adds a run on all cores, --jobs K on K threads;
          with --dir, reads the reports there instead of generating them, and times `wc -w` over them;
          --pause true waits for a line on standard input after the warm-up (to switch a profiler on)
      stages [--count N] [--dir DIR] [--seed S] [--warmup 200]
          stopwatch breakdown of the time spent in each pipeline stage (single-threaded)
      corpus [--count N] [--seed S] [--jobs 2] [--dup 0.05] [--reuse 0.10] [--db TARGET]
          store a generated corpus in a temporary SQLite file (or TARGET, which must be empty) in growing
          steps and time the corpus analysis at each (ms to index one new report, seconds to rebuild
          stories); score the links found
      ingest [--count N] [--dir DIR] [--seed S] [--pg CONNECTION] [--profile true]
          time storing the extracted corpus into a new SQLite file and, with --pg, a fresh PostgreSQL schema;
          score the batch pass's links against the generator's manifest; --profile true instead stores into
          SQLite with one part of the reports left out at a time and prints what each part costs
      nearcopy [--count N] [--seed S] [--jobs 0]
          grow the in-memory near-copy index to N reports (streamed, up to millions) and print the look-up
          time per report at 10,000, 100,000 and 1,000,000 reports, the index's bytes per report, copies found
      stream [--count N] [--seed S] [--jobs 0] [--window 250]
          stream N generated reports through the batch flow of `sitrep extract` (windowed linking) and print
          peak working set and managed heap at 10,000, 100,000 and 1,000,000 reports
    """;

// Numbers are printed the same way whatever the machine's culture.
CultureInfo.DefaultThreadCurrentCulture = CultureInfo.InvariantCulture;
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return 0;
}

try
{
    var options = BenchOptions.Parse(args.AsSpan(1));
    return args[0] switch
    {
        "generate" => Commands.Generate(options),
        "extract" => Commands.Extract(options),
        "stages" => Commands.Stages(options),
        "corpus" => Commands.CorpusAnalysis(options),
        "ingest" => await Commands.IngestAsync(options),
        "nearcopy" => Commands.NearCopy(options),
        "stream" => Commands.Stream(options),
        _ => throw new ArgumentException($"unknown command '{args[0]}'"),
    };
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("error: " + e.Message);
    Console.Error.WriteLine(Usage);
    return 2;
}

/// <summary>Command-line options shared by the commands.</summary>
internal sealed record BenchOptions(int Count, int Seed, string? Out, string? Dir, int Jobs, int WarmUp, double DuplicateShare, double ReuseShare, string? Postgres = null)
{
    /// <summary>corpus: a store target (an empty PostgreSQL schema, say) instead of a temporary SQLite file.</summary>
    public string? Db { get; init; }

    /// <summary>ingest: store with one part of the reports left out at a time and print what each part costs.</summary>
    public bool Profile { get; init; }

    /// <summary>extract: wait for a line on standard input between the warm-up and the timed pass.</summary>
    public bool Pause { get; init; }

    /// <summary>stream: the link window of the batch flow.</summary>
    public int Window { get; init; } = Sitrep.Core.Pipeline.WindowedBatch.DefaultWindow;

    public static BenchOptions Parse(ReadOnlySpan<string> args)
    {
        var o = new BenchOptions(10_000, 42, null, null, 1, 200, 0.05, 0.10);
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException($"option {name} needs a value");
            }

            var value = args[++i];
            o = name switch
            {
                "--count" => o with { Count = Int(name, value, 1) },
                "--seed" => o with { Seed = Int(name, value, int.MinValue) },
                "--out" => o with { Out = value },
                "--dir" => o with { Dir = value },
                "--jobs" => o with { Jobs = Int(name, value, 0) },
                "--warmup" => o with { WarmUp = Int(name, value, 0) },
                "--dup" => o with { DuplicateShare = Share(name, value) },
                "--reuse" => o with { ReuseShare = Share(name, value) },
                "--db" => o with { Db = value },
                "--pg" => o with { Postgres = value },
                "--profile" => o with { Profile = Bool(name, value) },
                "--pause" => o with { Pause = Bool(name, value) },
                "--window" => o with { Window = Int(name, value, 1) },
                _ => throw new ArgumentException($"unknown option {name}"),
            };
        }

        if (o.DuplicateShare + o.ReuseShare > 0.9)
        {
            throw new ArgumentException("--dup and --reuse together must leave at least 10% original reports");
        }

        return o;
    }

    private static int Int(string name, string value, int min) =>
        int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= min
            ? n
            : throw new ArgumentException($"{name} wants an integer >= {min}, not '{value}'");

    private static bool Bool(string name, string value) =>
        bool.TryParse(value, out var on) ? on : throw new ArgumentException($"{name} wants true or false, not '{value}'");

    private static double Share(string name, string value) =>
        double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && d is >= 0 and < 1
            ? d
            : throw new ArgumentException($"{name} wants a share between 0 and 1, not '{value}'");
}
