using Sitrep.Core.Model;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Readable tables of what was found in each report, for a person at a terminal.</summary>
public static class PrettyPrinter
{
    public static void Print(IEnumerable<ExtractedReport> reports, bool explain)
    {
        foreach (var r in reports)
        {
            var d = r.Document;
            AnsiConsole.Write(new Rule(Markup.Escape(d.Title ?? Path.GetFileName(d.Source))).LeftJustified());
            AnsiConsole.MarkupLine($"[grey]{Markup.Escape(d.Source)}[/]  outlet: {Markup.Escape(d.Outlet ?? "-")}  republisher: {Markup.Escape(d.Republisher ?? "-")}  published: {Markup.Escape(d.Published ?? "-")}{(d.PublishedInferred ? " (inferred)" : "")}");
            var table = new Table().Border(TableBorder.Rounded)
                .AddColumn("type").AddColumn("status").AddColumn("actor").AddColumn("target").AddColumn("where").AddColumn("when").AddColumn("qty").AddColumn("source");
            foreach (var e in r.Events)
            {
                table.AddRow(
                    Markup.Escape(e.Type), Markup.Escape(e.Status), Markup.Escape(e.Actor?.Name ?? "-"), Markup.Escape(e.Target?.Name ?? "-"),
                    Markup.Escape(e.Location?.Name ?? "-"), Markup.Escape(e.Time?.Start ?? e.Time?.End ?? e.Time?.Text ?? "-"),
                    Markup.Escape(e.Quantity is null ? "-" : $"{e.Quantity.Value} {e.Quantity.Unit}"),
                    Markup.Escape(e.Attribution is null ? "-" : $"{e.Attribution.Source} ({e.Attribution.Kind})"));
                if (explain)
                {
                    table.AddRow(new Markup("[grey]" + Markup.Escape(string.Join("; ", e.Provenance.Select(p => $"{p.Field}: {p.Rule} «{p.Text}»"))) + "[/]"));
                    table.AddRow(new Markup("[grey italic]" + Markup.Escape(e.Evidence.Sentence) + "[/]"));
                }
            }

            AnsiConsole.Write(table);
            if (r.Framing.Count > 0)
            {
                AnsiConsole.MarkupLine("framing: " + string.Join(", ", r.Framing.Select(f =>
                    Markup.Escape($"\"{f.Term}\" ({f.Category}{(f.Neutral.Length > 0 ? " → " + f.Neutral : "")})"))));
            }

            AnsiConsole.MarkupLine($"[grey]{r.Entities.Count} entities: {Markup.Escape(string.Join(", ", r.Entities.Take(30).Select(e => e.Name)))}[/]");
            AnsiConsole.WriteLine();
        }
    }
}
