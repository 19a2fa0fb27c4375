namespace Sitrep.Store;

/// <summary>
/// Where a store lives, decided from the target string: a PostgreSQL connection string when it starts with
/// <c>postgres://</c>, <c>postgresql://</c> or <c>Host=</c>; otherwise a SQLite file path. An empty target
/// falls back to the <c>SITREP_DB</c> environment variable, then to <c>./sitrep.db</c>.
/// </summary>
public sealed record StoreTarget(bool IsPostgres, string Value)
{
    public const string EnvironmentVariable = "SITREP_DB";

    public const string DefaultFile = "./sitrep.db";

    public static StoreTarget Parse(string? target)
    {
        var value = string.IsNullOrWhiteSpace(target) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : target;
        value = string.IsNullOrWhiteSpace(value) ? DefaultFile : value.Trim();
        var postgres = value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("Host=", StringComparison.OrdinalIgnoreCase);
        return new StoreTarget(postgres, value);
    }
}
