using System.Text.RegularExpressions;
using Sitrep.Core.Cleaning;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class RegexListTests : IClassFixture<BundledKnowledge>
{
    private const RegexOptions Safe = RegexOptions.NonBacktracking | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    private readonly IReadOnlyList<Regex> _furniture;

    public RegexListTests(BundledKnowledge knowledge) => _furniture = knowledge.Kb.Furniture.LineRegexes;

    private static Regex? InTurn(IEnumerable<Regex> regexes, string line) => regexes.FirstOrDefault(r => r.IsMatch(line));

    [Theory]
    [InlineData("Home > World > Levant")]
    [InlineData("www.example-news.org/world")]
    [InlineData("desk@example-news.org")]
    [InlineData("#Levant #Ceasefire")]
    [InlineData("Tags: Syria, Turkey, border")]
    [InlineData("Page 2 of 9")]
    [InlineData("Facebook Twitter Telegram")]
    [InlineData("Politics | World | Economy | Sport")]
    [InlineData("The convoy reached the crossing at dawn, two monitors said.")]
    [InlineData("Ministers met in Amman on Tuesday to discuss the border.")]
    [InlineData("")]
    public void Finds_the_same_first_regex_as_testing_each_in_turn(string line)
    {
        var list = new RegexList(_furniture);
        Assert.Same(InTurn(_furniture, line), list.FirstMatch(line));
    }

    [Fact]
    public void Joins_the_furniture_regexes_into_fewer_scans()
    {
        Assert.InRange(new RegexList(_furniture).GroupCount, 1, _furniture.Count - 1);
    }

    [Fact]
    public void An_inline_option_stays_inside_its_own_regex()
    {
        // Joined without a group of its own, "(?-i)" would make the second regex case-sensitive too.
        var regexes = new[] { new Regex("(?-i)^zz", Safe), new Regex("^yes$", Safe) };
        var list = new RegexList(regexes);
        Assert.Equal(1, list.GroupCount);
        Assert.Same(regexes[1], list.FirstMatch("YES"));
        Assert.Null(list.FirstMatch("ZZ top"));
    }

    [Fact]
    public void The_earlier_regex_wins_when_several_match()
    {
        var regexes = new[] { new Regex("^no$", Safe), new Regex("ceasefire", Safe), new Regex("^ceasefire", Safe) };
        Assert.Same(regexes[1], new RegexList(regexes).FirstMatch("Ceasefire holds"));
    }

    [Fact]
    public void A_free_spacing_regex_is_never_joined()
    {
        // Its comment would swallow the regexes joined after it.
        var regexes = new[] { new Regex("(?x) ^ a b $ # two letters", Safe), new Regex("^c$", Safe) };
        var list = new RegexList(regexes);
        Assert.Equal(2, list.GroupCount);
        Assert.Same(regexes[0], list.FirstMatch("ab"));
        Assert.Same(regexes[1], list.FirstMatch("c"));
    }

    [Fact]
    public void Regexes_with_other_options_are_tested_on_their_own()
    {
        var regexes = new[] { new Regex("^abc$", Safe), new Regex("^abc$", RegexOptions.NonBacktracking) };
        var list = new RegexList(regexes);
        Assert.Equal(2, list.GroupCount);
        Assert.Null(new RegexList([regexes[1]]).FirstMatch("ABC"));
        Assert.Same(regexes[0], list.FirstMatch("ABC"));
    }

    [Fact]
    public void The_literals_of_every_furniture_regex_pass_the_lines_it_matches()
    {
        var lines = new[]
        {
            "Home > World > Levant", "www.example-news.org/world", "desk@example-news.org", "#Levant #Ceasefire", "Tags: Syria, Turkey",
            "Page 2 of 9", "Facebook Twitter Telegram", "Politics | World | Economy | Sport", "(Reporting by Jane Doe; Editing by Joe Bloggs)",
            "Follow Example News on Telegram", "Enditem", "----", "12K shares", "Reading time: 4 min", "Posted by admin",
        };
        foreach (var regex in _furniture)
        {
            var literals = RequiredLiterals.Of(regex);
            foreach (var line in lines.Where(l => regex.IsMatch(l)))
            {
                Assert.True(literals is null || literals.MayMatch(line), $"{regex} matches \"{line}\" but its literals would pass it over");
            }
        }
    }
}
