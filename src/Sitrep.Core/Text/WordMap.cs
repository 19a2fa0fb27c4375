using System.Collections.Frozen;

namespace Sitrep.Core.Text;

/// <summary>
/// A fixed map from words (compared ordinally) to numbers, asked for every word of a text: a <see cref="WordFilter"/>
/// turns most words away before the frozen dictionary hashes them, as in <see cref="WordSet"/>.
/// </summary>
public sealed class WordMap
{
    private readonly FrozenDictionary<string, int> _values;
    private readonly WordFilter _filter;

    public WordMap(IDictionary<string, int> values)
    {
        _values = values.ToFrozenDictionary(StringComparer.Ordinal);
        _filter = new WordFilter(_values.Keys);
    }

    /// <summary>The words of the map.</summary>
    public IEnumerable<string> Keys => _values.Keys;

    public bool TryGetValue(string word, out int value)
    {
        if (_filter.MayContain(word))
        {
            return _values.TryGetValue(word, out value);
        }

        value = 0;
        return false;
    }
}
