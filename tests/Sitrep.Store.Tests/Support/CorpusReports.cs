namespace Sitrep.Store.Tests.Support;

/// <summary>
/// Invented reports for the corpus analysis. <see cref="Base"/> (Reuters) is copied whole by <see cref="Reprint"/> (a site
/// reprinting Reuters) and one of its sentences reappears in <see cref="Passage"/> (AFP), all three about one Turkish base
/// near al-Bab. <see cref="Tass"/> and <see cref="Sputnik"/>, two Russian state outlets, give different death tolls for
/// one shelling. <see cref="Withdraw"/> has the United States leaving Syria (and a troop level) while <see cref="NewBase"/>
/// has it building a base there; <see cref="Agreement"/> is a mediated agreement.
/// </summary>
public static class CorpusReports
{
    public const string Base = """
        Turkish army starts work on new base in Aleppo countryside

        June 2, 2025

        ALEPPO, June 2 (Reuters) - Turkish army engineers began building a new military base near the town of al-Bab on Monday, two local council members said.

        Bulldozers levelled a hilltop west of the town while trucks brought concrete barriers and prefabricated barracks, the council members said, adding that the work could take several months.

        Farmers whose orchards border the site said they had not been told whether their land would be fenced off.
        """;

    /// <summary><see cref="Base"/> reprinted on a web page by another site, with one line of its own.</summary>
    public static readonly string Reprint = Reprinted(Base, "Levant Wire Digest");

    public const string Passage = """
        Ankara adds to its footprint in northern Syria

        June 3, 2025

        ISTANBUL, June 3 (AFP) - Turkish soldiers are setting up a new base near al-Bab, officials in Ankara said on Tuesday, as talks with Damascus over the future of its posts drag on.

        Bulldozers levelled a hilltop west of the town while trucks brought concrete barriers and prefabricated barracks, a witness told AFP.

        A defence ministry spokesman in Ankara declined to say how many soldiers would serve there.
        """;

    public const string Tass = """
        Shelling kills civilians in Idlib province

        July 10, 2025

        MOSCOW, July 10 (TASS) - Militant shelling killed 40 civilians in Saraqib, a town of Idlib province, on Wednesday, the Russian reconciliation centre said.

        The centre said the victims included women and children and that a school had been damaged.
        """;

    public const string Sputnik = """
        Dozens of civilians dead after Saraqib shelling

        July 10, 2025

        DAMASCUS, July 10 (Sputnik) - Militant shelling killed 25 civilians in Saraqib on Wednesday, according to a doctor at the main hospital of the area.

        Rescue teams were still searching the rubble of two houses on the eastern edge of the town late in the evening.
        """;

    public const string Withdraw = """
        Washington weighs full exit from Syria

        August 4, 2025

        WASHINGTON, August 4 (Associated Press) - The United States plans to withdraw all its troops from Syria by the end of the year, two defence officials said on Monday.

        The officials said the drawdown would be gradual and coordinated with partners in the region.

        About 1,500 American troops are still deployed in Syria, the officials said.
        """;

    public const string NewBase = """
        US forces expand presence near Deir ez-Zor

        August 6, 2025

        BEIRUT, August 6 (Agence France-Presse) - US forces are building a new base in eastern Syria near the Conoco gas field, a monitoring group said on Wednesday.

        Residents said convoys of armoured vehicles had arrived at the site over the past week.
        """;

    public const string Agreement = """
        Syria and Israel sign security arrangement

        September 12, 2025

        AMMAN, September 12 (Reuters) - Syria and Israel on Friday signed a security agreement, brokered by the United States, officials from both countries said.

        The agreement sets up a joint committee that will meet monthly to handle incidents along the frontier.
        """;

    /// <summary>File names (their extension decides text or HTML) and texts, in the order above.</summary>
    public static readonly IReadOnlyList<(string Name, string Text)> All =
    [
        ("a_base.txt", Base),
        ("b_reprint.html", Reprint),
        ("c_passage.txt", Passage),
        ("d_tass.txt", Tass),
        ("e_sputnik.txt", Sputnik),
        ("f_withdraw.txt", Withdraw),
        ("g_newbase.txt", NewBase),
        ("h_agreement.txt", Agreement),
    ];

    private static string Reprinted(string report, string site)
    {
        var lines = report.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var paragraphs = string.Concat(lines.Skip(1).Append($"This article was republished by {site}.").Select(l => $"<p>{l}</p>\n"));
        return $"<!doctype html>\n<html><head><title>{lines[0]}</title>\n<meta property=\"og:site_name\" content=\"{site}\"></head>\n"
            + $"<body><article>\n<h1>{lines[0]}</h1>\n{paragraphs}</article></body></html>\n";
    }
}
