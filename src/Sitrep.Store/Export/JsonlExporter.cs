using System.Text;
using Sitrep.Core.Output;

namespace Sitrep.Store.Export;

/// <summary>
/// The JSON Lines of codebook section 5 rebuilt from the store, one report per line in ingestion order, exactly
/// as <c>sitrep extract</c> writes them (with <c>explain</c>, the provenance of every field too).
/// </summary>
public static class JsonlExporter
{
    public static async Task WriteAsync(IAsyncEnumerable<StoredReport> reports, Stream output, bool explain, CancellationToken ct = default)
    {
        await using var text = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true);
        await foreach (var stored in reports.WithCancellation(ct).ConfigureAwait(false))
        {
            await text.WriteAsync(ReportJsonWriter.ToJson(stored.Report, explain)).ConfigureAwait(false);
            await text.WriteAsync('\n').ConfigureAwait(false);
        }
    }
}
