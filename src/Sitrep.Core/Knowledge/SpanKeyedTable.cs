using System.Runtime.CompilerServices;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// A read-only copy of a string-keyed table of numbers, looked up by characters without making a string of them.
/// It does what a dictionary's span lookup does, faster: a dictionary with string keys looks spans up through
/// generic interface calls, which cost more than the hashing itself, and a tokenizer does it for every word.
/// Open addressing, each slot holding an entry's hash beside its key and value, so most misses never touch a key.
/// </summary>
internal sealed class SpanKeyedTable
{
    // Key, hash and value side by side: a hit reads the slot and the key's characters, two places in memory, where
    // separate arrays of keys and values made it four. The table is large and its words scattered, so each is a cache miss.
    private readonly Slot[] _slots;
    private readonly int _mask;

    public SpanKeyedTable(Dictionary<string, int> source)
    {
        var size = 16;
        while (size < source.Count * 2)
        {
            size *= 2;
        }

        (_slots, _mask) = (new Slot[size], size - 1);
        foreach (var (key, value) in source)
        {
            var hash = Hash(key);
            var i = (int)hash & _mask;
            while (_slots[i].Key is not null)
            {
                i = (i + 1) & _mask;
            }

            _slots[i] = new Slot(key, hash, value);
        }
    }

    /// <summary>The value of <paramref name="key"/> and the table's own string for it, or false.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, out string? actualKey, out int value)
    {
        var hash = Hash(key);
        var slots = _slots;
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            ref readonly var slot = ref slots[i];
            if (slot.Key is not { } candidate)
            {
                (actualKey, value) = (null, -1);
                return false;
            }

            if (slot.Hash == hash && candidate.AsSpan().SequenceEqual(key))
            {
                (actualKey, value) = (candidate, slot.Value);
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

    // An empty slot has no key.
    private readonly record struct Slot(string? Key, uint Hash, int Value);
}
