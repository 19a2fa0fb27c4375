using FsCheck;
using FsCheck.Fluent;

namespace Sitrep.Tests.Properties;

/// <summary>Generators of report-like text: sentences assembled from pieces the extractor reacts to, mixed with noise.</summary>
internal static class Generators
{
    private static readonly string[] Subjects =
    [
        "Israeli forces", "Turkish troops", "The Syrian army", "Tel Aviv", "HTS fighters", "Russian military police",
        "The Zionist entity", "About 2,000 U.S. troops", "Gen. Hassan", "Damascus", "Abu Mohammed al-Jolani", "Residents",
    ];

    private static readonly string[] Verbs =
    [
        "deployed reinforcements to", "struck", "clashed with fighters near", "withdrew from", "met officials in",
        "raided homes in", "entered", "said they would leave", "denied any presence in", "may build a base near",
    ];

    private static readonly string[] Places =
    [
        "positions near Manbij", "the Khmeimim base", "three villages in Quneitra province", "Damascus", "the city of Aleppo",
        "southern Syria", "Suwaida", "the border crossing", "Dara'a", "the U.S. base at al-Tanf",
    ];

    private static readonly string[] Times =
    [
        "", " on Monday", " last month", " since 2015", " by the end of 2026", " in March", " on 6 November 2025",
        " earlier this month", " until March 1, 2025", " yesterday",
    ];

    private static readonly string[] Endings =
    [
        ".", ", residents said.", ", according to SOHR.", ", a military source said.", "!", "?", "", ", the so-called council claimed.",
    ];

    private static readonly string[] Noise =
    [
        "\n", "\n\n", " ", "Share this article", "Home > News > Middle East", "BEIRUT, March 3 (Reuters) - ", "Iran Press TV\n",
        "Thursday, 06 November 2025\n", "Join the GlobalSecurity.org mailing list\n", "\"", "(", ")", "\u201C", "\u2019s", "\t", "\r\n",
        "<p>", "</p>", "2.5", "U.S.", "\u0627\u0644\u062C\u064A\u0634",
    ];

    public static readonly string[] FurnitureLines =
    [
        "Home > News > Middle East", "Facebook Twitter WhatsApp Telegram", "Share on Facebook", "Sign up for our daily newsletter",
        "Join our mailing list", "Related Articles", "Tags: Syria, Golan, Quneitra", "1,204 shares", "Skip to content", "",
    ];

    public static readonly string[] GluedPhrases = ["Share this article", "Read more", "Follow us on Telegram", "Back to top"];

    public static Gen<string> Sentence { get; } =
        from s in Gen.Elements(Subjects)
        from v in Gen.Elements(Verbs)
        from p in Gen.Elements(Places)
        from t in Gen.Elements(Times)
        from e in Gen.Elements(Endings)
        select $"{s} {v} {p}{t}{e}";

    private static Gen<string> Piece { get; } = Gen.Frequency((6, Sentence), (2, Gen.Elements(Noise)), (1, ArbMap.Default.GeneratorFor<string>()));

    /// <summary>A report of up to about a dozen pieces, sentences and noise joined by spaces or line breaks.</summary>
    public static Gen<string> Report { get; } =
        from pieces in Gen.ListOf(Piece).Resize(12)
        from separator in Gen.Elements(" ", "\n")
        select string.Join(separator, pieces.Select(p => p ?? ""));

    /// <summary>A line of a page: a sentence, a sentence with one glued furniture phrase, a furniture line, or arbitrary text.</summary>
    public static Gen<string> PageLine { get; } = Gen.Frequency(
        (4, Sentence),
        (2, from s in Sentence from g in Gen.Elements(GluedPhrases) select s + " " + g),
        (1, from g in Gen.Elements("Skip to content", "Share this article") from s in Sentence select g + " " + s),
        (2, Gen.Elements(FurnitureLines)),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));
}
