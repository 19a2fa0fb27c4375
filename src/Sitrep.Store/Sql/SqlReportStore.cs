using System.Data.Common;
using System.Runtime.CompilerServices;
using Dapper;
using Sitrep.Core.Model;
using Sitrep.Store.Corpus;
using Sitrep.Store.Rows;

namespace Sitrep.Store.Sql;

/// <summary>
/// What both backends share: reading documents, versions and whole reports back with plain SQL through Dapper.
/// Writing, searching and opening are the backends' own (<see cref="Sqlite.SqliteReportStore"/>,
/// <see cref="Postgres.PostgresReportStore"/>).
/// </summary>
public abstract partial class SqlReportStore : IReportStore, ICorpusStore
{
    private const int Page = 500;

    static SqlReportStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    public abstract string Backend { get; }

    public abstract string Description { get; }

    /// <summary>SQL selecting a JSON column as text.</summary>
    protected abstract string JsonText(string column);

    /// <summary>SQL selecting <c>ingested_at</c> as ISO 8601 UTC text.</summary>
    protected abstract string IngestedAtText { get; }

    protected abstract Task<DbConnection> ConnectAsync(CancellationToken ct);

    protected abstract ValueTask ReleaseAsync(DbConnection connection);

    public abstract Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ExtractedReport> reports, CancellationToken ct = default);

    public abstract Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default);

    public abstract ValueTask DisposeAsync();

    /// <summary>Documents of the latest versions only: no later version points back to them.</summary>
    public const string LatestOnlyCondition = "NOT EXISTS (SELECT 1 FROM documents n WHERE n.previous_version_id = d.id)";

    /// <summary>
    /// The columns of an <see cref="EventRow"/> but its provenance (table <c>events</c>, no alias). Corroboration is
    /// the corpus analysis's count for the event's story once the corpus has been analysed, else the batch count.
    /// </summary>
    public const string EventColumns =
        "id, document_id, ordinal, event_id, type, status, actor_id, actor_name, actor_side, target_id, target_name, target_side, location_id, location_name, "
        + "lat, lon, precision, location_country, location_is_country, location_rank, time_start, time_end, time_text, quantity_value, quantity_unit, quantity_text, "
        + "attribution_source, attribution_kind, evidence_sentence, evidence_start, evidence_end, "
        + "COALESCE((SELECT s.corroboration FROM story_events se JOIN stories s ON s.id = se.story_id WHERE se.event_row_id = events.id), corroboration) AS corroboration";

    protected string DocumentColumns =>
        "d.id, d.doc_id, d.content_hash, d.source, d.outlet, d.republisher, d.title, d.published, d.published_inferred, d.body, d.encoding, "
        + JsonText("d.provenance") + " AS provenance, " + IngestedAtText + " AS ingested_at, d.version, d.previous_version_id";

    public async Task<int> SchemaVersionAsync(CancellationToken ct = default) =>
        await WithConnectionAsync(c => c.ExecuteScalarAsync<int?>(Command($"SELECT MAX(version) FROM {MigrationCatalog.Table}", null, ct)), ct).ConfigureAwait(false) ?? 0;

    public Task<StoreCounts> CountsAsync(CancellationToken ct = default) => WithConnectionAsync(
        c => c.QuerySingleAsync<StoreCounts>(Command(
            "SELECT (SELECT COUNT(*) FROM documents) AS documents, (SELECT COUNT(*) FROM entities) AS entities, (SELECT COUNT(*) FROM events) AS events, "
            + "(SELECT COUNT(*) FROM framing) AS framing, (SELECT COUNT(*) FROM document_links) AS links",
            null,
            ct)),
        ct);

    public async Task<StoredReport?> GetAsync(long storeId, CancellationToken ct = default)
    {
        var reports = await WithConnectionAsync(async c =>
        {
            var docs = (await c.QueryAsync<DocumentRow>(Command($"SELECT {DocumentColumns} FROM documents d WHERE d.id = @storeId", new { storeId }, ct)).ConfigureAwait(false)).ToList();
            return await LoadAsync(c, docs, ct).ConfigureAwait(false);
        }, ct).ConfigureAwait(false);
        return reports.Count == 0 ? null : reports[0];
    }

    public Task<IReadOnlyList<StoredDocument>> GetVersionsAsync(string source, CancellationToken ct = default) => WithConnectionAsync<IReadOnlyList<StoredDocument>>(
        async c => (await c.QueryAsync<DocumentRow>(Command($"SELECT {DocumentColumns} FROM documents d WHERE d.source = @source ORDER BY d.version, d.id", new { source }, ct)).ConfigureAwait(false))
            .Select(ReportAssembler.Stored).ToList(),
        ct);

    public async IAsyncEnumerable<StoredReport> ReadAllAsync(bool latestOnly = true, [EnumeratorCancellation] CancellationToken ct = default)
    {
        var after = 0L;
        while (true)
        {
            var page = await WithConnectionAsync(async c =>
            {
                var sql = $"SELECT {DocumentColumns} FROM documents d WHERE d.id > @after {(latestOnly ? "AND " + LatestOnlyCondition : "")} ORDER BY d.id LIMIT {Page}";
                var docs = (await c.QueryAsync<DocumentRow>(Command(sql, new { after }, ct)).ConfigureAwait(false)).ToList();
                return await LoadAsync(c, docs, ct).ConfigureAwait(false);
            }, ct).ConfigureAwait(false);
            foreach (var report in page)
            {
                yield return report;
            }

            if (page.Count < Page)
            {
                yield break;
            }

            after = page[^1].Stored.StoreId;
        }
    }

    /// <summary>Loads the entities, events, framing and links of documents (ascending ids) and assembles them.</summary>
    protected async Task<IReadOnlyList<StoredReport>> LoadAsync(DbConnection c, IReadOnlyList<DocumentRow> docs, CancellationToken ct)
    {
        if (docs.Count == 0)
        {
            return [];
        }

        var range = new { lo = docs.Min(d => d.Id), hi = docs.Max(d => d.Id) };
        const string InRange = "document_id BETWEEN @lo AND @hi";
        var mentions = (await c.QueryAsync<MentionRow>(Command(
            $"SELECT document_id, ordinal, entity_id, type, name, lat, lon, precision, rule, {JsonText("surfaces")} AS surfaces, {JsonText("spans")} AS spans FROM mentions WHERE {InRange}",
            range,
            ct)).ConfigureAwait(false)).ToLookup(m => m.DocumentId);
        var events = (await c.QueryAsync<EventRow>(Command(
            $"SELECT {EventColumns}, {JsonText("provenance")} AS provenance FROM events WHERE {InRange}",
            range,
            ct)).ConfigureAwait(false)).ToLookup(e => e.DocumentId);
        var framing = (await c.QueryAsync<FramingRow>(Command($"SELECT document_id, ordinal, term, category, neutral, start, rule FROM framing WHERE {InRange}", range, ct)).ConfigureAwait(false))
            .ToLookup(f => f.DocumentId);
        var links = (await c.QueryAsync<LinkRow>(Command($"SELECT document_id, kind, other_doc_id FROM document_links WHERE {InRange}", range, ct)).ConfigureAwait(false))
            .ToLookup(l => l.DocumentId);
        return docs.Select(d => ReportAssembler.Assemble(d, mentions[d.Id], events[d.Id], framing[d.Id], links[d.Id])).ToList();
    }

    protected static CommandDefinition Command(string sql, object? parameters, CancellationToken ct) =>
        new(sql, parameters, cancellationToken: ct);

    protected async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct)
    {
        var connection = await ConnectAsync(ct).ConfigureAwait(false);
        try
        {
            return await work(connection).ConfigureAwait(false);
        }
        finally
        {
            await ReleaseAsync(connection).ConfigureAwait(false);
        }
    }
}
