using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class SentenceSplitterTests
{
    private static string[] Split(string text) =>
        SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();

    // Expected sentences are separated by " | " in the second column.
    [Theory]
    [InlineData("Gen. Hassan inspected the front. He left at noon.", "Gen. Hassan inspected the front. | He left at noon.")]
    [InlineData("Lt. Col. Omar briefed reporters. Nobody asked questions.", "Lt. Col. Omar briefed reporters. | Nobody asked questions.")]
    [InlineData("U.S. troops left the airfield. The convoy headed east.", "U.S. troops left the airfield. | The convoy headed east.")]
    [InlineData("The envoy flew back to the U.S. It was his third trip.", "The envoy flew back to the U.S. | It was his third trip.")]
    [InlineData("Officials said Donald J. Trump would call. No date was set.", "Officials said Donald J. Trump would call. | No date was set.")]
    [InlineData("Prices rose 2.5 percent. Bread ran short.", "Prices rose 2.5 percent. | Bread ran short.")]
    [InlineData("\"We are staying,\" the commander said. Others disagreed.", "\"We are staying,\" the commander said. | Others disagreed.")]
    [InlineData("He said: \"The road is open.\" Trucks moved in.", "He said: \"The road is open.\" | Trucks moved in.")]
    [InlineData("Was the base empty? Nobody knew. Then it burned!", "Was the base empty? | Nobody knew. | Then it burned!")]
    [InlineData("The talks ended on Nov. 12 without a deal.", "The talks ended on Nov. 12 without a deal.")]
    public void Splits_at_sentence_ends_but_not_after_abbreviations_initials_or_decimals(string text, string expected)
    {
        Assert.Equal(expected.Split(" | "), Split(text));
    }

    [Fact]
    public void Line_break_always_ends_a_sentence()
    {
        Assert.Equal(["Heading without a stop", "The first sentence follows."], Split("Heading without a stop\nThe first sentence follows."));
    }

    [Fact]
    public void Lower_case_after_a_period_does_not_start_a_sentence()
    {
        Assert.Single(Split("The unit withdrew approx. three kilometres to the south."));
    }

    [Fact]
    public void Spans_are_trimmed_and_skip_blank_lines()
    {
        const string text = "  First one.  \n\n   Second one.   ";
        var spans = SentenceSplitter.Split(text);

        Assert.Equal(["First one.", "Second one."], spans.Select(s => text[s.Start..s.End]));
        Assert.All(spans, s => Assert.False(char.IsWhiteSpace(text[s.Start]) || char.IsWhiteSpace(text[s.End - 1])));
    }

    [Fact]
    public void Empty_or_blank_text_has_no_sentences()
    {
        Assert.Empty(SentenceSplitter.Split(""));
        Assert.Empty(SentenceSplitter.Split(" \n \t "));
    }

    [Fact]
    public void Emphasis_and_numbered_source_notes_close_the_sentence_before_them()
    {
        Assert.Equal(
            ["**The brigade left the valley on Friday.**[3]", "The ministry said the move was planned.[4][5]", "Patrols resumed."],
            Split("**The brigade left the valley on Friday.**[3] The ministry said the move was planned.[4][5] Patrols resumed."));
    }

    [Fact]
    public void A_bracketed_word_after_a_period_is_no_source_note()
    {
        Assert.Single(Split("The unit withdrew approx. [sic] three kilometres."));
    }
}
