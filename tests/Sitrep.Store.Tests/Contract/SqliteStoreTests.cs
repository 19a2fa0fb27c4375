using Dapper;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Sql;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>The store contract on SQLite (a temporary file), and what only the SQLite backend does.</summary>
public sealed class SqliteStoreTests : StoreContractTests
{
    private string DbPath => Temp.File("store.db");

    protected override Task<IReportStore> OpenStoreAsync() => ReportStoreFactory.OpenAsync(DbPath);

    protected override Task<string> BrokenTargetAsync()
    {
        var path = Temp.File("corrupt.db");
        File.WriteAllText(path, "These are meeting notes, not a database.\n");
        return Task.FromResult(path);
    }

    [Fact]
    public async Task The_latest_version_of_a_source_is_found_through_the_index()
    {
        await using (await OpenStoreAsync())
        {
        }

        await using var c = new SqliteConnection($"Data Source={DbPath}");
        await c.OpenAsync();
        var rows = await c.QueryAsync("EXPLAIN QUERY PLAN " + Sitrep.Store.Sqlite.SqliteWriter.LatestOfSourceSql.Replace("$p0", "'reports/a.txt'", StringComparison.Ordinal));
        var plan = string.Join(" | ", rows.Select(r => (string)r.detail));

        Assert.Contains("documents_source_version", plan, StringComparison.Ordinal);
    }

    [Fact]
    public Task Ingest_stores_and_reads_back_what_extract_produced() => Check_ingest_stores_and_reads_back_what_extract_produced();

    [Fact]
    public Task Re_ingesting_identical_content_is_a_no_op() => Check_re_ingesting_identical_content_is_a_no_op();

    [Fact]
    public Task A_changed_report_is_version_2_linked_to_version_1() => Check_a_changed_report_is_version_2_linked_to_version_1();

    [Fact]
    public Task Search_finds_words_of_bodies_and_of_evidence_sentences() => Check_search_finds_words_of_bodies_and_of_evidence_sentences();

    [Fact]
    public Task Search_filters_narrow_the_hits() => Check_search_filters_narrow_the_hits();

    [Fact]
    public Task Two_concurrent_ingests_of_one_batch_store_each_report_once() => Check_two_concurrent_ingests_of_one_batch_store_each_report_once();

    [Fact]
    public Task Links_found_by_later_runs_merge_into_the_stored_lists() => Check_links_found_by_later_runs_merge_into_the_stored_lists();

    [Fact]
    public Task Analysis_links_reused_text_across_ingest_runs() => Check_analysis_links_reused_text_across_ingest_runs();

    [Fact]
    public Task Stories_count_independent_outlets_and_flag_their_sourcing() => Check_stories_count_independent_outlets_and_flag_their_sourcing();

    [Fact]
    public Task Registers_and_contradictions_cite_their_stories() => Check_registers_and_contradictions_cite_their_stories();

    [Fact]
    public Task Two_concurrent_analyses_index_each_report_once() => Check_two_concurrent_analyses_index_each_report_once();

    [Fact]
    public Task A_corrupt_or_foreign_store_gives_a_one_line_error() => Check_a_corrupt_or_foreign_store_gives_a_one_line_error();

    [Fact]
    public async Task A_new_file_is_migrated_to_the_latest_schema_in_wal_mode_with_fts5()
    {
        await using (var store = await OpenStoreAsync())
        {
            Assert.Equal(MigrationCatalog.For("sqlite").Count, await store.SchemaVersionAsync());
        }

        using var c = Connect();
        Assert.Equal("wal", c.ExecuteScalar<string>("PRAGMA journal_mode"));
        var tables = c.Query<string>("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')").ToHashSet();
        Assert.Superset(new HashSet<string> { "documents", "entities", "mentions", "events", "framing", "document_link_lists", "document_links", "documents_fts", "events_fts", MigrationCatalog.Table }, tables);
        Assert.Equal(MigrationCatalog.For("sqlite").Select(m => (long)m.Number), c.Query<long>($"SELECT version FROM {MigrationCatalog.Table} ORDER BY version"));
    }

