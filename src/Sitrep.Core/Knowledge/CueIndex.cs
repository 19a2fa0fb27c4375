namespace Sitrep.Core.Knowledge;

/// <summary>
/// Cue phrases indexed by the number of their first word in a <see cref="WordIds"/> table: an exact word by its
/// number, a prefix ("withdraw*") by the number of its head. Looking a position up indexes two arrays with the
/// numbers the report's words were given once, instead of hashing the word for every cue list.
/// </summary>
public sealed class CueIndex<T>
{
    private List<T>?[] _byWord = [];
    private List<T>?[] _byPrefix = [];

    /// <summary>Whether any cue is a prefix.</summary>
    public bool HasPrefixes { get; private set; }

    /// <summary>Files <paramref name="value"/> under its key (<see cref="WordIds.CueKeyOf"/>).</summary>
    public void Add((int Id, bool Prefix) key, T value)
    {
        var (id, prefix) = key;
        ArgumentOutOfRangeException.ThrowIfNegative(id);
        ref var index = ref prefix ? ref _byPrefix : ref _byWord;
        if (id >= index.Length)
        {
            Array.Resize(ref index, id + 1);
        }

        (index[id] ??= []).Add(value);
        HasPrefixes |= prefix;
    }

    /// <summary>The cues whose first word is the word numbered <paramref name="wordId"/>, or null.</summary>
    public List<T>? Exact(int wordId) => (uint)wordId < (uint)_byWord.Length ? _byWord[wordId] : null;

    /// <summary>The prefix cues whose head is numbered <paramref name="prefixId"/>, or null.</summary>
    public List<T>? Prefixed(int prefixId) => (uint)prefixId < (uint)_byPrefix.Length ? _byPrefix[prefixId] : null;
}
