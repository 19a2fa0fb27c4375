using Sitrep.Core.Events;
using Sitrep.Core.Recognition;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Knowledge;

/// <summary>The cue lists of data/lexicon/cues.json, looked up by the numbers of the shared word table.</summary>
public sealed class CueLexiconTests(BundledKnowledge knowledge) : IClassFixture<BundledKnowledge>
{
    [Fact]
    public void A_prefix_cue_matches_every_word_starting_with_it()
    {
        var planned = knowledge.Kb.Cues["planned"]; // "intend*", "pledg*"
        var text = new AnalyzedText("They intended to stay. He pledges more. They intrude daily.");

        Assert.Equal(1, PhraseMatcher.AnyAt(text, 1, text.Words.Count, planned));
        Assert.Equal(1, PhraseMatcher.AnyAt(text, 5, text.Words.Count, planned));
        Assert.Equal(0, PhraseMatcher.AnyAt(text, 8, text.Words.Count, planned)); // "intrude" shares only the head "int"
    }

    [Fact]
    public void A_phrase_is_matched_word_by_word_from_its_first_word()
    {
        var planned = knowledge.Kb.Cues["planned"]; // "preparing to"
        var text = new AnalyzedText("Troops were preparing to leave, preparing food.");

        Assert.Equal(2, PhraseMatcher.AnyAt(text, 2, text.Words.Count, planned));
        Assert.Equal(0, PhraseMatcher.AnyAt(text, 5, text.Words.Count, planned));
        Assert.Equal(2, PhraseMatcher.FirstIn(text, 0, text.Words.Count, planned));
    }

    [Fact]
    public void Words_are_numbered_once_per_report_and_a_word_no_cue_starts_has_no_number()
    {
        var words = knowledge.Kb.Words;
        var text = new AnalyzedText("intended zzyzx");

        Assert.Same(text.KeyIds(words), text.KeyIds(words));
        Assert.Equal(words.PrefixIdOf("intend"), text.PrefixIds(words)[0]);
        Assert.True(text.PrefixIds(words)[0] >= 0);
        Assert.Equal(-1, text.PrefixIds(words)[1]);
        Assert.Equal(-1, text.KeyIds(words)[1]);
    }
}
