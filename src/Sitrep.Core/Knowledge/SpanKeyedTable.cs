using System.Runtime.CompilerServices;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// A read-only copy of a string-keyed table of numbers, looked up by characters without making a string of them.
/// It does what a dictionary's span lookup does, faster: a dictionary with string keys looks spans up through
/// generic interface calls, which cost more than the hashing itself, and a tokenizer does it for every word.
/// Open addressing, each slot holding an entry's hash beside its index, so most misses never touch a key.
/// </summary>
internal sealed class SpanKeyedTable
{
    private readonly ulong[] _slots;
    private readonly string[] _keys;
    private readonly int[] _values;
    private readonly int _mask;

    public SpanKeyedTable(Dictionary<string, int> source)
    {
        var size = 16;
        while (size < source.Count * 2)
        {
            size *= 2;
        }

        (_slots, _keys, _values, _mask) = (new ulong[size], new string[source.Count], new int[source.Count], size - 1);
        var entry = 0;
        foreach (var (key, value) in source)
        {
            (_keys[entry], _values[entry]) = (key, value);
            var hash = Hash(key);
            var i = (int)hash & _mask;
            while (_slots[i] != 0)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = ((ulong)hash << 32) | (uint)(entry + 1);
            entry++;
        }
    }

    /// <summary>The value of <paramref name="key"/> and the table's own string for it, or false.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out string? actualKey, out int value)
    {
        var hash = Hash(key);
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            var slot = _slots[i];
            if (slot == 0)
            {
                (actualKey, value) = (null, -1);
                return false;
            }

            var entry = (int)(uint)slot - 1;
            if ((uint)(slot >> 32) == hash && _keys[entry].AsSpan().SequenceEqual(key))
            {
                (actualKey, value) = (_keys[entry], _values[entry]);
                return true;
            }
        }
    }

    // FNV-1a over the characters, mixed at the end so that the low bits the slots are picked by depend on all of them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Hash(ReadOnlySpan<char> key)
    {
        var h = 2166136261u;
        foreach (var c in key)
        {
            h = (h ^ c) * 16777619u;
        }

        return h ^ (h >> 15);
    }
}
