using Xunit;

namespace Sitrep.Store.Tests.Support;

/// <summary>
/// A fact that needs a PostgreSQL server with PostGIS: its connection string comes from the SITREP_TEST_PG
/// environment variable (<c>.ci/run</c> starts one and sets it). Without it the test is reported as skipped,
/// saying how to run it, instead of passing without checking anything.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public const string Variable = "SITREP_TEST_PG";

    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(ConnectionString))
        {
            Skip = "set SITREP_TEST_PG to a PostgreSQL connection string to run the PostgreSQL half";
        }
    }

    public static string? ConnectionString => Environment.GetEnvironmentVariable(Variable);
}