    [Fact]
    public async Task Reports_stored_in_several_transactions_are_all_in_the_full_text_indexes()
    {
        var reports = Extract(TestReports.Batch);
        await using (var store = await OpenStoreAsync())
        {
            foreach (var report in reports)
            {
                await store.IngestAsync([report]);
            }

            await store.IngestAsync(reports); // unchanged: nothing new to index
            foreach (var report in reports)
            {
                var word = report.Document.Title!.Split(' ').MaxBy(w => w.Length)!.Trim(',', '.', ':');
                Assert.Contains(await store.SearchAsync(new SearchQuery(word)), h => h.Kind == "document" && h.DocumentId == report.Document.Id);
            }
        }

        using var c = Connect();
        Assert.Empty(c.Query<string>("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%fts%'"));
        Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"), c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents_fts_docsize"));
        Assert.Equal(c.ExecuteScalar<long>("SELECT COUNT(*) FROM events"), c.ExecuteScalar<long>("SELECT COUNT(*) FROM events_fts_docsize"));
        Assert.Equal(reports.Sum(r => r.Events.Count), c.ExecuteScalar<long>("SELECT COUNT(*) FROM events_fts_docsize"));

        // With rank 1 the check compares each index with the rows of its content table.
        c.Execute("INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)");
        c.Execute("INSERT INTO events_fts (events_fts, rank) VALUES ('integrity-check', 1)");
    }

    [Fact]
    public async Task Stored_documents_cannot_be_deleted_or_rewritten()
    {
        await using (var store = await OpenStoreAsync())
        {
            await store.IngestAsync(Extract(TestReports.Batch));
        }

        using var c = Connect();
        Assert.Throws<SqliteException>(() => c.Execute("DELETE FROM documents"));
        Assert.Throws<SqliteException>(() => c.Execute("UPDATE documents SET body = 'x'"));
        Assert.Equal(3L, c.ExecuteScalar<long>("SELECT COUNT(*) FROM documents"));
    }

    [Fact]
    public async Task Another_programs_database_is_refused_and_left_alone()
    {
        var path = Temp.File("other.db");
        using (var c = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            c.Open();
            c.Execute("CREATE TABLE bookmarks (url TEXT)");
        }

        var ex = await Assert.ThrowsAsync<StoreException>(() => ReportStoreFactory.OpenAsync(path));

        Assert.Contains("another program", ex.Message, StringComparison.Ordinal);
        using var check = new SqliteConnection($"Data Source={path};Pooling=False");
        check.Open();
        Assert.Equal(["bookmarks"], check.Query<string>("SELECT name FROM sqlite_master WHERE type = 'table'"));
    }

    [Fact]
    public async Task A_file_with_a_damaged_schema_page_is_refused_with_one_line()
    {
        await using (var store = await OpenStoreAsync())
        {
            await store.IngestAsync(Extract(TestReports.Batch));
        }

        using (var file = File.OpenWrite(DbPath))
        {
            file.Position = 100; // just past the header: the first page holds the schema
            file.Write(Enumerable.Repeat((byte)0xFF, 3000).ToArray());
        }

        var ex = await Assert.ThrowsAsync<StoreException>(OpenStoreAsync);

        Assert.Contains("malformed", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    [Fact]
    public async Task A_schema_newer_than_this_build_is_refused()
    {
        await (await OpenStoreAsync()).DisposeAsync();
        using (var c = Connect())
        {
            c.Execute($"INSERT INTO {MigrationCatalog.Table} (version, name, applied_at) VALUES (999, 'future', '2030-01-01T00:00:00Z')");
        }

        var ex = await Assert.ThrowsAsync<StoreException>(OpenStoreAsync);

        Assert.Contains("newer Sitrep", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_target_string_chooses_the_backend()
    {
        Assert.True(StoreTarget.Parse("Host=db;Database=sitrep").IsPostgres);
        Assert.True(StoreTarget.Parse("postgres://user:secret@db:5432/sitrep").IsPostgres);
        Assert.False(StoreTarget.Parse(DbPath).IsPostgres);
        Assert.Equal(DbPath, StoreTarget.Parse(DbPath).Value);
        Assert.Equal(
            Environment.GetEnvironmentVariable(StoreTarget.EnvironmentVariable) is { Length: > 0 } env ? env : StoreTarget.DefaultFile,
            StoreTarget.Parse(null).Value);
    }

    private SqliteConnection Connect()
    {
        var c = new SqliteConnection($"Data Source={DbPath};Pooling=False");
        c.Open();
        return c;
    }
}
