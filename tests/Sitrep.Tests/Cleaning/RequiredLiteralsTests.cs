using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class RequiredLiteralsTests
{
    private const RegexOptions Safe = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // Backtracking, so that syntax the non-backtracking engine refuses (look-arounds, back references) can be given.
    private static IReadOnlyList<string>? LiteralsOf(string pattern) =>
        RequiredLiterals.Of(new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant))?.Literals;

    [Theory]
    [InlineData(@"(?i)^join (?:the|our) .{1,60} mailing list[.!]?$", " mailing list")]
    [InlineData(@"^(?:Home|News|Main)(?:\s*/\s*[A-Z]\w*){1,6}$", "home|news|main")]
    [InlineData(@"^\((Reporting|Writing)( by)? [^)]*\)$", "reporting|writing")]
    [InlineData(@"(?i)^page\s+\d+\s+(?:of|/)\s+\d+$", "page")]
    [InlineData(@"^@\w{2,30}$", "@")]
    [InlineData(@"ab+c", "ab")]
    [InlineData(@"colou?r", "colo")]
    public void Reads_the_literals_every_match_contains(string pattern, string expected)
    {
        Assert.Equal(expected.Split('|'), LiteralsOf(pattern));
    }

    [Theory]
    [InlineData(@"^[\s\-–—_=*•·~|.]{3,}$")] // classes only
    [InlineData(@"(?:news|\d+)")] // one branch has no literal
    [InlineData(@"(?:news)?\d")] // optional
    [InlineData(@"(?=news)\w+")] // look-ahead: not read
    [InlineData(@"(?<x>\p{Lu})ab\k<x>")] // named groups, unknown escapes: not read
    [InlineData(@"(?x) n e w s")] // free spacing: not read
    [InlineData(@"a{,2}news")] // a brace that is no quantifier: not read
    public void Gives_up_when_no_literal_is_certain(string pattern)
    {
        Assert.Null(LiteralsOf(pattern));
    }

    [Theory]
    [InlineData("Join our weekly MAILING LIST")]
    [InlineData("Stay tuned")]
    [InlineData("join the \u212Aeepers mailing list")]
    public void Never_passes_over_a_line_the_regex_matches(string line)
    {
        var regex = new Regex(@"(?i)^join (?:the|our) .{1,60} mailing list[.!]?$|stay|\u212A", Safe);
        var literals = RequiredLiterals.Of(regex);
        Assert.True(!regex.IsMatch(line) || literals is null || literals.MayMatch(line));
    }

    [Fact]
    public void Knows_every_letter_the_regex_engine_takes_for_an_ascii_letter()
    {
        var asciiLetter = new Regex("^[a-z]$", Safe);
        var twins = Enumerable.Range(0x80, 0x10000 - 0x80).Select(c => (char)c).Where(c => asciiLetter.IsMatch(c.ToString()));
        Assert.All(twins, c => Assert.Contains(c, "\u0130\u0131\u017F\u212A"));
    }

    [Fact]
    public void A_letter_equal_to_an_ascii_letter_when_case_is_ignored_makes_the_line_tested()
    {
        // The Kelvin sign matches "k" in a regex that ignores case; an ordinal search would not find "kelvin".
        var regex = new Regex("kelvin", Safe);
        var line = "\u212Aelvin";
        Assert.Matches(regex, line);
        Assert.True(RequiredLiterals.Of(regex)!.MayMatch(line));
        Assert.False(RequiredLiterals.Of(regex)!.MayMatch("Celsius"));
    }
}
