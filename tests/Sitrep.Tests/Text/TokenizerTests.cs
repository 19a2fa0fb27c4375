using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class TokenizerTests
{
    private static string Surface(string text, Token t) => text[t.Start..t.End];

    private static List<string> Surfaces(string text) => Tokenizer.Tokenize(text).Select(t => Surface(text, t)).ToList();

    [Fact]
    public void Hyphen_splits_a_joined_article_from_the_name_and_flags_the_article()
    {
        const string text = "fighters of Tahrir al-Sham";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["fighters", "of", "Tahrir", "al", "-", "Sham"], tokens.Select(t => Surface(text, t)));
        var article = tokens.Single(t => t.Norm == "al");
        Assert.True(article.Article);
        Assert.Equal(TokenKind.Punct, tokens.Single(t => Surface(text, t) == "-").Kind);
        Assert.False(tokens.Single(t => t.Norm == "sham").Article);
    }

    [Fact]
    public void Hyphen_splits_ordinary_compounds_without_marking_an_article()
    {
        const string text = "pro-government militias";
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(["pro", "-", "government", "militias"], tokens.Select(t => Surface(text, t)));
        Assert.DoesNotContain(tokens, t => t.Article);
    }

    [Theory]
    [InlineData("Hay'at", "hayat")]
    [InlineData("Dara\u2019a", "daraa")]
    [InlineData("Ma'arrat", "maarrat")]
    public void Apostrophe_inside_a_word_stays_in_the_span_but_not_in_the_norm(string word, string norm)
    {
        var text = $"near {word} today";
        var token = Tokenizer.Tokenize(text)[1];

        Assert.Equal(word, Surface(text, token));
        Assert.Equal(norm, token.Norm);
        Assert.Equal(TokenKind.Word, token.Kind);
    }

    [Theory]
    [InlineData("Syria's army withdrew", "Syria")]
    [InlineData("Assad\u2019s forces withdrew", "Assad")]
    public void Possessive_s_is_flagged_and_left_out_of_the_token(string text, string owner)
    {
        var tokens = Tokenizer.Tokenize(text);

        Assert.Equal(owner, Surface(text, tokens[0]));
        Assert.True(tokens[0].Possessive);
        Assert.False(tokens[1].Possessive);
        Assert.DoesNotContain(tokens, t => t.Norm == "s");
        Assert.Equal(3, tokens.Count);
    }

    [Fact]
    public void Word_ending_in_s_without_an_apostrophe_is_not_possessive()
    {
        var tokens = Tokenizer.Tokenize("the Kurds stayed");

        Assert.DoesNotContain(tokens, t => t.Possessive);
    }

    [Theory]
    [InlineData("U.S. troops left", "U.S.")]
    [InlineData("the U.N. envoy said", "U.N.")]
    [InlineData("U.K. officials", "U.K.")]
    public void Dotted_abbreviation_is_one_token(string text, string abbreviation)
    {
        var surfaces = Surfaces(text);

        Assert.Contains(abbreviation, surfaces);
        Assert.DoesNotContain(".", surfaces);
    }

    [Theory]
    [InlineData("about 12,000 troops", "12,000")]
    [InlineData("some 1,250,000 people", "1,250,000")]
    [InlineData("a 2.5 percent rise", "2.5")]
    public void Number_with_separators_is_one_number_token(string text, string number)
    {
        var token = Tokenizer.Tokenize(text).Single(t => t.Kind == TokenKind.Number);

        Assert.Equal(number, Surface(text, token));
        Assert.Equal(number, token.Norm);
    }

    [Fact]
    public void Comma_after_a_number_is_punctuation_not_part_of_the_number()
    {
        const string text = "killed 12, wounded 30";
        var surfaces = Surfaces(text);

        Assert.Equal(["killed", "12", ",", "wounded", "30"], surfaces);
    }

    [Fact]
    public void Capitalisation_flags_follow_the_surface()
    {
        var tokens = Tokenizer.Tokenize("SOHR said Damascus");

        Assert.True(tokens[0].AllCaps);
        Assert.True(tokens[0].Capitalized);
        Assert.False(tokens[1].Capitalized);
        Assert.True(tokens[2].Capitalized);
        Assert.False(tokens[2].AllCaps);
    }

    [Fact]
    public void Tokenize_respects_the_requested_range()
    {
        const string text = "Alpha Bravo Charlie Delta";
        var tokens = Tokenizer.Tokenize(text, 6, 19);

        Assert.Equal(["Bravo", "Charlie"], tokens.Select(t => Surface(text, t)));
    }
}
