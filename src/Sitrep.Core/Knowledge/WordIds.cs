namespace Sitrep.Core.Knowledge;

/// <summary>
/// Numbers every word that a key of the knowledge base's automata or the first word of a cue phrase contains, and,
/// apart, the heads of prefix cues ("wit" of "withdraw*"). A report's words are looked up here once each, and the
/// automata and cue lexicons are then walked with the numbers: hashing a number is cheaper than hashing the word
/// again for every automaton and every cue list. A word no key contains has no number (-1) and ends every walk at once.
/// </summary>
public sealed class WordIds
{
    /// <summary>How many letters of a word a prefix cue is indexed by.</summary>
    public const int PrefixLength = 3;

    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _prefixes = new(StringComparer.Ordinal);

    // Words and heads looked up by their characters, built when first read after the last word was numbered. Two
    // threads may build one at the same time; both build the same table, and either may be kept.
    private SpanKeyedTable? _idsBySpan;
    private SpanKeyedTable? _prefixesBySpan;
    private int[]? _asciiPrefixes;

    private SpanKeyedTable IdsBySpan => _idsBySpan ??= new SpanKeyedTable(_ids);

    private SpanKeyedTable PrefixesBySpan => _prefixesBySpan ??= new SpanKeyedTable(_prefixes);

    // Heads of lower-case ASCII letters, nearly all of them, index an array directly: 27 values a letter (0: none).
    private int[] AsciiPrefixes => _asciiPrefixes ??= IndexAsciiPrefixes(_prefixes);

    /// <summary>How many words have a number; numbers run from 0 to Count - 1.</summary>
    public int Count => _ids.Count;

    /// <summary>The number of <paramref name="word"/>, or -1 when no key contains it.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>
    /// The number of the folded word <paramref name="word"/>, and in <paramref name="key"/> the table's own string for it,
    /// which a tokenizer can keep instead of a copy; -1 and null when no key contains it.
    /// </summary>
    public int IdOf(ReadOnlySpan<char> word, out string? key)
    {
        IdsBySpan.TryGetValue(word, out key, out var id);
        return id;
    }

    /// <summary>
    /// The number of the prefix cue head that <paramref name="word"/> starts with: its first <see cref="PrefixLength"/>
    /// letters (the whole word when shorter), or -1 when no prefix cue has that head.
    /// </summary>
    public int PrefixIdOf(ReadOnlySpan<char> word)
    {
        if (_prefixes.Count == 0)
        {
            return -1;
        }

        var head = word[..Math.Min(PrefixLength, word.Length)];
        if (AsciiHeadIndex(head) is var index and >= 0)
        {
            return AsciiPrefixes[index];
        }

        return PrefixesBySpan.TryGetValue(head, out _, out var id) ? id : -1;
    }

    // The array index of a head of up to three lower-case ASCII letters, or -1 for any other head.
    private static int AsciiHeadIndex(ReadOnlySpan<char> head)
    {
        var index = 0;
        for (var i = 0; i < PrefixLength; i++)
        {
            var letter = 0;
            if (i < head.Length)
            {
                if (head[i] is < 'a' or > 'z')
                {
                    return -1;
                }

                letter = head[i] - 'a' + 1;
            }

            index = index * 27 + letter;
        }

        return index;
    }

    private static int[] IndexAsciiPrefixes(Dictionary<string, int> prefixes)
    {
        var index = new int[27 * 27 * 27];
        Array.Fill(index, -1);
        foreach (var (head, id) in prefixes)
        {
            if (AsciiHeadIndex(head) is var i and >= 0)
            {
                index[i] = id;
            }
        }

        return index;
    }

    /// <summary>
    /// The number a cue phrase is indexed by: its first word's, or for a prefix ("withdraw*") the number of its head,
    /// up to <see cref="PrefixLength"/> letters before the *; -1 when the table does not number it.
    /// </summary>
    public (int Id, bool Prefix) CueKeyOf(string firstWord) =>
        IsPrefix(firstWord) ? (_prefixes.TryGetValue(HeadOf(firstWord), out var id) ? id : -1, true) : (IdOf(firstWord), false);

    // Only while the knowledge base is compiled: afterwards the table is read by many threads at once.
    internal int Intern(string word)
    {
        _idsBySpan = null;
        return Intern(_ids, word);
    }

    internal (int Id, bool Prefix) InternCueKey(string firstWord)
    {
        (_idsBySpan, _prefixesBySpan, _asciiPrefixes) = (null, null, null);
        return IsPrefix(firstWord) ? (Intern(_prefixes, HeadOf(firstWord)), true) : (Intern(_ids, firstWord), false);
    }

    private static bool IsPrefix(string cueWord) => cueWord.EndsWith('*');

    private static string HeadOf(string prefixCue) => prefixCue[..Math.Min(PrefixLength, prefixCue.Length - 1)];

    private static int Intern(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out var id))
        {
            ids[key] = id = ids.Count;
        }

        return id;
    }
}
