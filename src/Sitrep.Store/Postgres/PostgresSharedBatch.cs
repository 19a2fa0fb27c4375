using Npgsql;
using NpgsqlTypes;
using Sitrep.Core.Model;
using Sitrep.Store.Rows;
using static Sitrep.Store.Postgres.PostgresParameters;

namespace Sitrep.Store.Postgres;

/// <summary>
/// The <c>ingest_queue</c> table as a work queue. A claim is one transaction that holds its rows with
/// <c>FOR UPDATE SKIP LOCKED</c> (other workers pass over them) and stores the reports in the same transaction that
/// marks the rows done. If the worker dies, the server ends the transaction: the rows are pending again and no report
/// of the claim is stored; a report stored by an earlier claim is recognised by its content hash.
/// </summary>
public sealed class PostgresSharedBatch : ISharedBatch
{
    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;
    private readonly string _worker;

    public PostgresSharedBatch(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        _dataSource = dataSource;
        _clock = clock;
        _worker = $"{Environment.MachineName}:{Environment.ProcessId}";
    }

    public async Task<int> EnqueueAsync(string batch, IReadOnlyList<string> paths, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var batchCommand = new NpgsqlBatch(c);
        // Sorted, so that processes enqueueing the same batch at once take the unique index's locks in one order.
        batchCommand.BatchCommands.Add(Command(
            "INSERT INTO ingest_queue (batch, path) SELECT $1, p FROM unnest($2::text[]) WITH ORDINALITY AS u(p, n) ORDER BY n ON CONFLICT (batch, path) DO NOTHING",
            Value(batch, NpgsqlDbType.Text), Texts(paths.Order(StringComparer.Ordinal))));
        batchCommand.BatchCommands.Add(Command("SELECT count(*)::int FROM ingest_queue WHERE batch = $1", Value(batch, NpgsqlDbType.Text)));
        // The insert returns no rows, so the reader's first result is the count.
        await using var reader = await batchCommand.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return reader.GetInt32(0);
    }

    public async Task<int> CountDoneAsync(string batch, CancellationToken ct = default)
    {
        await using var c = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        await using var count = new NpgsqlCommand("SELECT count(*)::int FROM ingest_queue WHERE batch = $1 AND state = 'done'", c);
        count.Parameters.Add(Value(batch, NpgsqlDbType.Text));
        return (int)(await count.ExecuteScalarAsync(ct).ConfigureAwait(false))!;
    }

    public async Task<IIngestClaim?> ClaimAsync(string batch, int max, CancellationToken ct = default)
    {
        var c = await _dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
        NpgsqlTransaction? tx = null;
        try
        {
            tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
            await using var select = new NpgsqlCommand(
                "SELECT id, path FROM ingest_queue WHERE batch = $1 AND state = 'pending' ORDER BY id LIMIT $2 FOR UPDATE SKIP LOCKED", c, tx);
            select.Parameters.Add(Value(batch, NpgsqlDbType.Text));
            select.Parameters.Add(Value(max, NpgsqlDbType.Integer));
            var inputs = new List<QueuedInput>();
            await using (var reader = await select.ExecuteReaderAsync(ct).ConfigureAwait(false))
            {
                while (await reader.ReadAsync(ct).ConfigureAwait(false))
                {
                    inputs.Add(new QueuedInput(reader.GetInt64(0), reader.GetString(1)));
                }
            }

            if (inputs.Count == 0)
            {
                await tx.DisposeAsync().ConfigureAwait(false);
                await c.DisposeAsync().ConfigureAwait(false);
                return null;
            }

            return new Claim(c, tx, inputs, _clock.GetUtcNow(), _worker);
        }
        catch
        {
            if (tx is not null)
            {
                await tx.DisposeAsync().ConfigureAwait(false);
            }

            await c.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Claim(NpgsqlConnection c, NpgsqlTransaction tx, IReadOnlyList<QueuedInput> inputs, DateTimeOffset at, string worker) : IIngestClaim
    {
        public IReadOnlyList<QueuedInput> Inputs => inputs;

        public async Task<IReadOnlyList<IngestOutcome>> CompleteAsync(IReadOnlyList<ExtractedReport> reports, IReadOnlyDictionary<long, string> failures, CancellationToken ct = default)
        {
            var stamp = at.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
            var outcomes = new List<IngestOutcome>(reports.Count);
            foreach (var report in reports)
            {
                outcomes.Add(await PostgresWriter.WriteAsync(c, tx, ReportRows.From(report, stamp), at, ct).ConfigureAwait(false));
            }

            await using var mark = new NpgsqlCommand(
                "UPDATE ingest_queue SET state = CASE WHEN f.error IS NULL THEN 'done' ELSE 'failed' END, error = f.error, worker = $3, finished_at = now() "
                + "FROM unnest($1::bigint[], $2::text[]) AS f(id, error) WHERE ingest_queue.id = f.id",
                c,
                tx);
            mark.Parameters.Add(new NpgsqlParameter { Value = inputs.Select(i => i.Id).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
            mark.Parameters.Add(Texts(inputs.Select(i => failures.GetValueOrDefault(i.Id))));
            mark.Parameters.Add(Value(worker, NpgsqlDbType.Text));
            await mark.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
            await tx.CommitAsync(ct).ConfigureAwait(false);
            return outcomes;
        }

        public async ValueTask DisposeAsync()
        {
            await tx.DisposeAsync().ConfigureAwait(false);
            await c.DisposeAsync().ConfigureAwait(false);
        }
    }
}
