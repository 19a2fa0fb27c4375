using Npgsql;

namespace Sitrep.Store.Postgres;

/// <summary>Opens a data source for a PostgreSQL target and migrates its schema, turning connection failures into one-line store errors.</summary>
public static class PostgresOpener
{
    /// <exception cref="StoreException">The server cannot be reached or the schema cannot be used.</exception>
    public static async Task<(NpgsqlDataSource DataSource, string Description)> OpenAsync(string target, TimeProvider clock, CancellationToken ct)
    {
        var builder = PostgresConnectionString.Parse(target);
        var description = PostgresConnectionString.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
        try
        {
            await using var c = await dataSource.OpenConnectionAsync(ct).ConfigureAwait(false);
            await PostgresMigrator.MigrateAsync(c, description, clock, ct).ConfigureAwait(false);
            return (dataSource, description);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException)
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw new StoreException($"cannot use {description}: {StoreException.FirstLine(ex)}", ex);
        }
        catch
        {
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }
}
