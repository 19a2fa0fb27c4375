namespace Sitrep.Web.Knowledge;

/// <summary>One period of an installation's history: who held it, in what state, from when until when (ISO prefixes).</summary>
public sealed record StatusPeriod(string Operator, string Status, string? From, string? To);

/// <summary>An installation of the knowledge-base register (data/kb/installations.csv).</summary>
public sealed record Installation(
    string Id,
    string Name,
    string? Kind,
    string? Country,
    double? Lat,
    double? Lon,
    string? Precision,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<StatusPeriod> History,
    IReadOnlyList<string> Sources)
{
    /// <summary>The operator of the latest period, the one a map colours it by.</summary>
    public string? CurrentOperator => History.Count == 0 ? null : History[^1].Operator;

    public string? CurrentStatus => History.Count == 0 ? null : History[^1].Status;
}
