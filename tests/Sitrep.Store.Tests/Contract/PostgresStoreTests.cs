using Dapper;
using Npgsql;
using Sitrep.Store.Postgres;
using Sitrep.Store.Sql;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>
/// The store contract on PostgreSQL + PostGIS (SITREP_TEST_PG). Each test gets its own schema, first on the
/// search path, dropped afterwards; PostGIS is expected in the public schema.
/// </summary>
public sealed class PostgresStoreTests : StoreContractTests
{
    private readonly string _schema = "sitrep_test_" + Guid.NewGuid().ToString("N")[..12];

    private string Target(string schema)
    {
        var builder = PostgresConnectionString.Parse(PostgresFactAttribute.ConnectionString!);
        builder.SearchPath = $"{schema},public";
        builder.Pooling = false;
        var cs = builder.ConnectionString;
        return cs.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ? cs : $"Host={builder.Host};{cs}";
    }

    protected override Task<IReportStore> OpenStoreAsync() => ReportStoreFactory.OpenAsync(Target(_schema));

    protected override async Task<string> BrokenTargetAsync()
    {
        // A schema of another program that happens to have a documents table.
        await ExecuteAsync($"CREATE TABLE {_schema}.documents (id serial PRIMARY KEY, path text)");
        return Target(_schema);
    }

    public override async Task InitializeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not null)
        {
            await ExecuteAsync($"CREATE SCHEMA {_schema}");
        }
    }

    public override async Task DisposeAsync()
    {
        if (PostgresFactAttribute.ConnectionString is not null)
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }

        await base.DisposeAsync();
    }

    [PostgresFact]
    public Task Ingest_stores_and_reads_back_what_extract_produced() => Check_ingest_stores_and_reads_back_what_extract_produced();

    [PostgresFact]
    public Task Re_ingesting_identical_content_is_a_no_op() => Check_re_ingesting_identical_content_is_a_no_op();

    [PostgresFact]
    public Task A_changed_report_is_version_2_linked_to_version_1() => Check_a_changed_report_is_version_2_linked_to_version_1();

    [PostgresFact]
    public Task Search_finds_words_of_bodies_and_of_evidence_sentences() => Check_search_finds_words_of_bodies_and_of_evidence_sentences();

    [PostgresFact]
    public Task Search_filters_narrow_the_hits() => Check_search_filters_narrow_the_hits();

    [PostgresFact]
    public Task Two_concurrent_ingests_of_one_batch_store_each_report_once() => Check_two_concurrent_ingests_of_one_batch_store_each_report_once();

    [PostgresFact]
    public Task Links_found_by_later_runs_merge_into_the_stored_lists() => Check_links_found_by_later_runs_merge_into_the_stored_lists();

    [PostgresFact]
    public Task Analysis_links_reused_text_across_ingest_runs() => Check_analysis_links_reused_text_across_ingest_runs();

    [PostgresFact]
    public Task Stories_count_independent_outlets_and_flag_their_sourcing() => Check_stories_count_independent_outlets_and_flag_their_sourcing();

    [PostgresFact]
    public Task Registers_and_contradictions_cite_their_stories() => Check_registers_and_contradictions_cite_their_stories();

    [PostgresFact]
    public Task Two_concurrent_analyses_index_each_report_once() => Check_two_concurrent_analyses_index_each_report_once();

    [PostgresFact]
    public Task A_corrupt_or_foreign_store_gives_a_one_line_error() => Check_a_corrupt_or_foreign_store_gives_a_one_line_error();

    [PostgresFact]
    public async Task Events_with_coordinates_get_a_postgis_point_and_others_none()
    {
        var reports = Extract(TestReports.Batch);
        await using (var store = await OpenStoreAsync())
        {
            Assert.Equal(MigrationCatalog.For("postgres").Count, await store.SchemaVersionAsync());
            await store.IngestAsync(reports);
        }

        await using var c = new NpgsqlConnection(Target(_schema));
        var points = (await c.QueryAsync<(string EventId, double X, double Y, int Srid)>(
            "SELECT event_id, ST_X(geom), ST_Y(geom), ST_SRID(geom) FROM events WHERE geom IS NOT NULL")).ToList();
        var located = reports.SelectMany(r => r.Events).Where(e => e.Location?.Lat is not null && e.Location.Lon is not null).ToList();
        Assert.NotEmpty(located);
        Assert.True(reports.SelectMany(r => r.Events).Count() > located.Count, "the test reports should also have events without coordinates");
        Assert.Equal(located.Select(e => (e.Id, e.Location!.Lon!.Value, e.Location.Lat!.Value, 4326)).Order(), points.Select(p => (p.EventId, p.X, p.Y, p.Srid)).Order());
        var near = await c.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM events WHERE ST_DWithin(geom::geography, ST_SetSRID(ST_MakePoint(41.23, 37.05), 4326)::geography, 20000)");
        Assert.Equal(located.Count(e => e.Location!.Name == "Qamishli"), near);
    }

    [PostgresFact]
    public async Task Stored_documents_cannot_be_deleted_or_rewritten()
    {
        await using (var store = await OpenStoreAsync())
        {
            await store.IngestAsync(Extract(TestReports.Batch));
        }

        await using var c = new NpgsqlConnection(Target(_schema));
        await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync("DELETE FROM documents"));
        await Assert.ThrowsAsync<PostgresException>(() => c.ExecuteAsync("UPDATE documents SET body = 'x'"));
        Assert.Equal(3L, await c.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM documents"));
    }

    [PostgresFact]
    public async Task An_unreachable_server_gives_a_one_line_error()
    {
        var builder = PostgresConnectionString.Parse(PostgresFactAttribute.ConnectionString!);
        builder.Port = 1;
        builder.Timeout = 3;

        var ex = await Assert.ThrowsAsync<StoreException>(() => ReportStoreFactory.OpenAsync(builder.ConnectionString));

        Assert.StartsWith("cannot use postgresql", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', ex.Message);
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var c = new NpgsqlConnection(Target("public"));
        await c.ExecuteAsync(sql);
    }
}
