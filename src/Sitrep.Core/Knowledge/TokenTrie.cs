namespace Sitrep.Core.Knowledge;

/// <summary>
/// A trie over token keys: all names of the knowledge base compiled into one automaton, walked once
/// from each token position to find the longest name starting there.
/// </summary>
public sealed class TokenTrie<T>
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Next;
        public List<T>? Values;
    }

    private readonly Node _root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> keys, T value)
    {
        if (keys.Count == 0)
        {
            return;
        }

        var node = _root;
        foreach (var key in keys)
        {
            node.Next ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Next.TryGetValue(key, out var child))
            {
                child = new Node();
                node.Next[key] = child;
            }

            node = child;
        }

        node.Values ??= [];
        node.Values.Add(value);
        Count++;
    }

    /// <summary>
    /// Collects every stored path starting at <paramref name="start"/> into <paramref name="into"/> (cleared first),
    /// shortest first; returns how many. Allocates nothing: the caller reuses the list.
    /// </summary>
    public int Matches(string[] keys, int start, List<(int Length, List<T> Values)> into) =>
        Matches(new ArrayKeys(keys), start, into);

    /// <summary>
    /// The same walk over keys that are computed on demand (<see cref="ITokenKeys"/>), so a walk that stops
    /// after two words computes only two keys.
    /// </summary>
    public int Matches<TKeys>(TKeys keys, int start, List<(int Length, List<T> Values)> into)
        where TKeys : struct, ITokenKeys
    {
        into.Clear();
        var node = _root;
        for (var i = 0; i < 16 && start + i < keys.Count; i++)
        {
            if (node.Next is null || !node.Next.TryGetValue(keys.KeyAt(start + i), out var child))
            {
                break;
            }

            node = child;
            if (node.Values is not null)
            {
                into.Add((i + 1, node.Values));
            }
        }

        return into.Count;
    }

    /// <summary>
    /// Walks keys from <paramref name="start"/>; calls <paramref name="accept"/> for every stored path that ends
    /// at a token, longest first, until it returns true. Returns the number of keys in the accepted match, or 0.
    /// </summary>
    public int MatchLongest(int start, int count, Func<int, string?> keyAt, Func<IReadOnlyList<T>, int, bool> accept)
    {
        Span<int> lengths = stackalloc int[16];
        var found = 0;
        var nodes = new Node?[16];
        var node = _root;
        for (var i = 0; i < 16 && start + i < count; i++)
        {
            var key = keyAt(start + i);
            if (key is null || node.Next is null || !node.Next.TryGetValue(key, out var child))
            {
                break;
            }

            node = child;
            if (node.Values is not null)
            {
                nodes[found] = node;
                lengths[found++] = i + 1;
            }
        }

        for (var k = found - 1; k >= 0; k--)
        {
            if (accept(nodes[k]!.Values!, lengths[k]))
            {
                return lengths[k];
            }
        }

        return 0;
    }

    public IReadOnlyList<T>? Lookup(IReadOnlyList<string> keys)
    {
        var node = _root;
        foreach (var key in keys)
        {
            if (node.Next is null || !node.Next.TryGetValue(key, out var child))
            {
                return null;
            }

            node = child;
        }

        return node.Values;
    }
}

/// <summary>The keys of a document's words as a trie walk reads them: how many, and the key of word i.</summary>
public interface ITokenKeys
{
    int Count { get; }

    string KeyAt(int i);
}

/// <summary>Keys already computed for every word.</summary>
public readonly struct ArrayKeys(string[] keys) : ITokenKeys
{
    public int Count => keys.Length;

    public string KeyAt(int i) => keys[i];
}
