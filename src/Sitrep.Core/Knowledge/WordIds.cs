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

    // Looks a word's head up by a slice of the word, without copying the slice into a new string.
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _prefixesBySpan;

    public WordIds() => _prefixesBySpan = _prefixes.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>How many words have a number; numbers run from 0 to Count - 1.</summary>
    public int Count => _ids.Count;

    /// <summary>The number of <paramref name="word"/>, or -1 when no key contains it.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    /// <summary>
    /// The number of the prefix cue head that <paramref name="word"/> starts with: its first <see cref="PrefixLength"/>
    /// letters (the whole word when shorter), or -1 when no prefix cue has that head.
    /// </summary>
    public int PrefixIdOf(string word) =>
        _prefixes.Count > 0 && _prefixesBySpan.TryGetValue(word.AsSpan(0, Math.Min(PrefixLength, word.Length)), out var id) ? id : -1;

    /// <summary>
    /// The number a cue phrase is indexed by: its first word's, or for a prefix ("withdraw*") the number of its head,
    /// up to <see cref="PrefixLength"/> letters before the *; -1 when the table does not number it.
    /// </summary>
    public (int Id, bool Prefix) CueKeyOf(string firstWord) =>
        IsPrefix(firstWord) ? (_prefixes.TryGetValue(HeadOf(firstWord), out var id) ? id : -1, true) : (IdOf(firstWord), false);

    // Only while the knowledge base is compiled: afterwards the table is read by many threads at once.
    internal int Intern(string word) => Intern(_ids, word);

    internal (int Id, bool Prefix) InternCueKey(string firstWord) =>
        IsPrefix(firstWord) ? (Intern(_prefixes, HeadOf(firstWord)), true) : (Intern(_ids, firstWord), false);

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
