using Npgsql;
using Xunit;

namespace Sitrep.Feeds.Tests.Support;

/// <summary>
/// A test that needs PostgreSQL (connection string in SITREP_TEST_PG); without it the test is skipped and says why.
/// </summary>
public sealed class NeedsPostgresAttribute : FactAttribute
{
    public NeedsPostgresAttribute() => Skip = PostgresTarget.ConnectionString is null ? "set SITREP_TEST_PG to a PostgreSQL connection string to run the PostgreSQL half" : null;
}

/// <summary>A throwaway schema on the SITREP_TEST_PG server, first on the search path, dropped on dispose.</summary>
public sealed class PostgresTarget : IAsyncDisposable
{
    private readonly string _schema = "sitrep_feeds_" + Guid.NewGuid().ToString("N")[..12];

    public static string? ConnectionString => Environment.GetEnvironmentVariable("SITREP_TEST_PG") is { Length: > 0 } cs ? cs : null;

    /// <summary>The store target: the test server's connection string with this schema first on the search path.</summary>
    public string Target => new NpgsqlConnectionStringBuilder(ConnectionString) { SearchPath = $"{_schema},public", Pooling = false }.ConnectionString;

    public static async Task<PostgresTarget> CreateAsync()
    {
        var target = new PostgresTarget();
        await ExecuteAsync($"CREATE SCHEMA {target._schema}");
        return target;
    }

    public async ValueTask DisposeAsync() => await ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");

    private static async Task ExecuteAsync(string sql)
    {
        await using var c = new NpgsqlConnection(ConnectionString);
        await c.OpenAsync();
        await using var command = new NpgsqlCommand(sql, c);
        await command.ExecuteNonQueryAsync();
    }
}
