using System.Data.Common;
using System.Globalization;
using Dapper;

namespace Sitrep.Store.FeedState;

/// <summary>
/// The feed state in plain SQL that SQLite and PostgreSQL both run (upserts with <c>ON CONFLICT</c>); the
/// backends differ only in how they hand out connections.
/// </summary>
public abstract class SqlFeedStateStore : IFeedStateStore
{
    private const string Columns =
        "url, outlet, kind, etag, last_modified, last_fetch_at, last_success_at, last_error, last_error_at, items_ingested";

    // A failed fetch keeps the previous validators, kind and success time; an error is kept until the next error.
    private const string Upsert =
        "INSERT INTO feed_sources (" + Columns + ") VALUES (@Url, @Outlet, @Kind, @ETag, @LastModified, @At, @SuccessAt, @Error, @ErrorAt, 0) "
        + "ON CONFLICT (url) DO UPDATE SET outlet = COALESCE(excluded.outlet, feed_sources.outlet), "
        + "kind = COALESCE(excluded.kind, feed_sources.kind), "
        + "etag = CASE WHEN excluded.last_success_at IS NULL THEN feed_sources.etag ELSE excluded.etag END, "
        + "last_modified = CASE WHEN excluded.last_success_at IS NULL THEN feed_sources.last_modified ELSE excluded.last_modified END, "
        + "last_fetch_at = excluded.last_fetch_at, "
        + "last_success_at = COALESCE(excluded.last_success_at, feed_sources.last_success_at), "
        + "last_error = COALESCE(excluded.last_error, feed_sources.last_error), "
        + "last_error_at = COALESCE(excluded.last_error_at, feed_sources.last_error_at)";

    private readonly TimeProvider _clock;

    static SqlFeedStateStore() => DefaultTypeMap.MatchNamesWithUnderscores = true;

    protected SqlFeedStateStore(TimeProvider clock) => _clock = clock;

    protected abstract Task<DbConnection> ConnectAsync(CancellationToken ct);

    protected abstract ValueTask ReleaseAsync(DbConnection connection);

    public abstract ValueTask DisposeAsync();

    public Task<FeedSourceState?> GetAsync(string url, CancellationToken ct = default) => WithConnectionAsync(
        c => c.QuerySingleOrDefaultAsync<FeedSourceState?>(Command($"SELECT {Columns} FROM feed_sources WHERE url = @url", new { url }, ct)),
        ct);

    public Task<IReadOnlyList<FeedSourceState>> ListAsync(CancellationToken ct = default) => WithConnectionAsync<IReadOnlyList<FeedSourceState>>(
        async c => (await c.QueryAsync<FeedSourceState>(Command($"SELECT {Columns} FROM feed_sources ORDER BY url", null, ct)).ConfigureAwait(false)).ToList(),
        ct);

    public Task<IReadOnlySet<string>> ItemKeysAsync(string feedUrl, CancellationToken ct = default) => WithConnectionAsync<IReadOnlySet<string>>(
        async c => (await c.QueryAsync<string>(Command("SELECT item_key FROM feed_items WHERE feed_url = @feedUrl", new { feedUrl }, ct)).ConfigureAwait(false))
            .ToHashSet(StringComparer.Ordinal),
        ct);

    public async Task<bool> HasItemUrlAsync(string url, CancellationToken ct = default) =>
        await WithConnectionAsync(c => c.ExecuteScalarAsync<int?>(Command("SELECT 1 FROM feed_items WHERE url = @url LIMIT 1", new { url }, ct)), ct).ConfigureAwait(false) is not null;

    public Task<int> RecordAsync(FeedFetchRecord record, CancellationToken ct = default) => WithConnectionAsync(async c =>
    {
        var at = _clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
        await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
        await c.ExecuteAsync(new CommandDefinition(
            Upsert,
            new
            {
                record.Url,
                record.Outlet,
                Kind = record.Succeeded ? record.Kind : null,
                record.ETag,
                record.LastModified,
                At = at,
                SuccessAt = record.Succeeded ? at : null,
                record.Error,
                ErrorAt = record.Error is null ? null : at,
            },
            tx,
            cancellationToken: ct)).ConfigureAwait(false);
        var added = 0;
        foreach (var item in record.Items)
        {
            var inserted = await c.ExecuteAsync(new CommandDefinition(
                "INSERT INTO feed_items (feed_url, item_key, url, doc_id, store_id, ingested_at) VALUES (@feedUrl, @ItemKey, @Url, @DocId, @StoreId, @at) "
                + "ON CONFLICT (feed_url, item_key) DO NOTHING",
                new { feedUrl = record.Url, item.ItemKey, item.Url, item.DocId, item.StoreId, at },
                tx,
                cancellationToken: ct)).ConfigureAwait(false);
            added += item.DocId is null ? 0 : inserted;
        }

        await c.ExecuteAsync(new CommandDefinition(
            "UPDATE feed_sources SET items_ingested = items_ingested + @added WHERE url = @Url",
            new { added, record.Url },
            tx,
            cancellationToken: ct)).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return added;
    }, ct);

    private static CommandDefinition Command(string sql, object? parameters, CancellationToken ct) => new(sql, parameters, cancellationToken: ct);

    private async Task<T> WithConnectionAsync<T>(Func<DbConnection, Task<T>> work, CancellationToken ct)
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
