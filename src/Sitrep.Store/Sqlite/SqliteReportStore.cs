using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Sitrep.Core.Model;
using Sitrep.Store.Corpus;
using Sitrep.Store.Rows;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// The SQLite backend: one file in WAL mode (readers never block the writer), FTS5 for search. Each
/// <see cref="IngestAsync"/> call is one write transaction (BEGIN IMMEDIATE), so concurrent writers, in this
/// process or others, take turns and see each other's content hashes.
/// </summary>
public sealed class SqliteReportStore : SqlReportStore
{
    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly string _path;

    private SqliteReportStore(SqliteConnection connection, string path, TimeProvider clock)
    {
        _connection = connection;
        _path = path;
        _clock = clock;
    }

    public override string Backend => "sqlite";

    public override string Description => _path;

    protected override string IngestedAtText => "d.ingested_at";

    public static Task<IReportStore> OpenAsync(string path, TimeProvider clock, CancellationToken ct)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReportStore>(new SqliteReportStore(SqliteOpener.Open(path, clock), path, clock));
    }

    public override Task<IReadOnlyList<IngestOutcome>> IngestAsync(IReadOnlyList<ExtractedReport> reports, CancellationToken ct = default)
    {
        var at = _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        var rows = reports.Select(r => ReportRows.From(r, at)).ToList();
        var outcomes = new List<IngestOutcome>(rows.Count);
        using var tx = _connection.BeginTransaction(deferred: false);
        using (var writer = new SqliteWriter(_connection, tx))
        {
            foreach (var r in rows)
            {
                ct.ThrowIfCancellationRequested();
                outcomes.Add(writer.Write(r));
            }

            writer.IndexNewRowsForSearch();
        }

        tx.Commit();
        return Task.FromResult<IReadOnlyList<IngestOutcome>>(outcomes);
    }

    public override Task<IReadOnlyList<SearchHit>> SearchAsync(SearchQuery query, CancellationToken ct = default) =>
        SqliteSearch.RunAsync(_connection, query, ct);

    public override ValueTask DisposeAsync()
    {
        _connection.Dispose();
        return ValueTask.CompletedTask;
    }

    protected override CorpusDialect Dialect => CorpusDialect.Sqlite;

    protected override DateTimeOffset Now => _clock.GetUtcNow();

    protected override string JsonText(string column) => column;

    protected override Task<DbConnection> ConnectAsync(CancellationToken ct) => Task.FromResult<DbConnection>(_connection);

    protected override ValueTask ReleaseAsync(DbConnection connection) => ValueTask.CompletedTask;
}
