using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Npgsql;
using Sitrep.Store.Postgres;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>The server over PostgreSQL + PostGIS (SITREP_TEST_PG), the fixture reports in a schema of the test's own.</summary>
public sealed class PostgresApiTests : IAsyncLifetime
{
    private static string? Server => PostgresFactAttribute.Server;

    private readonly string _schema = $"sitrep_web_{Guid.NewGuid():N}"[..23];

    // The test's own schema first on the search path; PostGIS stays in public.
    private string Target => Connection(_schema);

    public async Task InitializeAsync()
    {
        if (Server is not null)
        {
            await ExecuteAsync($"CREATE SCHEMA {_schema}");
        }
    }

    public async Task DisposeAsync()
    {
        if (Server is not null)
        {
            await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
        }
    }

    [PostgresFact]
    public async Task The_api_serves_reads_search_and_ingest_from_postgresql()
    {
        var reports = await TestStore.CreateAsync(Target);
        using var factory = new DashboardFactory(Target, "pg-token");
        using var client = factory.CreateClient();
        var events = await client.GetFromJsonAsync<JsonElement>("/api/events?page_size=500");
        var search = await client.GetFromJsonAsync<JsonElement>("/api/search?q=checkpoint");
        using var post = new HttpRequestMessage(HttpMethod.Post, "/api/reports")
        {
            Content = JsonContent.Create(new { source = "https://example.org/pg-1", text = "Reuters\n\nDrones over Kobani\n\nJanuary 9, 2026\n\nTurkish drones struck a checkpoint near Kobani on Thursday, the SDF said.\n" }),
        };
        post.Headers.Authorization = new AuthenticationHeaderValue("Bearer", "pg-token");
        var created = await client.SendAsync(post);
        var after = await client.GetFromJsonAsync<JsonElement>("/api/reports");

        Assert.Equal(reports.Sum(r => r.Events.Count), events.GetProperty("total").GetInt32());
        Assert.Contains(search.GetProperty("items").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("checkpoint", StringComparison.OrdinalIgnoreCase));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(reports.Count + 1, after.GetProperty("total").GetInt32());
    }

    [PostgresFact]
    public async Task The_corpus_analysis_stored_in_postgresql_answers_stories_and_agreements()
    {
        await TestStore.CreateAnalysedAsync(Target);
        using var factory = new DashboardFactory(Target);
        var strikes = await factory.GetOkJsonAsync("/api/stories?type=military.strike&place=Deir");
        var agreements = await factory.GetOkJsonAsync("/api/agreements");

        Assert.Equal("corpus", strikes.GetProperty("analysis").GetString());
        Assert.Equal(2, Assert.Single(strikes.GetProperty("items").EnumerateArray()).GetProperty("mentions").GetArrayLength());
        Assert.Equal("Qatar", Assert.Single(agreements.GetProperty("items").EnumerateArray()).GetProperty("mediator").GetString());
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(Connection(null));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static string Connection(string? schema)
    {
        var builder = PostgresConnectionString.Parse(Server!);
        builder.Pooling = false;
        if (schema is not null)
        {
            builder.SearchPath = $"{schema},public";
        }

        return $"Host={builder.Host};{builder.ConnectionString}";
    }
}
