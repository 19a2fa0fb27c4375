namespace Sitrep.Tests.Pipeline;

/// <summary>Small reports written for these tests, each exercising several stages of the pipeline.</summary>
internal static class Reports
{
    /// <summary>A wire story with a headline, a dateline, several events, loaded wording and metonyms.</summary>
    public const string Wire = """
        Israeli jets strike depots south of the capital
        BEIRUT, March 3 (Reuters) - Israeli jets struck two weapons depots south of Damascus overnight, security sources said.
        The Zionist entity has carried out dozens of raids in southern Syria since December, a Syrian official said.
        Tel Aviv said the operation would continue, while officials in Damascus condemned the incursion.
        Turkish troops deployed additional armored vehicles to a hilltop post near the town of Manbij on Tuesday, residents said.
        Abu Mohammed al-Jolani met a Jordanian delegation in Damascus, and al-Sharaa later said the talks were useful.
        About 2,000 U.S. troops remain in the country's northeast, according to the Pentagon.
        """;

    /// <summary>A syndicated copy: the outlet's name and date on top, the reprinting site's footer below.</summary>
    public const string Syndicated = """
        Iran Press TV
        Thursday, 06 November 2025
        Syrian army redeploys forces near the northern border
        The Syrian army deployed fresh troops and armored vehicles to positions near the northern border on Wednesday, a military source said.
        The source added that the reinforcements had arrived in the city of Aleppo overnight.
        Join the GlobalSecurity.org mailing list
        """;

    /// <summary>Body text only: no headline, no outlet, no date anywhere.</summary>
    public const string Undated = """
        Israeli forces entered three villages in Quneitra province on Tuesday, local sources said.
        Russian military police patrolled the road near Qamishli last month, residents said.
        Turkish troops deployed additional armored vehicles to a hilltop post near the town of Manbij, residents said.
        """;
}
