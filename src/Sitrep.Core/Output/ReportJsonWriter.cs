using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Core.Output;

/// <summary>
/// Writes an extracted report as one JSON object in the shape of codebook section 5. With
/// <c>explain</c>, every fact also carries the rules and lexicon entries that produced it.
/// </summary>
public static class ReportJsonWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = false };

    public static string ToJson(ExtractedReport report, bool explain = false)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, Options))
        {
            Write(w, report, explain);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter w, ExtractedReport r, bool explain)
    {
        w.WriteStartObject();
        WriteDocument(w, r.Document, explain);
        w.WriteStartArray("entities");
        foreach (var e in r.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("type", e.Type.ToWire());
            w.WriteString("name", e.Name);
            w.WriteStartArray("mentions");
            foreach (var m in e.Mentions)
            {
                w.WriteStringValue(m);
            }

            w.WriteEndArray();
            w.WriteStartArray("spans");
            foreach (var s in e.Spans)
            {
                w.WriteStartArray();
                w.WriteNumberValue(s.Start);
                w.WriteNumberValue(s.End);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            if (e.Type is EntityType.Place or EntityType.Installation or EntityType.Country)
            {
                Number(w, "lat", e.Lat);
                Number(w, "lon", e.Lon);
                w.WriteString("precision", e.Precision);
            }

            if (explain)
            {
                w.WriteString("rule", e.Rule);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("events");
        foreach (var e in r.Events)
        {
            WriteEvent(w, e, explain);
        }

        w.WriteEndArray();
        w.WriteStartArray("framing");
        foreach (var f in r.Framing)
        {
            w.WriteStartObject();
            w.WriteString("term", f.Term);
            w.WriteString("category", f.Category);
            w.WriteString("neutral", f.Neutral);
            w.WriteNumber("start", f.Start);
            if (explain)
            {
                w.WriteString("rule", f.Rule);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter w, DocumentInfo d, bool explain)
    {
        w.WriteStartObject("document");
        w.WriteString("id", d.Id);
        w.WriteString("source", d.Source);
        w.WriteString("title", d.Title);
        w.WriteString("outlet", d.Outlet);
        w.WriteString("republisher", d.Republisher);
        w.WriteString("published", d.Published);
        w.WriteBoolean("published_inferred", d.PublishedInferred);
        w.WriteString("body", d.Body);
        w.WriteString("duplicate_of", d.DuplicateOf);
        w.WriteStartArray("shares_text_with");
        foreach (var s in d.SharesTextWith)
        {
            w.WriteStringValue(s);
        }

        w.WriteEndArray();
        if (explain)
        {
            w.WriteString("encoding", d.Encoding);
            WriteProvenance(w, d.Provenance);
        }

        w.WriteEndObject();
    }

    private static void WriteEvent(Utf8JsonWriter w, ExtractedEvent e, bool explain)
    {
        w.WriteStartObject();
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("status", e.Status);
        Ref(w, "actor", e.Actor);
        Ref(w, "target", e.Target);
        if (e.Location is null)
        {
            w.WriteNull("location");
        }
        else
        {
            w.WriteStartObject("location");
            w.WriteString("id", e.Location.Id);
            w.WriteString("name", e.Location.Name);
            Number(w, "lat", e.Location.Lat);
            Number(w, "lon", e.Location.Lon);
            w.WriteString("precision", e.Location.Precision);
            w.WriteEndObject();
        }

        if (e.Time is null)
        {
            w.WriteNull("time");
        }
        else
        {
            w.WriteStartObject("time");
            w.WriteString("start", e.Time.Start);
            w.WriteString("end", e.Time.End);
            w.WriteString("text", e.Time.Text);
            w.WriteEndObject();
        }

        if (e.Quantity is null)
        {
            w.WriteNull("quantity");
        }
        else
        {
            w.WriteStartObject("quantity");
            w.WriteNumber("value", e.Quantity.Value);
            w.WriteString("unit", e.Quantity.Unit);
            w.WriteString("text", e.Quantity.Text);
            w.WriteEndObject();
        }

        if (e.Attribution is null)
        {
            w.WriteNull("attribution");
        }
        else
        {
            w.WriteStartObject("attribution");
            w.WriteString("source", e.Attribution.Source);
            w.WriteString("kind", e.Attribution.Kind);
            w.WriteEndObject();
        }

        w.WriteStartObject("evidence");
        w.WriteString("sentence", e.Evidence.Sentence);
        w.WriteNumber("start", e.Evidence.Start);
        w.WriteNumber("end", e.Evidence.End);
        w.WriteEndObject();
        w.WriteNumber("corroboration", e.Corroboration);
        if (explain)
        {
            WriteProvenance(w, e.Provenance);
        }

        w.WriteEndObject();
    }

    private static void WriteProvenance(Utf8JsonWriter w, IReadOnlyList<Provenance> provenance)
    {
        w.WriteStartArray("explain");
        foreach (var p in provenance)
        {
            w.WriteStartObject();
            w.WriteString("field", p.Field);
            w.WriteString("rule", p.Rule);
            w.WriteString("text", p.Text);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Ref(Utf8JsonWriter w, string name, EntityRef? r)
    {
        if (r is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartObject(name);
        w.WriteString("id", r.Id);
        w.WriteString("name", r.Name);
        w.WriteEndObject();
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
