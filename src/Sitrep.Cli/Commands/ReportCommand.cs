using System.CommandLine;
using System.Text;
using Sitrep.Reporting;
using Sitrep.Store;
using Sitrep.Store.Corpus;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep report [--from D] [--to D] [--format md|html] [--out FILE] [--db TARGET]</c>: brings the corpus
/// analysis up to date, then writes a SITREP for the window (Markdown, or one self-contained HTML page).
/// </summary>
public static class ReportCommand
{
    public static Command Create()
    {
        var from = SearchCommand.DateOption("--from", "Changes on or after this date (YYYY, YYYY-MM or YYYY-MM-DD)");
        var to = SearchCommand.DateOption("--to", "Changes on or before this date");
        var format = new Option<string>("--format", "-f") { Description = "md or html", DefaultValueFactory = _ => "md" };
        format.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string>() is var f && f is not ("md" or "html"))
            {
                r.AddError($"--format '{f}' is not md or html");
            }
        });
        var output = new Option<string?>("--out", "-o") { Description = "Write to this file instead of standard output" };
        var db = StoreOptions.Db();
        var kb = KnowledgeOptions.Kb();
        var command = new Command("report", "Write a situation report for a time window: changes by installation, agreement and actor, with sources") { from, to, format, output, db, kb };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            await using var store = await ReportStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            await AnalyzeCommand.AnalyzeAsync(store, parse.GetValue(kb), ct).ConfigureAwait(false);
            var data = await SitrepData.LoadAsync((ICorpusReader)store, parse.GetValue(from), parse.GetValue(to), ct).ConfigureAwait(false);
            var markdown = SitrepMarkdown.Write(data);
            var text = parse.GetValue(format) == "html" ? SitrepHtml.Render(markdown, "SITREP " + SitrepMarkdown.Window(data).Replace("\\", "", StringComparison.Ordinal)) : markdown;
            var path = parse.GetValue(output);
            if (path is null)
            {
                await Console.Out.WriteAsync(text).ConfigureAwait(false);
            }
            else
            {
                await File.WriteAllTextAsync(path, text, new UTF8Encoding(false), ct).ConfigureAwait(false);
            }

            return 0;
        }));
        return command;
    }
}
