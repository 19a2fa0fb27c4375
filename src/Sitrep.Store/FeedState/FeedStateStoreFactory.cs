using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store.FeedState;

/// <summary>Opens the feed state of the store a target names, migrating the schema first as the report store does.</summary>
public static class FeedStateStoreFactory
{
    /// <exception cref="StoreException">The store cannot be opened.</exception>
    public static async Task<IFeedStateStore> OpenAsync(string? target, TimeProvider? clock = null, CancellationToken ct = default)
    {
        clock ??= TimeProvider.System;
        var parsed = StoreTarget.Parse(target);
        if (!parsed.IsPostgres)
        {
            return new SqliteFeedStateStore(SqliteOpener.Open(parsed.Value, clock), clock);
        }

        var (dataSource, _) = await PostgresOpener.OpenAsync(parsed.Value, clock, ct).ConfigureAwait(false);
        return new PostgresFeedStateStore(dataSource, clock);
    }

    private sealed class SqliteFeedStateStore(SqliteConnection connection, TimeProvider clock) : SqlFeedStateStore(clock)
    {
        protected override Task<DbConnection> ConnectAsync(CancellationToken ct) => Task.FromResult<DbConnection>(connection);

        protected override ValueTask ReleaseAsync(DbConnection c) => ValueTask.CompletedTask;

        public override ValueTask DisposeAsync()
        {
            connection.Dispose();
            return ValueTask.CompletedTask;
        }
    }

    private sealed class PostgresFeedStateStore(NpgsqlDataSource dataSource, TimeProvider clock) : SqlFeedStateStore(clock)
    {
        protected override async Task<DbConnection> ConnectAsync(CancellationToken ct) => await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);

        protected override ValueTask ReleaseAsync(DbConnection c) => c.DisposeAsync();

        public override ValueTask DisposeAsync() => dataSource.DisposeAsync();
    }
}
