using System.Data.Common;
using Npgsql;
using Sitrep.Core.Model;
using Sitrep.Store.Corpus;
using Sitrep.Store.Rows;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// The PostgreSQL backend: the same tables, plus tsvector search columns and PostGIS points. Every report is
/// stored in its own short transaction (see <see cref="PostgresWriter"/>), so any number of ingest processes
/// can share one database; a deadlock or serialisation failure is retried.
/// </summary>
public sealed class PostgresReportStore : SqlReportStore, ISharedBatch
{
    private const int Attempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly string _description;
    private readonly PostgresSharedBatch _queue;

    private PostgresReportStore(NpgsqlDataSource dataSource, string description, TimeProvider clock)
    {
        _dataSource = dataSource;
        _description = description;
        _clock = clock;
        _queue = new PostgresSharedBatch(dataSource, clock);
    }

    public override string Backend => "postgresql";

    public override string Description => _description;

    protected override string IngestedAtText => "to_char(d.ingested_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

    public static async Task<IReportStore> OpenAsync(string target, TimeProvider clock, CancellationToken ct)
    {
        var (dataSource, description) = await PostgresOpener.OpenAsync(target, clock, ct).ConfigureAwait(false);
        return new PostgresReportStore(dataSource, description, clock);
    }

    public override async Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ExtractedReport> reports, CancellationToken ct = default)
    {
        var at = _clock.GetUtcNow();
        var stamp = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        var rows = reports.Select(r => ReportRows.From(r, stamp)).ToList();
        await using var c = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        for (var attempt = 1; ; attempt++)
        {
            // One transaction (one commit, one WAL flush) for the whole call, each report behind its own savepoint.
            // A deadlock with another process rolls the call back and runs it again.
            // Sources are locked in one order (stable, so versions of one source keep theirs) by every process.
            var outcomes = new IngestOutcome[rows.Count];
            await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
            try
            {
                foreach (var i in Enumerable.Range(0, rows.Count).OrderBy(i => rows[i].Document.Source, StringComparer.Ordinal))
                {
                    outcomes[i] = await PostgresWriter.WriteAsync(c, tx, rows[i], at, ct).ConfigureAwait(false);
                }

                await tx.CommitAsync(ct).ConfigureAwait(false);
                return outcomes;
            }
            catch (PostgresException ex) when (attempt < Attempts && ex.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
            {
                await tx.RollbackAsync(ct).ConfigureAwait(false);
                await Task.Delay(20 * attempt, ct).ConfigureAwait(false);
            }
        }
    }

    public Task<int> EnqueueAsync(string batch, IReadOnlyList<string> paths, CancellationToken ct = default) => _queue.EnqueueAsync(batch, paths, ct);

    public Task<IIngestClaim?> ClaimAsync(string batch, int max, CancellationToken ct = default) => _queue.ClaimAsync(batch, max, ct);

    public Task<int> CountDoneAsync(string batch, CancellationToken ct = default) => _queue.CountDoneAsync(batch, ct);

    public override async Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        return await PostgresSearch.RunAsync(c, query, ct).ConfigureAwait(false);
    }

    public override ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    protected override CorpusDialect Dialect => CorpusDialect.Postgres;

    protected override DateTimeOffset Now => _clock.GetUtcNow();

    protected override string JsonText(string column) => column + "::text";

    protected override async Task<DbConnection> ConnectAsync(CancellationToken ct) =>
        await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

    protected override ValueTask ReleaseAsync(DbConnection connection) => connection.DisposeAsync();
}
