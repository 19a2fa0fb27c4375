namespace Sitrep.Web;

/// <summary>
/// What the server serves: the store (<see cref="Db"/>, as <c>--db</c>), the data directory of the knowledge base,
/// and the bearer token that enables <c>POST /api/reports</c> (no token: the server is read-only).
/// </summary>
public sealed record DashboardOptions(string? Db, string? IngestToken, string? DataDirectory)
{
    public const string Section = "Sitrep";

    public static DashboardOptions FromConfiguration(IConfiguration configuration) => new(
        Blank(configuration[$"{Section}:Db"]),
        Blank(configuration[$"{Section}:IngestToken"]),
        Blank(configuration[$"{Section}:Data"]));

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;
}
