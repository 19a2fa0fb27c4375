using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Rows;

/// <summary>The JSON text of list-valued columns: provenance (as in --explain), surface forms, spans.</summary>
public static class JsonColumns
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Provenance(IReadOnlyList<Provenance> items) => Write(w =>
    {
        foreach (var p in items)
        {
            w.WriteStartObject();
            w.WriteString("field", p.Field);
            w.WriteString("rule", p.Rule);
            w.WriteString("text", p.Text);
            w.WriteEndObject();
        }
    });

    public static string Strings(IReadOnlyList<string> items) => Write(w =>
    {
        foreach (var s in items)
        {
            w.WriteStringValue(s);
        }
    });

    public static string Spans(IReadOnlyList<TextSpan> items) => Write(w =>
    {
        foreach (var s in items)
        {
            w.WriteStartArray();
            w.WriteNumberValue(s.Start);
            w.WriteNumberValue(s.End);
            w.WriteEndArray();
        }
    });

    public static IReadOnlyList<Provenance> ReadProvenance(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray()
            .Select(e => new Provenance(e.GetProperty("field").GetString()!, e.GetProperty("rule").GetString()!, e.GetProperty("text").GetString()))
            .ToList();
    }

    public static IReadOnlyList<string> ReadStrings(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    public static IReadOnlyList<TextSpan> ReadSpans(string json)
    {
        using var doc = JsonDocument.Parse(json);
        return doc.RootElement.EnumerateArray().Select(e => new TextSpan(e[0].GetInt32(), e[1].GetInt32())).ToList();
    }

    private static string Write(Action<Utf8JsonWriter> items)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            w.WriteStartArray();
            items(w);
            w.WriteEndArray();
        }

        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }
}
