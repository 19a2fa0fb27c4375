using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>
/// The report store: one interface over every table, implemented by the SQLite and the PostgreSQL backend.
/// Stored documents are never rewritten or deleted; a changed report becomes a new version. An instance is
/// used by one caller at a time; open one per thread or process.
/// </summary>
public interface IReportStore : IAsyncDisposable
{
    /// <summary>"sqlite" or "postgresql".</summary>
    string Backend { get; }

    /// <summary>Where the store lives, for messages (a file path, or host/database without the password).</summary>
    string Description { get; }

    /// <summary>The number of the last schema migration applied.</summary>
    Task<int> SchemaVersionAsync(CancellationToken ct = default);

    /// <summary>
    /// Stores reports with everything extracted from them, in order. Identical content is a no-op
    /// (<see cref="IngestStatus.Unchanged"/>); changed content from a known source is a new version linked to the
    /// previous one. Batch-level links (duplicate_of, shares_text_with) are added to unchanged documents too.
    /// </summary>
    Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ExtractedReport> reports, CancellationToken ct = default);

    /// <summary>One stored document version with all its facts, or null.</summary>
    Task<StoredReport?> GetAsync(long storeId, CancellationToken ct = default);

    /// <summary>Every stored version of the reports read from <paramref name="source"/>, oldest first.</summary>
    Task<IReadOnlyList<StoredDocument>> GetVersionsAsync(string source, CancellationToken ct = default);

    /// <summary>Stored reports in ingestion order; by default only the latest version of each.</summary>
    IAsyncEnumerable<StoredReport> ReadAllAsync(bool latestOnly = true, CancellationToken ct = default);

    /// <summary>Full-text search over bodies and evidence sentences, with filters (latest versions only).</summary>
    Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default);

    /// <summary>Row counts of the main tables.</summary>
    Task<StoreCounts> CountsAsync(CancellationToken ct = default);
}
