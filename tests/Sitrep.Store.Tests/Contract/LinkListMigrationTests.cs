using System.Data.Common;
using Dapper;
using Microsoft.Data.Sqlite;
using Npgsql;
using Sitrep.Store.Sql;
using Sitrep.Store.Tests.Scale;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>
/// A store written before links became lists (one row per link) is upgraded when opened: its links come back the
/// same.
/// </summary>
public sealed class LinkListMigrationTests : IDisposable
{
    private const string Doc = "0123456789abcdef";

    private readonly TempFolder _temp = new();

    [Fact]
    public async Task Sqlite_links_stored_one_row_each_are_carried_over()
    {
        var path = _temp.File("old.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            c.Execute($"CREATE TABLE {MigrationCatalog.Table} (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            Before("sqlite", c);
            c.Execute(
                "INSERT INTO documents (doc_id, content_hash, source, published_inferred, body, ingested_at) VALUES (@Doc, 'h1', 'a.txt', 0, 'body', '2025-01-01T00:00:00Z')",
                new { Doc });
            OldLinks(c, c.ExecuteScalar<long>("SELECT MAX(id) FROM documents"));
        }

        await CheckUpgradedAsync(path);
    }

    [PostgresFact]
    public async Task Postgres_links_stored_one_row_each_are_carried_over()
    {
        await using var scope = await PostgresSchemaScope.CreateAsync();
        await using (var c = new NpgsqlConnection(scope.Target))
        {
            await c.OpenAsync();
            c.Execute($"CREATE TABLE {MigrationCatalog.Table} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)");
            Before("postgres", c);
            var id = c.ExecuteScalar<long>(
                "INSERT INTO documents (doc_id, content_hash, source, published_inferred, body, ingested_at) VALUES (@Doc, 'h1', 'a.txt', false, 'body', now()) RETURNING id",
                new { Doc });
            OldLinks(c, id);
        }

        await CheckUpgradedAsync(scope.Target);
    }

    public void Dispose() => _temp.Dispose();

    /// <summary>Applies the migrations before link_lists, as an earlier Sitrep would have.</summary>
    private static void Before(string backend, DbConnection c)
    {
        var migrations = MigrationCatalog.For(backend);
        var lists = migrations.Single(m => m.Name == "link_lists").Number;
        foreach (var m in migrations.Where(m => m.Number < lists))
        {
            c.Execute(m.Sql);
            c.Execute($"INSERT INTO {MigrationCatalog.Table} (version, name, applied_at) VALUES (@Number, @Name, @At)", new { m.Number, m.Name, At = new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        }
    }

    private static void OldLinks(DbConnection c, long id)
    {
        foreach (var (kind, other) in new[] { ("shares_text_with", "ffff000000000002"), ("shares_text_with", "aaaa000000000001"), ("duplicate_of", "bbbb000000000003") })
        {
            c.Execute("INSERT INTO document_links (document_id, kind, other_doc_id) VALUES (@id, @kind, @other)", new { id, kind, other });
        }
    }

    private static async Task CheckUpgradedAsync(string target)
    {
        await using var store = await ReportStoreFactory.OpenAsync(target);
        Assert.Equal(MigrationCatalog.For(store.Backend == "sqlite" ? "sqlite" : "postgres").Count, await store.SchemaVersionAsync());
        var stored = await Single(store);
        Assert.Equal(["aaaa000000000001", "ffff000000000002"], stored.SharesTextWith);
        Assert.Equal("bbbb000000000003", stored.DuplicateOf);
        Assert.Equal(3, (await store.CountsAsync()).Links);
    }

    private static async Task<Core.Model.DocumentInfo> Single(IReportStore store)
    {
        var all = new List<Core.Model.DocumentInfo>();
        await foreach (var r in store.ReadAllAsync())
        {
            all.Add(r.Report.Document);
        }

        return Assert.Single(all);
    }
}
