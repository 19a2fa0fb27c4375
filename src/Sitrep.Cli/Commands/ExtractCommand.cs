using System.CommandLine;
using System.Text;
using Sitrep.Cli.Input;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary><c>sitrep extract PATH...</c>: one JSON line per report on standard output (codebook section 5).</summary>
public static class ExtractCommand
{
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
        var pretty = new Option<bool>("--pretty") { Description = "Print a readable table instead of JSON Lines" };
        var explain = new Option<bool>("--explain") { Description = "Add, for every fact and field, the rule or lexicon entry and the text it rests on" };
        var jobs = new Option<int>("--jobs", "-j") { Description = "Reports processed in parallel", DefaultValueFactory = _ => Environment.ProcessorCount };
        var window = new Option<int>("--link-window") { Description = "Reports are linked (duplicate_of, shares_text_with, corroboration) within windows of this many consecutive inputs", DefaultValueFactory = _ => WindowedBatch.DefaultWindow };
        window.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() < 1)
            {
                r.AddError("--link-window must be at least 1");
            }
        });
        var kb = KnowledgeOptions.Kb();
        var command = new Command("extract", "Extract attributed, typed, dated, mapped facts from news reports") { paths, pretty, explain, jobs, window, kb };
        command.SetAction(parse =>
        {
            var extractor = new ReportExtractor(KnowledgeOptions.Load(parse.GetValue(kb)));
            var tally = new BatchTally();
            // Streamed: each window of reports is printed as soon as it is linked, so memory does not grow with the batch.
            var reports = BatchRunner.Stream(extractor, InputCollector.Collect(parse.GetValue(paths)!), Console.Error, parse.GetValue(jobs), parse.GetValue(window), tally);
            if (parse.GetValue(pretty))
            {
                PrettyPrinter.Print(reports, parse.GetValue(explain));
            }
            else
            {
                using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
                foreach (var r in reports)
                {
                    stdout.Write(ReportJsonWriter.ToJson(r, parse.GetValue(explain)));
                    stdout.Write('\n');
                }
            }

            return tally.Reports > 0 ? 0 : 2;
        });
        return command;
    }
}
