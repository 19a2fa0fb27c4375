using Sitrep.Core.Corpus;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Web.Reading;

namespace Sitrep.Web.Ingest;

/// <summary>The outcome of ingesting one report over HTTP; <see cref="Status"/> is "new", "new_version" or "unchanged".</summary>
public sealed record IngestResult(long Id, string DocumentId, string Source, string Status, int Version, int Events);

/// <summary>
/// Extracts one report as <c>sitrep ingest</c> does, stores it and adds it to the snapshot. The knowledge base is
/// loaded on first use, so a read-only server never pays for it.
/// </summary>
public sealed class ReportIngestor(StoreAccess store, SnapshotHolder snapshot, DashboardOptions options)
{
    private readonly Lazy<ReportExtractor> _extractor = new(() =>
    {
        var bundled = KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("the bundled data directory was not found next to the program");
        return new ReportExtractor(KnowledgeBaseLoader.Load(options.DataDirectory is string extra && extra != bundled ? [bundled, extra] : [bundled]));
    });

    /// <summary>Null with an error when the text holds no article.</summary>
    public async Task<(IngestResult? Result, string? Error)> IngestAsync(string source, string text, CancellationToken ct)
    {
        var extracted = _extractor.Value.ExtractText(source, text);
        if (extracted.Document.Body.Length == 0)
        {
            return (null, $"{source}: no article text found");
        }

        // The batch pass over a batch of one: no links, and each fact corroborated by its own outlet only.
        var report = Corroboration.Count(TextReuse.Link([extracted]))[0];
        var (outcome, stored) = await store.IngestAsync(report, ct).ConfigureAwait(false);
        if (stored is not null && outcome.Status != IngestStatus.Unchanged)
        {
            snapshot.Add(stored);
        }

        var status = outcome.Status switch
        {
            IngestStatus.New => "new",
            IngestStatus.NewVersion => "new_version",
            _ => "unchanged",
        };
        return (new IngestResult(outcome.StoreId, outcome.DocumentId, outcome.Source, status, outcome.Version, report.Events.Count), null);
    }
}
