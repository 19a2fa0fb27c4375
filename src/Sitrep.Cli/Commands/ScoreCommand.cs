using System.CommandLine;
using System.Text;
using System.Text.Json;
using Sitrep.Evaluation;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep score --gold DIR --pred FILE</c>: scores extractor output against gold annotations and prints what
/// the reference scorer (score.py) prints; <c>--per-type</c> adds the per-event-type table.
/// </summary>
public static class ScoreCommand
{
    public static Command Create()
    {
        var gold = new Option<string>("--gold") { Description = "Directory of gold annotations (NAME.json, plus aliases.json)", Required = true };
        var pred = new Option<string>("--pred") { Description = "Extractor output, JSON Lines (as written by sitrep extract)", Required = true };
        var aliases = new Option<string>("--aliases") { Description = "Alias table (default: aliases.json in the gold directory)" };
        var json = new Option<bool>("--json") { Description = "Print the scores as one JSON object" };
        var verbose = new Option<bool>("--verbose") { Description = "List missed gold events, unmatched predictions and attribute disagreements on standard error" };
        var perType = new Option<bool>("--per-type") { Description = "Add event precision and recall per event type" };
        var command = new Command("score", "Score extractor output against gold annotations (same figures as score.py)")
        {
            gold, pred, aliases, json, verbose, perType,
        };
        command.SetAction(parse =>
        {
            ScoreReport report;
            try
            {
                report = Scorer.Score(parse.GetValue(gold)!, parse.GetValue(pred)!, parse.GetValue(aliases));
            }
            catch (Exception ex) when (ex is IOException or InvalidDataException or JsonException or DecoderFallbackException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine("sitrep: " + ex.Message);
                return 1;
            }

            if (parse.GetValue(verbose))
            {
                using var stderr = new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(false));
                foreach (var line in report.Diagnostics)
                {
                    stderr.Write(line);
                    stderr.Write('\n');
                }
            }

            using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
            var withTypes = parse.GetValue(perType);
            stdout.Write(parse.GetValue(json) ? report.ToJson(perType: withTypes) + "\n" : report.ToText(withTypes));
            return 0;
        });
        return command;
    }
}
