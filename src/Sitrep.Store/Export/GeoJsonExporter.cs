using System.Text.Encodings.Web;
using System.Text.Json;
using Sitrep.Core.Model;

namespace Sitrep.Store.Export;

/// <summary>
/// A GeoJSON FeatureCollection (RFC 7946: WGS 84, [longitude, latitude], no "crs"): one feature per event, then
/// one per installation mentioned. Only what has coordinates gets a Point; an event or installation the knowledge
/// base cannot locate is a feature with <c>"geometry": null</c>, never an invented point. Properties carry the
/// precision code (exact, approx_5km, approx_20km, admin1, country).
/// </summary>
public static class GeoJsonExporter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(IAsyncEnumerable<StoredReport> reports, Stream output, CancellationToken ct = default)
    {
        await using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartObject();
        w.WriteString("type", "FeatureCollection");
        w.WriteStartArray("features");
        var installations = new Dictionary<string, (ExtractedEntity Entity, int Documents)>(StringComparer.Ordinal);
        await foreach (var stored in reports.WithCancellation(ct).ConfigureAwait(false))
        {
            var doc = stored.Report.Document;
            foreach (var e in stored.Report.Events)
            {
                Event(w, e, doc);
            }

            foreach (var entity in stored.Report.Entities.Where(x => x.Type == EntityType.Installation))
            {
                installations[entity.Id] = installations.TryGetValue(entity.Id, out var seen) ? (seen.Entity, seen.Documents + 1) : (entity, 1);
            }

            await w.FlushAsync(ct).ConfigureAwait(false);
        }

        foreach (var (entity, documents) in installations.Values.OrderBy(x => x.Entity.Id, StringComparer.Ordinal))
        {
            w.WriteStartObject();
            w.WriteString("type", "Feature");
            w.WriteString("id", entity.Id);
            Point(w, entity.Lat, entity.Lon);
            w.WriteStartObject("properties");
            w.WriteString("kind", "installation");
            w.WriteString("entity_id", entity.Id);
            w.WriteString("name", entity.Name);
            w.WriteString("precision", entity.Precision);
            w.WriteNumber("documents", documents);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
        await w.FlushAsync(ct).ConfigureAwait(false);
    }

    private static void Event(Utf8JsonWriter w, ExtractedEvent e, DocumentInfo doc)
    {
        w.WriteStartObject();
        w.WriteString("type", "Feature");
        w.WriteString("id", e.Id);
        Point(w, e.Location?.Lat, e.Location?.Lon);
        w.WriteStartObject("properties");
        w.WriteString("kind", "event");
        w.WriteString("event_id", e.Id);
        w.WriteString("type", e.Type);
        w.WriteString("status", e.Status);
        w.WriteString("actor", e.Actor?.Name);
        w.WriteString("actor_id", e.Actor?.Id);
        w.WriteString("target", e.Target?.Name);
        w.WriteString("target_id", e.Target?.Id);
        w.WriteString("location", e.Location?.Name);
        w.WriteString("location_id", e.Location?.Id);
        w.WriteString("precision", e.Location?.Lat is null ? null : e.Location.Precision);
        w.WriteString("time_start", e.Time?.Start);
        w.WriteString("time_end", e.Time?.End);
        w.WriteString("time_text", e.Time?.Text);
        if (e.Quantity is null)
        {
            w.WriteNull("quantity");
        }
        else
        {
            w.WriteNumber("quantity", e.Quantity.Value);
        }

        w.WriteString("quantity_unit", e.Quantity?.Unit);
        w.WriteString("attribution", e.Attribution?.Source);
        w.WriteString("attribution_kind", e.Attribution?.Kind);
        w.WriteString("evidence", e.Evidence.Sentence);
        w.WriteNumber("corroboration", e.Corroboration);
        w.WriteString("document_id", doc.Id);
        w.WriteString("source", doc.Source);
        w.WriteString("outlet", doc.Outlet);
        w.WriteString("published", doc.Published);
        w.WriteString("title", doc.Title);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void Point(Utf8JsonWriter w, double? lat, double? lon)
    {
        if (lat is not double y || lon is not double x)
        {
            w.WriteNull("geometry");
            return;
        }

        w.WriteStartObject("geometry");
        w.WriteString("type", "Point");
        w.WriteStartArray("coordinates");
        w.WriteNumberValue(x);
        w.WriteNumberValue(y);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
