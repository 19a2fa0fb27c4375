namespace Sitrep.Core.Knowledge;

/// <summary>
/// A trie over token keys: all names of the knowledge base compiled into one automaton, walked once
/// from each token position to find the longest name starting there. Keys are stored as the numbers
/// of a <see cref="WordIds"/> table shared by the automata, so a report's words are hashed once, not once per walk.
/// </summary>
public sealed class TokenTrie<T>
{
    private const int LongestKey = 16;

    private sealed class Node
    {
        public Dictionary<int, Node>? Next;
        public List<T>? Values;
    }

    // The first level by word number: most walks end here, on a word that starts no key.
    private Node?[] _roots = [];

    public TokenTrie(WordIds words) => Words = words;

    /// <summary>The table that numbers the keys' words.</summary>
    public WordIds Words { get; }

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var first = Words.Intern(keys[0]);
        if (first >= _roots.Length)
        {
            Array.Resize(ref _roots, Math.Max(first + 1, _roots.Length * 2));
        }

        var node = _roots[first] ??= new Node();
        for (var k = 1; k < keys.Count; k++)
        {
            var id = Words.Intern(keys[k]);
            node.Next ??= [];
            if (!node.Next.TryGetValue(id, out var child))
            {
                node.Next[id] = child = new Node();
            }

            node = child;
        }

        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    private Node? Root(int id) => (uint)id < (uint)_roots.Length ? _roots[id] : null;

    private static Node? Child(Node node, int id) =>
        id >= 0 && node.Next is not null && node.Next.TryGetValue(id, out var child) ? child : null;

    /// <summary>
    /// Collects every stored path starting at <paramref name="start"/> into <paramref name="into"/> (cleared first),
    /// shortest first; returns how many. Allocates nothing: the caller reuses the list.
    /// </summary>
    public int Matches(int[] ids, int start, List<(int Length, List<T> Values)> into) =>
        Matches(new ArrayKeys(ids), start, into);

    /// <summary>
    /// The same walk over word numbers that are computed on demand (<see cref="ITokenKeys"/>), so a walk that stops
    /// after two words computes only two.
    /// </summary>
    public int Matches<TKeys>(TKeys keys, int start, List<(int Length, List<T> Values)> into)
        where TKeys : struct, ITokenKeys
    {
        if (into.Count > 0)
        {
            into.Clear(); // a call even when empty, and most walks find nothing
        }

        if (start >= keys.Count)
        {
            return 0;
        }

        var node = Root(keys.IdAt(start));
        for (var i = 1; node is not null; i++)
        {
            if (node.Values is not null)
            {
                into.Add((i, node.Values));
            }

            if (i == LongestKey || start + i >= keys.Count)
            {
                break;
            }

            node = Child(node, keys.IdAt(start + i));
        }

        return into.Count;
    }

    public IReadOnlyList<T>? Lookup(IReadOnlyList<string> keys)
    {
        if (keys.Count == 0)
        {
            return null;
        }

        var node = Root(Words.IdOf(keys[0]));
        for (var k = 1; k < keys.Count && node is not null; k++)
        {
            node = Child(node, Words.IdOf(keys[k]));
        }

        return node?.Values;
    }
}

/// <summary>The numbers of a document's words as a trie walk reads them: how many, and the number of word i.</summary>
public interface ITokenKeys
{
    int Count { get; }

    int IdAt(int i);
}

/// <summary>Numbers already looked up for every word.</summary>
public readonly struct ArrayKeys(int[] ids) : ITokenKeys
{
    public int Count => ids.Length;

    public int IdAt(int i) => ids[i];
}
