using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Recognition;

/// <summary>
/// The body with its tokens and sentences. <see cref="Words"/> holds the word and number tokens (punctuation
/// and joined Arabic articles left out) that name matching runs over; <see cref="Tokens"/> keeps everything.
/// </summary>
public sealed class AnalyzedText
{
    /// <param name="body">The text.</param>
    /// <param name="table">The word table to number words in while tokenizing (<see cref="KeyIds"/> then only copies the numbers).</param>
    public AnalyzedText(string body, WordIds? table = null)
    {
        Body = body;
        Tokens = Tokenizer.Tokenize(body, table);
        _tokenTable = table;
        // Counted first, so that the word list and the span starts are made at their size, not grown and copied.
        var wordCount = 0;
        foreach (var t in Tokens)
        {
            wordCount += t.Kind != TokenKind.Punct && !t.Article ? 1 : 0;
        }

        Words = new List<Token>(wordCount);
        SpanStart = new int[wordCount];
        var articleStart = -1;
        foreach (var t in Tokens)
        {
            if (t.Kind == TokenKind.Punct)
            {
                continue;
            }

            if (t.Article)
            {
                articleStart = t.Start;
                continue;
            }

            SpanStart[Words.Count] = articleStart >= 0 ? articleStart : t.Start;
            Words.Add(t);
            articleStart = -1;
        }

        Sentences = SentenceSplitter.Split(body);
        SentenceOfWord = new int[Words.Count];
        var s = 0;
        for (var i = 0; i < Words.Count; i++)
        {
            while (s < Sentences.Count - 1 && Words[i].Start >= Sentences[s].End)
            {
                s++;
            }

            SentenceOfWord[i] = s;
        }

        _ranges = new (int, int)[Sentences.Count];
        for (var i = Words.Count - 1; i >= 0; i--)
        {
            var k = SentenceOfWord[i];
            _ranges[k] = (i, _ranges[k].To == 0 ? i + 1 : _ranges[k].To);
        }
    }

    private readonly (int From, int To)[] _ranges;

    // The table the tokenizer numbered the words in, if any.
    private readonly WordIds? _tokenTable;

    public string Body { get; }

    public List<Token> Tokens { get; }

    public List<Token> Words { get; }

    /// <summary>The folded form of every word, the keys the name automata are walked with.</summary>
    public string[] Keys => _keys ??= Words.Select(w => w.Norm).ToArray();

    private string[]? _keys;

    /// <summary>The number of every word's key in the automata's table (-1: no key has the word), looked up once.</summary>
    /// <remarks>Asked for at nearly every word by every cue list and automaton: the cached answer is returned by a
    /// method small enough to be inlined, the rare first call fills it.</remarks>
    public int[] KeyIds(WordIds table) => _keyIdsTable == table && _keyIds is not null ? _keyIds : FillKeyIds(table);

    private int[] FillKeyIds(WordIds table)
    {
        var ids = Numbered(table, prefixes: false);
        (_keyIds, _keyIdsTable) = (ids, table);
        return ids;
    }

    private int[]? _keyIds;
    private WordIds? _keyIdsTable;

    /// <summary>The number of every word's prefix cue head in the table (-1: no prefix cue starts so), looked up once.</summary>
    public int[] PrefixIds(WordIds table) => _prefixIdsTable == table && _prefixIds is not null ? _prefixIds : FillPrefixIds(table);

    private int[] FillPrefixIds(WordIds table)
    {
        var ids = Numbered(table, prefixes: true);
        (_prefixIds, _prefixIdsTable) = (ids, table);
        return ids;
    }

    // Every word's number (or its prefix head's) in the table: copied from the tokens when they were numbered in it.
    private int[] Numbered(WordIds table, bool prefixes)
    {
        var ids = new int[Words.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            var w = Words[i];
            ids[i] = table == _tokenTable ? (prefixes ? w.PrefixId : w.Id) : prefixes ? table.PrefixIdOf(w.Norm) : table.IdOf(w.Norm);
        }

        return ids;
    }

    private int[]? _prefixIds;
    private WordIds? _prefixIdsTable;

    /// <summary>The transliteration skeleton of every word, each computed once when first needed.</summary>
    public SkeletonKeys SkeletonKeys(WordIds table) => new(this, table);

    // Only words where a skeleton walk starts or passes need one: a few capitalised words per sentence.
    private string?[]? _skeletons;

    internal string SkeletonAt(int i)
    {
        _skeletons ??= new string?[Words.Count];
        return _skeletons[i] ??= Text.NameFolding.Skeleton(Words[i].Norm);
    }

    /// <summary>Where a word's span starts, including a joined article before it ("al-" of "al-Sham").</summary>
    public int[] SpanStart { get; }

    public List<TextSpan> Sentences { get; }

    public int[] SentenceOfWord { get; }

    /// <summary>Index of the first word starting at or after character <paramref name="offset"/>, or -1.</summary>
    public int WordAt(int offset)
    {
        int lo = 0, hi = Words.Count;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (Words[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo < Words.Count ? lo : -1;
    }

    public bool IsSentenceStart(int word) => word == 0 || SentenceOfWord[word - 1] != SentenceOfWord[word];

    /// <summary>Whether the word is written with a joined article before it ("al-Jawlan"): its span starts earlier.</summary>
    public bool HasArticle(int word) => SpanStart[word] != Words[word].Start;

    /// <summary>The range of word indexes [from, to) inside sentence <paramref name="s"/>.</summary>
    public (int From, int To) WordRange(int s) => _ranges[s];
}

/// <summary>The skeleton keys of a document's words, computed on demand (see <see cref="AnalyzedText.SkeletonKeys"/>).</summary>
public readonly struct SkeletonKeys(AnalyzedText text, WordIds table) : ITokenKeys
{
    public int Count => text.Words.Count;

    public int IdAt(int i) => table.IdOf(text.SkeletonAt(i));

    public string this[int i] => text.SkeletonAt(i);
}
