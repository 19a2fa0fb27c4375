using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class LineAlphabetTests
{
    // The options every furniture regex is compiled with.
    private const RegexOptions Safe = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private static bool Admits(LineAlphabet alphabet, string line) => alphabet.Admits(AsciiCharSet.Of(line));

    [Fact]
    public void A_section_label_regex_admits_letters_and_spaces_only()
    {
        var alphabet = LineAlphabet.Of(new Regex("^(?:[A-Z][a-z]+ ){0,2}(?:News|World|Middle East){1,3}$", Safe))!;
        Assert.NotNull(alphabet);
        Assert.True(Admits(alphabet, "Latest NewsWorld"));
        Assert.True(Admits(alphabet, "latest newsworld"));
        Assert.False(Admits(alphabet, "The convoy reached the crossing at dawn, two monitors said."));
        Assert.False(Admits(alphabet, "World News 24"));
        Assert.True(Admits(alphabet, "Ḥamāh NewsWorld"), "non-ASCII characters are never ruled out");
    }

    [Fact]
    public void Case_follows_the_options_of_the_regex_and_its_inline_groups()
    {
        Assert.False(LineAlphabet.Of(new Regex("^abc$", RegexOptions.CultureInvariant))!.Allows('A'));
        Assert.True(LineAlphabet.Of(new Regex("^abc$", Safe))!.Allows('A'));
        Assert.True(LineAlphabet.Of(new Regex("^x(?i:abc)$", RegexOptions.CultureInvariant))!.Allows('B'));
        Assert.True(LineAlphabet.Of(new Regex("(?i)^abc$", RegexOptions.CultureInvariant))!.Allows('C'));
        Assert.True(LineAlphabet.Of(new Regex("^\u212A$", Safe))!.Allows('k'), "the Kelvin sign equals k when case is ignored");
    }

    [Theory]
    [InlineData("abc")] // not anchored
    [InlineData("^abc")]
    [InlineData("abc$")]
    [InlineData("^a$|^b$")] // an alternation outside any group
    [InlineData("^a(?=b)b$")] // lookaround
    [InlineData("^(a)\\1$")] // back reference
    [InlineData("(?m)^abc$")] // anchors at line breaks
    [InlineData("^a\\$")] // an escaped dollar is no anchor
    [InlineData("^a.{0,5}$")] // a dot admits every character but the line break
    [InlineData("^a[^b]*b$")]
    public void Patterns_not_read_or_admitting_everything_have_no_alphabet(string pattern)
    {
        // Lookarounds and back references need the backtracking engine.
        Assert.Null(LineAlphabet.Of(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)));
    }

    [Fact]
    public void A_final_line_break_is_never_ruled_out()
    {
        var regex = new Regex("^abc$", Safe);
        Assert.Matches(regex, "abc\n");
        Assert.True(Admits(LineAlphabet.Of(regex)!, "abc\n"));
    }

    [Fact]
    public void Every_furniture_regex_admits_the_lines_it_matches()
    {
        var lines = new[]
        {
            "Home > World > Levant", "News / Politics / Middle East", "World / Syria", "NewsWorld", "LATEST NEWSPOLITICS", "breaking newsworld today",
            "Middle EastNews", "World NewsPolitics Analysis", "desk@example-news.org", "@levantdesk", "#Levant #Ceasefire", "Example TV on Roku",
            "12K shares", "Shares: (1,204)", "Reading time: 4 min", "by Newsdesk", "Filed under: Syria, Turkey", "Page 2 of 9", "« Prev 1 2 3 Next",
            "Facebook Twitter Telegram", "----", "Name *", "Politics | World | Economy | Sport", "Enditem", "Source: Example + Agencies",
            "Today, 10:45 pm", "Jane Doe, John Roe, and Ann Poe", "Updated: 5 March 2026", "NOVEMBER 16, 2026 08:47", "Date 20.10.2026",
            "By NEWS STAFF, A. WRITER", "[Facebook] [X] [Copy link]", "bur-ab/cd", "The convoy reached the crossing at dawn, two monitors said.",
        };
        var matched = 0;
        foreach (var regex in new BundledKnowledge().Kb.Furniture.LineRegexes)
        {
            var alphabet = LineAlphabet.Of(regex);
            foreach (var line in lines.Where(l => regex.IsMatch(l)))
            {
                matched++;
                Assert.True(alphabet is null || Admits(alphabet, line), $"{regex} matches \"{line}\" but its alphabet rules the line out");
            }
        }

        Assert.True(matched >= 25, $"only {matched} sample lines matched a furniture regex");
    }
}
