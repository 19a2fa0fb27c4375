using Dapper;
using Npgsql;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// Applies the PostgreSQL migrations the schema lacks, under a session advisory lock so that several ingest
/// processes starting at once migrate once. Tables live in the first schema of the search path.
/// </summary>
public static class PostgresMigrator
{
    private const long LockKey = 0x5175_7265_7001; // any constant shared by every Sitrep process

    private static readonly string[] OwnTables = ["documents", "entities", "mentions", "events", "framing", "document_links", "document_link_lists"];

    public static async Task MigrateAsync(NpgsqlConnection c, string description, TimeProvider clock, CancellationToken ct)
    {
        var migrations = MigrationCatalog.For("postgres");
        await c.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: ct)).ConfigureAwait(false);
        try
        {
            var schema = await c.ExecuteScalarAsync<string?>(new CommandDefinition("SELECT current_schema()", cancellationToken: ct)).ConfigureAwait(false)
                ?? throw new StoreException($"{description}: no schema of the search path exists to create the tables in");
            var tables = (await c.QueryAsync<string>(new CommandDefinition(
                "SELECT tablename FROM pg_tables WHERE schemaname = @schema",
                new { schema },
                cancellationToken: ct)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
            var clash = OwnTables.FirstOrDefault(tables.Contains);
            if (clash is not null && !tables.Contains(MigrationCatalog.Table))
            {
                throw new StoreException($"{description}: schema '{schema}' belongs to another program (it has a '{clash}' table but no {MigrationCatalog.Table}); Sitrep will not write into it");
            }

            await c.ExecuteAsync(new CommandDefinition(
                $"CREATE TABLE IF NOT EXISTS {MigrationCatalog.Table} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)",
                cancellationToken: ct)).ConfigureAwait(false);
            var current = await c.ExecuteScalarAsync<int?>(new CommandDefinition($"SELECT MAX(version) FROM {MigrationCatalog.Table}", cancellationToken: ct)).ConfigureAwait(false) ?? 0;
            if (current > migrations.Count)
            {
                throw new StoreException($"{description} was written by a newer Sitrep (schema version {current}; this one knows up to {migrations.Count})");
            }

            foreach (var m in migrations.Where(m => m.Number > current))
            {
                await using var tx = await c.BeginTransactionAsync(ct).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(m.Sql, transaction: tx, cancellationToken: ct)).ConfigureAwait(false);
                await c.ExecuteAsync(new CommandDefinition(
                    $"INSERT INTO {MigrationCatalog.Table} (version, name, applied_at) VALUES (@Number, @Name, @at)",
                    new { m.Number, m.Name, at = clock.GetUtcNow() },
                    tx,
                    cancellationToken: ct)).ConfigureAwait(false);
                await tx.CommitAsync(ct).ConfigureAwait(false);
            }
        }
        finally
        {
            await c.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_unlock(@LockKey)", new { LockKey }, cancellationToken: CancellationToken.None)).ConfigureAwait(false);
        }
    }
}
