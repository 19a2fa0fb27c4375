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
    [InlineData("SUBSCRIBE to get the latest briefs in your INBOX!")]
    [InlineData("Copyright © 2024 Example News. ALL RIGHTS RESERVED.")]
    [InlineData("POSTED BY The Levant Desk")]
    [InlineData("Home › Levant › Syria")]
    [InlineData("« Prev 1 2 3 Next")]
    [InlineData("12 März 2024 — Ḥamāh governorate")]
    [InlineData("TAGGED WITH: Ḥasakah, Qāmishlī")]
    [InlineData("Donate TODAY.")]
    [InlineData("[Syria]( https://example.org/syria)")]
    public void Finds_the_same_first_regex_as_testing_each_in_turn(string line)
    {
        var list = new RegexList(_furniture);
        Assert.Same(InTurn(_furniture, line), list.FirstMatch(line));
    }

    [Fact]
    public void Each_regex_keeps_its_own_options()
    {
        var regexes = new[] { new Regex("(?-i)^zz", Safe), new Regex("^yes$", Safe), new Regex("^abc$", RegexOptions.NonBacktracking) };
        var list = new RegexList(regexes);
        Assert.Same(regexes[1], list.FirstMatch("YES"));
        Assert.Null(list.FirstMatch("ZZ top"));
        Assert.Null(list.FirstMatch("ABC"));
        Assert.Same(regexes[2], list.FirstMatch("abc"));
    }

    [Fact]
    public void The_earlier_regex_wins_when_several_match()
    {
        var regexes = new[] { new Regex("^no$", Safe), new Regex("ceasefire", Safe), new Regex("^ceasefire", Safe) };
        Assert.Same(regexes[1], new RegexList(regexes).FirstMatch("Ceasefire holds"));
    }

    [Fact]
    public void A_regex_that_needs_a_literal_is_not_run_on_a_line_without_it_but_others_are()
    {
        var regexes = new[] { new Regex("^join our .{1,20} mailing list$", Safe), new Regex("^[a-z ]{3,30}$", Safe) };
        var list = new RegexList(regexes);
        Assert.Same(regexes[0], list.FirstMatch("Join our weekly mailing list"));
        Assert.Same(regexes[1], list.FirstMatch("join our weekly digest"));
        Assert.Null(list.FirstMatch("Join our weekly mailing list!"));
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
