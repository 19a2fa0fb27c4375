using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Opens a SQLite store file: refuses what is not a SQLite database or belongs to another program, switches to
/// WAL, and applies the schema migrations it lacks inside one write transaction (so two processes opening a new
/// file at once migrate it once).
/// </summary>
public static class SqliteOpener
{
    private static readonly Lazy<bool> Native = new(() =>
    {
        SQLitePCL.Batteries.Init();
        return true;
    });

    public static SqliteConnection Open(string path, TimeProvider clock)
    {
        _ = Native.Value;
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new StoreException($"{path} is a directory, not a database file");
        }

        if (!Directory.Exists(Path.GetDirectoryName(full)))
        {
            throw new StoreException($"{path}: the directory does not exist");
        }

        var builder = new SqliteConnectionStringBuilder { DataSource = full, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = false, DefaultTimeout = 120 };
        var connection = new SqliteConnection(builder.ToString());
        try
        {
            connection.Open();
            connection.Execute("PRAGMA busy_timeout = 120000");
            UseWal(connection);
            var tables = connection.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'").ToList();
            if (tables.Count > 0 && !tables.Contains(MigrationCatalog.Table))
            {
                throw new StoreException($"{path} is a SQLite database of another program (it has tables such as '{tables[0]}' but no {MigrationCatalog.Table}); Sitrep will not write into it");
            }

            connection.Execute("PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA cache_size = -65536;");
            Migrate(connection, path, clock);
            return connection;
        }
        catch (SqliteException ex)
        {
            connection.Dispose();
            throw new StoreException($"{path} is not a usable Sitrep database: {Reason(ex)}", ex);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>The SQLite error in a few words ("file is not a database", "database disk image is malformed").</summary>
    public static string Reason(SqliteException ex)
    {
        var text = StoreException.FirstLine(ex);
        var quote = text.IndexOf('\'', StringComparison.Ordinal);
        return quote >= 0 && text.LastIndexOf('\'') > quote ? text[(quote + 1)..text.LastIndexOf('\'')] : text;
    }

    private static void UseWal(SqliteConnection connection)
    {
        // Switching to WAL needs a moment without other writers; another process may be mid-transaction.
        for (var attempt = 0; ; attempt++)
        {
            var mode = connection.ExecuteScalar<string>("PRAGMA journal_mode = WAL");
            if (string.Equals(mode, "wal", StringComparison.OrdinalIgnoreCase) || attempt >= 100)
            {
                return;
            }

            Thread.Sleep(100);
        }
    }

    private static void Migrate(SqliteConnection connection, string path, TimeProvider clock)
    {
        var migrations = MigrationCatalog.For("sqlite");
        using var tx = connection.BeginTransaction(deferred: false);
        connection.Execute($"CREATE TABLE IF NOT EXISTS {MigrationCatalog.Table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)", transaction: tx);
        var current = connection.ExecuteScalar<long?>($"SELECT MAX(version) FROM {MigrationCatalog.Table}", transaction: tx) ?? 0;
        if (current > migrations.Count)
        {
            throw new StoreException($"{path} was written by a newer Sitrep (schema version {current}; this one knows up to {migrations.Count})");
        }

        foreach (var m in migrations.Where(m => m.Number > current))
        {
            connection.Execute(m.Sql, transaction: tx);
            connection.Execute(
                $"INSERT INTO {MigrationCatalog.Table} (version, name, applied_at) VALUES (@Number, @Name, @at)",
                new { m.Number, m.Name, at = clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture) },
                tx);
        }

        tx.Commit();
    }
}
