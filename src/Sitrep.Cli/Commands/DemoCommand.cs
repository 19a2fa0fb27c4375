using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep demo [--db TARGET] [--no-serve] [--urls URLS]</c>: runs the extractor over the bundled sample reports, prints
/// what it found, stores it in the default store (a SQLite file, <c>./sitrep.db</c>), ready for <c>search</c> and
/// <c>export</c>, runs the corpus analysis over the store, then serves the dashboard over it (not with <c>--no-serve</c>).
/// </summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var noServe = new Option<bool>("--no-serve") { Description = "Store the reports and stop, without serving the dashboard" };
        var urls = ServeCommand.Urls();
        var command = new Command("demo", "Run Sitrep on the bundled sample reports (data/samples), show what it found, store it and serve the dashboard")
        {
            db, noServe, urls,
        };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            var data = KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("the bundled data directory was not found");
            var samples = Path.Combine(data, "samples");
            var extractor = new ReportExtractor(KnowledgeOptions.Load([]));
            var (reports, failed) = BatchRunner.Run(extractor, InputCollector.Collect([samples]), Console.Error, Environment.ProcessorCount);
            PrettyPrinter.Print(reports, explain: false);
            Console.WriteLine($"{reports.Count} reports, {reports.Sum(r => r.Events.Count)} events, {reports.Sum(r => r.Entities.Count)} entities, {failed} failed.");
            if (reports.Count == 0)
            {
                return 2;
            }

            var target = parse.GetValue(db);
            await using var store = await ReportStoreFactory.OpenAsync(target, ct: ct).ConfigureAwait(false);
            var outcomes = await store.IngestAsync((IReadOnlyList<ExtractedReport>)reports, ct).ConfigureAwait(false);
            var unchanged = outcomes.Count(o => o.Status == IngestStatus.Unchanged);
            Console.WriteLine($"Stored in {Describe(target)}: new {outcomes.Count - unchanged}, unchanged {unchanged}. Try: sitrep search \"base\" or sitrep export --format geojson");
            // The dashboard shows the corpus analysis (stories, registers) when one is stored, so run it before serving.
            var analysis = await AnalyzeCommand.AnalyzeAsync(store, null, ct).ConfigureAwait(false);
            Console.WriteLine($"Analysed: stories {analysis.Stories}, agreement stages {analysis.AgreementChanges}, contradictions {analysis.Contradictions}. Try: sitrep report");
            return parse.GetValue(noServe) ? 0 : await ServeCommand.RunAsync(store, parse.GetValue(urls)!, null, ct).ConfigureAwait(false);
        }));
        return command;
    }

    // The store named without a password: the file, or the PostgreSQL host.
    private static string Describe(string? target)
    {
        var value = string.IsNullOrWhiteSpace(target) ? Environment.GetEnvironmentVariable(StoreTarget.EnvironmentVariable) : target;
        if (string.IsNullOrWhiteSpace(value))
        {
            return StoreTarget.DefaultFile;
        }

        return value.StartsWith("postgres", StringComparison.OrdinalIgnoreCase) || value.Contains("Host=", StringComparison.OrdinalIgnoreCase) ? "PostgreSQL" : value;
    }
}
