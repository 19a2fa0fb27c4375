using System.Collections.Frozen;

namespace Sitrep.Core.Text;

/// <summary>
/// A fixed set of words compared ordinally: the small word lists that the stages test words against one by one.
/// Most words tested are in no list, so a <see cref="WordFilter"/> turns them away before the frozen set hashes the
/// whole word. A word the filter lets through is looked up in the set, so the answer is always the set's.
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string> _words;
    private readonly WordFilter _filter;

    private WordSet(ReadOnlySpan<string> words)
    {
        _words = FrozenSet.Create(StringComparer.Ordinal, words);
        _filter = new WordFilter(_words);
    }

    /// <summary>The set of <paramref name="words"/> (duplicates allowed).</summary>
    public static WordSet Create(ReadOnlySpan<string> words) => new(words);

    public bool Contains(string word) => _filter.MayContain(word) && _words.Contains(word);
}
