using Xunit;

namespace Sitrep.Web.Tests.Support;

/// <summary>A test against PostgreSQL + PostGIS; skipped, saying how to run it, unless SITREP_TEST_PG is set.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        Skip = Server is null ? "set SITREP_TEST_PG to a PostgreSQL connection string to run the PostgreSQL half" : null;
    }

    public static string? Server => Environment.GetEnvironmentVariable("SITREP_TEST_PG") is { Length: > 0 } cs ? cs : null;
}
