namespace Sitrep.Core.Knowledge;

/// <summary>
/// Numbers every word that a key of the knowledge base's automata contains. A report's words are looked up here
/// once each, and the automata are then walked with the numbers: hashing a number is cheaper than hashing the word
/// again for every automaton. A word no key contains has no number (-1) and ends every walk at once.
/// </summary>
public sealed class WordIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    /// <summary>How many words have a number; numbers run from 0 to Count - 1.</summary>
    public int Count => _ids.Count;

    /// <summary>The number of <paramref name="word"/>, or -1 when no key contains it.</summary>
    public int IdOf(string word) => _ids.TryGetValue(word, out var id) ? id : -1;

    // Only while the knowledge base is compiled: afterwards the table is read by many threads at once.
    internal int Intern(string word)
    {
        if (!_ids.TryGetValue(word, out var id))
        {
            _ids[word] = id = _ids.Count;
        }

        return id;
    }
}
