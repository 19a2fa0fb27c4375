using Sitrep.Evaluation;
using Xunit;

namespace Sitrep.Tests.Evaluation;

public class NormalizerTests
{
    // Expected values are what the reference scorer's norm() returns for the same input.
    [Theory]
    [InlineData("The United States", "united states")]
    [InlineData("the  U.S.-led   coalition", "u.s. led coalition")]
    [InlineData("Hay'at Tahrir al-Sham", "hayat tahrir al sham")]
    [InlineData("Jolani\u2019s forces", "jolani forces")]
    [InlineData("Syria's defense ministry", "syria defense ministry")]
    [InlineData("it's's", "it")]
    [InlineData("US'S", "us")]
    [InlineData("T\u00fcrkiye", "turkiye")]
    [InlineData("\u0130stanbul", "istanbul")]
    [InlineData("Ahmed al\u2010Sharaa", "ahmed al sharaa")]
    [InlineData("\u02bfAbd", "abd")]
    [InlineData("\u2018quoted\u2019", "quoted")]
    [InlineData("CJTF-OIR", "cjtf oir")]
    [InlineData("  Press TV | Live  ", "press tv live")]
    [InlineData("\u00abDamascus\u00bb (airport)", "damascus airport")]
    [InlineData("25% of Syria", "25% of syria")]
    [InlineData("the", "the")]
    [InlineData("The The x", "the x")]
    [InlineData("\u039f\u0394\u039f\u03a3", "\u03bf\u03b4\u03bf\u03c2")]
    [InlineData("\ufb01nal \u00bd \u00b2", "final 1 2 2")]
    [InlineData("\u01c5emal", "dzemal")]
    [InlineData("Stra\u00dfe", "stra\u00dfe")]
    [InlineData("a_b\u203fc", "a_b c")]
    [InlineData("\u0928\u092e\u0938\u094d\u0924\u0947", "\u0928\u092e\u0938\u0924")]
    [InlineData("\ud55c\uad6d", "\u1112\u1161\u11ab\u1100\u116e\u11a8")]
    [InlineData("\u216b \u2460", "xii 1")]
    [InlineData("", "")]
    public void NormMatchesReferenceBehaviour(string input, string expected)
    {
        Assert.Equal(expected, Normalizer.Norm(input));
    }

    [Fact]
    public void NormOfNonStringValuesUsesPythonStr()
    {
        Assert.Equal("", Normalizer.Norm(PyValue.Parse("null")));
        Assert.Equal("5", Normalizer.Norm(PyValue.Parse("5")));
        Assert.Equal("2.5", Normalizer.Norm(PyValue.Parse("2.50")));
        Assert.Equal("true", Normalizer.Norm(PyValue.Parse("true")));
        Assert.Equal("a b c", Normalizer.Norm(PyValue.Parse("[\"a b\", \"C's\"]")));
        Assert.Equal("k v", Normalizer.Norm(PyValue.Parse("{\"k\": \"V\"}")));
    }

    [Theory]
    [InlineData("\"corpus/reports/000_x.txt\"", "000_x")]
    [InlineData("\"C:\\\\a\\\\b.tar.gz\"", "b.tar")]
    [InlineData("\"noext\"", "noext")]
    [InlineData("\".hidden\"", "")]
    [InlineData("null", "")]
    public void StemDropsDirectoriesAndLastExtension(string json, string expected)
    {
        Assert.Equal(expected, Normalizer.Stem(PyValue.Parse(json)));
    }

    [Theory]
    [InlineData("damascus international airport", "damascus", true)]
    [InlineData("damascus international airport", "international airport", true)]
    [InlineData("damascusx airport", "damascus", false)]
    [InlineData("damascus", "damascus", true)]
    public void ContainsWordsNeedsWholeWords(string big, string small, bool expected)
    {
        Assert.Equal(expected, Normalizer.ContainsWords(big, small));
    }

    [Theory]
    [InlineData("israeli regime forces", "israeli regime", true)]
    [InlineData("regime", "israeli regime", true)]
    [InlineData("regime", "hts led regime x", false)]
    [InlineData("ab", "ab", false)]
    [InlineData("regime", "regime", true)]
    [InlineData("so called", "", false)]
    public void FramingMatchRules(string predicted, string gold, bool expected)
    {
        Assert.Equal(expected, DocumentScorer.FramingMatch(predicted, gold));
    }
}
