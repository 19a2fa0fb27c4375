using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep demo</c>: runs the extractor over the bundled sample reports and prints what it found.</summary>
public static class DemoCommand
{
    public static Command Create()
    {
        var command = new Command("demo", "Run Sitrep on the bundled sample reports (data/samples) and show what it found");
        command.SetAction(_ =>
        {
            var data = KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("the bundled data directory was not found");
            var samples = Path.Combine(data, "samples");
            var extractor = new ReportExtractor(KnowledgeOptions.Load([]));
            var (reports, failed) = BatchRunner.Run(extractor, InputCollector.Collect([samples]), Console.Error, Environment.ProcessorCount);
            PrettyPrinter.Print(reports, explain: false);
            Console.WriteLine($"{reports.Count} reports, {reports.Sum(r => r.Events.Count)} events, {reports.Sum(r => r.Entities.Count)} entities, {failed} failed.");
            return reports.Count > 0 ? 0 : 2;
        });
        return command;
    }
}
