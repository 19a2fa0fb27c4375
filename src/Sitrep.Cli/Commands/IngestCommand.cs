using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep ingest PATH... [--db TARGET]</c>: extracts reports with the same pipeline and batch pass as
/// <c>extract</c> and stores them with everything extracted. Prints <c>read N, new N, unchanged N, failed N</c>.
/// </summary>
public static class IngestCommand
{
    private const int Chunk = 250;

    // Inputs linked together in one window (see WindowedBatch): large enough for a day's feed, small enough to keep
    // memory flat whatever the run (10,000 files: peak resident 349 MB with 500, 390-436 MB with 1,000).
    private const int Window = 500;

    public static Command Create()
    {
        var paths = new Argument<string[]>("paths") { Description = "Report files or directories (recursive); - reads standard input", Arity = ArgumentArity.OneOrMore };
        paths.Validators.Add(r =>
        {
            foreach (var p in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (p.Length > 1 && p[0] == '-')
                {
                    r.AddError($"unknown option '{p}'");
                }
            }
        });
        var db = StoreOptions.Db();
        var jobs = new Option<int>("--jobs", "-j") { Description = "Reports processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var kb = KnowledgeOptions.Kb();
        var command = new Command("ingest", "Extract facts from reports and store them (re-ingesting unchanged reports is a no-op)") { paths, db, jobs, kb };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            await using var store = await ReportStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            var extractor = new ReportExtractor(KnowledgeOptions.Load(parse.GetValue(kb)));
            var items = InputCollector.Collect(parse.GetValue(paths)!).ToList();
            var progress = IngestProgress.ForStandardError();
            // A store with a work queue shares the batch with other processes; standard input cannot be shared.
            var shared = store is ISharedBatch queue && !items.Any(i => i.Path == "-") ? queue : null;
            var summary = await progress.RunAsync(items.Count, p => shared is null
                ? IngestAsync(store, extractor, items, parse.GetValue(jobs), p, ct)
                : SharedBatchIngest.RunAsync(shared, extractor, items, parse.GetValue(jobs), p, ct)).ConfigureAwait(false);
            Console.WriteLine($"read {summary.Read}, new {summary.New}, unchanged {summary.Unchanged}, failed {summary.Failed}");
            // With a shared batch, a worker that only met bad inputs (or none) did not fail if the others stored reports.
            return summary.New + summary.Unchanged + (summary.BatchDone ?? 0) > 0 ? 0 : 2;
        }));
        return command;
    }

    private static async Task<IngestSummary> IngestAsync(IReportStore store, ReportExtractor extractor, List<InputItem> items, int jobs, IngestReporter progress, CancellationToken ct)
    {
        var pulled = 0;
        var counted = items.Select(i =>
        {
            Interlocked.Increment(ref pulled);
            return i;
        });

        // Windows of consecutive inputs are extracted and linked while the window before is stored, so memory does not
        // grow with the run and storing overlaps extraction; `sitrep analyze` links across windows over the whole store.
        var tally = new BatchTally();
        progress.StoringAlongside(items.Count);
        int fresh = 0, unchanged = 0;
        var chunk = new List<ExtractedReport>(Chunk);
        foreach (var report in BatchRunner.Stream(extractor, counted, progress.Errors, jobs, Window, tally))
        {
            progress.Extracted(Volatile.Read(ref pulled));
            chunk.Add(report);
            if (chunk.Count == Chunk)
            {
                (fresh, unchanged) = await StoreAsync(store, chunk, fresh, unchanged, progress, ct).ConfigureAwait(false);
            }
        }

        (fresh, unchanged) = await StoreAsync(store, chunk, fresh, unchanged, progress, ct).ConfigureAwait(false);
        progress.Extracted(items.Count);
        return new IngestSummary(items.Count, fresh, unchanged, tally.Failed);
    }

    private static async Task<(int Fresh, int Unchanged)> StoreAsync(IReportStore store, List<ExtractedReport> chunk, int fresh, int unchanged, IngestReporter progress, CancellationToken ct)
    {
        if (chunk.Count == 0)
        {
            return (fresh, unchanged);
        }

        var outcomes = await store.IngestAsync([.. chunk], ct).ConfigureAwait(false);
        chunk.Clear();
        fresh += outcomes.Count(o => o.Status != IngestStatus.Unchanged);
        unchanged += outcomes.Count(o => o.Status == IngestStatus.Unchanged);
        progress.Stored(fresh + unchanged);
        return (fresh, unchanged);
    }
}
