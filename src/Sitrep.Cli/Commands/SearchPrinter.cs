using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Store;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>Prints search hits as a table (matched words highlighted) or as JSON Lines.</summary>
public static class SearchPrinter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void PrintTable(IReadOnlyList<SearchHit> hits)
    {
        // On a terminal: its width and colours. Redirected: plain text, wide enough to read.
        var console = Console.IsOutputRedirected
            ? AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Out = new AnsiConsoleOutput(Console.Out) })
            : AnsiConsole.Console;
        if (Console.IsOutputRedirected)
        {
            console.Profile.Width = 200;
        }

        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn(new TableColumn("date").NoWrap()).AddColumn(new TableColumn("what").NoWrap()).AddColumn("actor").AddColumn("place").AddColumn("outlet").AddColumn("text");
        foreach (var h in hits)
        {
            var what = h.Kind == "event" ? $"{h.Type}\n{h.Status}" : "report";
            table.AddRow(
                new Markup(Markup.Escape(h.Date ?? "-")), new Markup(Markup.Escape(what)), new Markup(Markup.Escape(h.Actor ?? "-")), new Markup(Markup.Escape(h.Place ?? "-")),
                new Markup(Markup.Escape(h.Outlet ?? "-")), new Markup(Console.IsOutputRedirected ? Markup.Escape(h.Snippet) : Highlight(h.Snippet)));
        }

        console.Write(table);
    }

    public static void PrintJson(IReadOnlyList<SearchHit> hits)
    {
        using var stdout = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false), 1 << 16);
        foreach (var h in hits)
        {
            using var buffer = new MemoryStream();
            using (var w = new Utf8JsonWriter(buffer, Options))
            {
                w.WriteStartObject();
                w.WriteString("kind", h.Kind);
                w.WriteNumber("store_id", h.StoreId);
                w.WriteString("document_id", h.DocumentId);
                w.WriteString("source", h.Source);
                w.WriteString("title", h.Title);
                w.WriteString("outlet", h.Outlet);
                w.WriteString("published", h.Published);
                w.WriteString("event_id", h.EventId);
                w.WriteString("type", h.Type);
                w.WriteString("status", h.Status);
                w.WriteString("actor", h.Actor);
                w.WriteString("target", h.Target);
                w.WriteString("place", h.Place);
                Number(w, "lat", h.Lat);
                Number(w, "lon", h.Lon);
                w.WriteString("date", h.Date);
                w.WriteString("snippet", h.Snippet);
                w.WriteNumber("rank", Math.Round(h.Rank, 6));
                w.WriteEndObject();
            }

            stdout.Write(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            stdout.Write('\n');
        }
    }

    /// <summary>Markup for a snippet whose matched words are in [brackets]: those words in bold yellow.</summary>
    public static string Highlight(string snippet)
    {
        var sb = new StringBuilder();
        var i = 0;
        while (i < snippet.Length)
        {
            var open = snippet.IndexOf('[', i);
            var close = open < 0 ? -1 : snippet.IndexOf(']', open + 1);
            if (open < 0 || close < 0)
            {
                sb.Append(Markup.Escape(snippet[i..]));
                break;
            }

            sb.Append(Markup.Escape(snippet[i..open])).Append("[bold yellow]").Append(Markup.Escape(snippet[(open + 1)..close])).Append("[/]");
            i = close + 1;
        }

        return sb.ToString();
    }

    private static void Number(Utf8JsonWriter w, string name, double? value)
    {
        if (value is double v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }
}
