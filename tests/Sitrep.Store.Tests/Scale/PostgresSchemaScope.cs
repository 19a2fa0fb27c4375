using Dapper;
using Npgsql;
using Sitrep.Store.Postgres;
using Sitrep.Store.Tests.Support;

namespace Sitrep.Store.Tests.Scale;

/// <summary>A fresh schema on the SITREP_TEST_PG server, first on the search path of <see cref="Target"/>, dropped on dispose.</summary>
public sealed class PostgresSchemaScope : IAsyncDisposable
{
    private readonly string _schema = "sitrep_scale_" + Guid.NewGuid().ToString("N")[..12];

    private PostgresSchemaScope()
    {
    }

    /// <summary>A connection string (Host=... form) for the sitrep command line, with this schema first.</summary>
    public string Target
    {
        get
        {
            var builder = PostgresConnectionString.Parse(PostgresFactAttribute.ConnectionString!);
            builder.SearchPath = $"{_schema},public";
            builder.Pooling = false;
            var cs = builder.ConnectionString;
            return cs.StartsWith("Host=", StringComparison.OrdinalIgnoreCase) ? cs : $"Host={builder.Host};{cs}";
        }
    }

    public static async Task<PostgresSchemaScope> CreateAsync()
    {
        var scope = new PostgresSchemaScope();
        await using var c = new NpgsqlConnection(scope.Target);
        await c.ExecuteAsync($"CREATE SCHEMA {scope._schema}");
        return scope;
    }

    public async Task<T> ScalarAsync<T>(string sql)
    {
        await using var c = new NpgsqlConnection(Target);
        return await c.ExecuteScalarAsync<T>(sql) ?? throw new InvalidOperationException("no value: " + sql);
    }

    public async ValueTask DisposeAsync()
    {
        await using var c = new NpgsqlConnection(Target);
        await c.ExecuteAsync($"DROP SCHEMA IF EXISTS {_schema} CASCADE");
    }
}
