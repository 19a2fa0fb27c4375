using System.Text;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// One hostile input: the file name it is written under, how to write it (generated at test time, never
/// committed), and what the command line must do with it: refuse it with one error line containing
/// <see cref="Error"/>, or process it (when <see cref="Error"/> is null).
/// </summary>
public sealed record HostileCase(string FileName, Action<string> Write, string? Error)
{
    public override string ToString() => FileName;
}

/// <summary>The hostile inputs: bad bytes, bad encodings, huge and deep inputs, regex traps, out-of-range values.</summary>
public static class HostileCases
{
    /// <summary>A short report in our own words that the extractor finds facts in.</summary>
    public const string Report =
        "Turkish troops shelled positions near Manbij on Monday, a military source said.\n"
        + "The Syrian army deployed 300 soldiers to Idlib province last week, according to residents.\n";

    private static readonly byte[] ReportUtf8 = Encoding.UTF8.GetBytes(Report);

    public static IReadOnlyList<HostileCase> All { get; } =
    [
        // Bytes that are not text.
        new("binary.txt", p => File.WriteAllBytes(p, RandomBytes(1, 20_000)), "binary content"),
        new("image-named-page.html", p => File.WriteAllBytes(p, [0x89, .. "PNG\r\n\u001a\n"u8, .. RandomBytes(2, 5_000)]), "binary content"),
        new("empty.txt", p => File.WriteAllBytes(p, []), "empty file"),
        new("blank-lines.txt", p => File.WriteAllText(p, "  \n\n\t \r\n   \n"), "no article text found"),
        new("unsupported.pdf", p => File.WriteAllText(p, "%PDF-1.7 " + Report), "unsupported file type"),
        new("huge-single-line.txt", p => WriteRepeated(p, "Troops moved along the road near the border ", 200L * 1024 * 1024), "file too large"),

        // Encodings.
        new("invalid-utf8.txt", p => File.WriteAllBytes(p, [.. ReportUtf8, 0xC3, 0x28, 0x20, 0xE2, 0x82, 0x20, 0xF0, 0x9F, 0x0A, .. ReportUtf8]), null),
        new("mixed-encodings.txt", p => File.WriteAllBytes(p, [.. Encoding.UTF8.GetBytes("Israeli forces struck Damascus on Sunday, a monitor said (\u062F\u0645\u0634\u0642).\n"), .. Cp1252("Turkish troops entered Afrin \u2013 a \u201Cbuffer\u201D zone, officials said.\n")]), null),
        new("utf16le-bom.txt", p => File.WriteAllBytes(p, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report)]), null),
        new("utf16be-bom.txt", p => File.WriteAllBytes(p, [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Report)]), null),
        new("utf16le-no-bom.txt", p => File.WriteAllBytes(p, Encoding.Unicode.GetBytes(Report)), null),
        new("utf16be-no-bom.txt", p => File.WriteAllBytes(p, Encoding.BigEndianUnicode.GetBytes(Report)), null),
        new("utf16-odd-length.txt", p => File.WriteAllBytes(p, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report)[..^1]]), "invalid utf-16le"),
        new("utf16-lone-surrogate.txt", p => File.WriteAllBytes(p, [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report), 0x00, 0xD8, 0x41, 0x00]), "invalid utf-16le"),

        // Markup nested far deeper than any article.
        new("nested-divs.html", p => File.WriteAllText(p, "<html><body>" + Repeat("<div>", 100_000) + Report + Repeat("</div>", 100_000) + "</body></html>"), "nested"),
        new("nested-unclosed.html", p => File.WriteAllText(p, "<html><body>" + Repeat("<div><span><b>", 100_000) + Report), "nested"),
        new("nested-quotes.html", p => File.WriteAllText(p, "<html><body><article>" + Repeat("<blockquote>", 100_000) + "<p>" + Report + "</p></article></body></html>"), "nested"),
        new("nested-shallow.html", p => File.WriteAllText(p, "<html><body><article>" + Repeat("<div>", 2_000) + "<p>" + Report + "</p>" + Repeat("</div>", 2_000) + "</article></body></html>"), null),

        // Long lines: one huge word, a 10 MB line of words (beyond any report), and a 300 kB one without a sentence end.
        new("one-huge-word.txt", p => WriteRepeated(p, "a", 8_000_000), "no article text found"),
        new("ten-megabyte-line.txt", p => WriteRepeated(p, "Troops moved near Aleppo and Damascus, ", 10_000_000), "article text too long"),
        new("long-line-of-words.txt", p => WriteRepeated(p, "Troops moved near Aleppo and Damascus, ", 300_000), null),

        // Inputs built against each regular expression of the pipeline.
        new("regex-domain.txt", p => File.WriteAllText(p, "Title of a page\n" + Repeat("a.", 500_000) + "\n" + Report + Repeat("b", 1_000_000) + "\n"), null),
        new("regex-email.txt", p => File.WriteAllText(p, Report + Repeat("x.", 500_000) + "@\n"), null),
        new("regex-dateline.txt", p => File.WriteAllText(p, "A" + Repeat(" .", 100_000) + "(x\n" + Report), null),
        new("regex-dateline-caps.txt", p => File.WriteAllText(p, Repeat("ALEPPO ", 30_000) + ", Mar 3" + Repeat(" 1", 30_000) + "\n" + Report), null),
        new("regex-copyright.txt", p => File.WriteAllText(p, Report + "Copyright 2025 A" + Repeat(" -", 100_000) + "\n"), null),
        new("regex-about.txt", p => File.WriteAllText(p, Report + "A" + Repeat("a ", 100_000) + "is a news\n"), null),
        new("regex-hashtags.txt", p => File.WriteAllText(p, Report + Repeat("#a", 1_000_000) + " !\n"), null),
        new("regex-breadcrumb.txt", p => File.WriteAllText(p, Report + "Home" + Repeat(" / A", 200_000) + " /\n"), null),
        new("regex-counter.txt", p => File.WriteAllText(p, Report + Repeat("1,", 500_000) + " sharez\n"), null),
        new("glued-phrases.txt", p => File.WriteAllText(p, Report + Repeat("Read more ", 300_000) + "\n"), null),

        // Numbers and dates out of range.
        new("numbers-out-of-range.txt", p => File.WriteAllText(p, OutOfRange), null),
        new("dates-at-the-edges.txt", p => File.WriteAllText(p, "Friday, 31 December 9999\n\n" + EdgeDates), null),
        new("dates-at-year-one.txt", p => File.WriteAllText(p, "January 1, 0001\n\n" + EdgeDates), null),

        // Nothing but site furniture.
        new("all-furniture.txt", p => File.WriteAllText(p, AllFurniture), "no article text found"),
    ];

    private const string OutOfRange =
        "About 99999999999999999999999999999999999999 troops arrived in Homs on 32 February 2025, a source said.\n"
        + "On 99/99/9999 some 1e308 soldiers and -5 tanks crossed near Idlib, residents said.\n"
        + "The army deployed 1,000,000,000,000,000,000,000,000 fighters and 9.9e307 million troops to Deir ez-Zor.\n"
        + "Israeli forces struck Damascus on December 31, 9999 and again in the year 99999.\n";

    private const string EdgeDates =
        "Israeli forces struck Damascus tomorrow and again next week, a monitor said.\n"
        + "Turkish troops will withdraw from Afrin by the end of next year, officials said.\n"
        + "Russian forces deployed to Latakia 5000 years ago and 10,000 days ago, a source said.\n";

    private const string AllFurniture =
        "Skip to content\nHome > News > Middle East\nShare on Facebook\nSign up for our daily newsletter\n"
        + "Related Articles\nTags: Syria, Golan, Quneitra\n1,204 shares\nFollow us on Telegram\nBack to top\n";

    private static byte[] RandomBytes(int seed, int count)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[count / 2] = 0; // at least one NUL, as in any binary format
        return bytes;
    }

    private static byte[] Cp1252(string s)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252).GetBytes(s);
    }

    private static string Repeat(string s, int times) => new StringBuilder(s.Length * times).Insert(0, s, times).ToString();

    // Streams the file so that 200 MB never has to be held in memory.
    private static void WriteRepeated(string path, string piece, long bytes)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20);
        var chunk = Encoding.UTF8.GetBytes(Repeat(piece, Math.Max(1, (1 << 20) / piece.Length)));
        for (long written = 0; written < bytes; written += chunk.Length)
        {
            file.Write(chunk, 0, (int)Math.Min(chunk.Length, bytes - written));
        }
    }
}
