using System.Globalization;
using System.Text;
using CsvHelper;

namespace Sitrep.Store.Export;

/// <summary>
/// Events as CSV with ACLED-style columns (RFC 4180 quoting, UTF-8, one header row). event_type is the codebook
/// family ("military"), sub_event_type the full codebook type ("military.strike"); event_date is the event's
/// start, else its end, else the report's publication date (ISO, possibly only YYYY-MM or YYYY); source is the
/// outlet (else where the report was read from); notes is the evidence sentence. Latitude and longitude are empty
/// when the place has no known coordinates.
/// </summary>
public static class CsvExporter
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id", "event_date", "event_type", "sub_event_type", "actor1", "actor2", "location", "latitude", "longitude",
        "geo_precision", "source", "notes", "status", "corroboration",
    ];

    public static async Task WriteAsync(IAsyncEnumerable<StoredReport> reports, Stream output, CancellationToken ct = default)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await using var csv = new CsvWriter(text, CultureInfo.InvariantCulture, leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        await csv.NextRecordAsync().ConfigureAwait(false);
        await foreach (var stored in reports.WithCancellation(ct).ConfigureAwait(false))
        {
            var doc = stored.Report.Document;
            foreach (var e in stored.Report.Events)
            {
                var dot = e.Type.IndexOf('.', StringComparison.Ordinal);
                csv.WriteField(e.Id);
                csv.WriteField(e.Time?.Start ?? e.Time?.End ?? doc.Published ?? "");
                csv.WriteField(dot < 0 ? e.Type : e.Type[..dot]);
                csv.WriteField(e.Type);
                csv.WriteField(e.Actor?.Name ?? "");
                csv.WriteField(e.Target?.Name ?? "");
                csv.WriteField(e.Location?.Name ?? "");
                csv.WriteField(Number(e.Location?.Lat));
                csv.WriteField(Number(e.Location?.Lon));
                csv.WriteField(e.Location?.Lat is null ? "" : e.Location.Precision ?? "");
                csv.WriteField(doc.Outlet ?? doc.Source);
                csv.WriteField(e.Evidence.Sentence);
                csv.WriteField(e.Status);
                csv.WriteField(e.Corroboration.ToString(CultureInfo.InvariantCulture));
                await csv.NextRecordAsync().ConfigureAwait(false);
            }
        }

        await csv.FlushAsync().ConfigureAwait(false);
    }

    private static string Number(double? value) => value?.ToString("R", CultureInfo.InvariantCulture) ?? "";
}
