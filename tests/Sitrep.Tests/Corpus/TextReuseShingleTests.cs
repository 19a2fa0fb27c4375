using Sitrep.Core.Corpus;
using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Tests.Corpus;

/// <summary>
/// A report's shingles are the hashes of every run of eight folded words as the tokenizer reads them: possessives,
/// dotted abbreviations, numbers with letters, hyphens and diacritics split and fold as in the tokens.
/// </summary>
public sealed class TextReuseShingleTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Too few words to make a run.")]
    [InlineData("The U.S. envoy's visit to Hay'at Tahrir al-Sham's 4th brigade in Suwaydā on 12,500.75 T4 days, “quoted” — said Ḥasan.")]
    [InlineData("Le président a dit: « Nous allons à Damas » et l'armée l’a suivi; 한국어 문장 다섯 여섯 일곱 여덟 아홉 열.")]
    [InlineData("x's5 y's z'Z ab'c A.B.C.D. at 3.4.5 and 10th of the 2024-11-14 report, with twelve more words after it.")]
    public void Shingles_hash_the_folded_words_of_the_tokens(string body)
    {
        Assert.Equal(Reference(body), TextReuse.Shingles(body));
    }

    [Fact]
    public void A_long_body_gives_one_shingle_per_distinct_run()
    {
        var body = string.Join(' ', Enumerable.Range(0, 5000).Select(i => "word" + (i % 50)));

        Assert.Equal(Reference(body), TextReuse.Shingles(body));
        Assert.Equal(50, TextReuse.Shingles(body).Count);
    }

    // The definition: the tokens' folded forms, eight at a time, each followed by a space, hashed with FNV-1a.
    private static HashSet<ulong> Reference(string body)
    {
        var words = Tokenizer.Tokenize(body).Where(t => t.Kind != TokenKind.Punct).Select(t => t.Norm).ToList();
        var set = new HashSet<ulong>();
        for (var i = 0; i + TextReuse.ShingleWords <= words.Count; i++)
        {
            var h = 14695981039346656037UL;
            foreach (var c in string.Concat(words.Skip(i).Take(TextReuse.ShingleWords).Select(w => w + " ")))
            {
                h = (h ^ c) * 1099511628211UL;
            }

            set.Add(h);
        }

        return set;
    }
}
