namespace Sitrep.Evaluation;

/// <summary>The alias table (aliases.json): <c>{ KEY: { "type": ..., "names": [...] } }</c>.</summary>
internal sealed class AliasTable
{
    private readonly PyValue _table;
    private readonly Dictionary<string, HashSet<string>> _byKey = new(StringComparer.Ordinal);
    private List<HashSet<string>>? _entries;

    public AliasTable(PyValue table)
    {
        if (!table.IsDict)
        {
            throw new InvalidDataException("The alias table must be a JSON object.");
        }
        _table = table;
    }

    public static AliasTable Load(string path) => new(PyValue.Parse(GoldDocument.ReadUtf8(path)));

    /// <summary>Normalised names of the given keys (<c>key_names</c>).</summary>
    public HashSet<string> KeyNames(PyValue? keys)
    {
        var output = new HashSet<string>(StringComparer.Ordinal);
        foreach (var k in PyOps.IterateOrEmpty(keys))
        {
            if (k.Kind is PyKind.List or PyKind.Dict)
            {
                throw new InvalidDataException("An alias key must be a string.");
            }
            if (k.Kind == PyKind.Str)
            {
                output.UnionWith(NamesOfKey(k.Str));
            }
        }
        output.Remove("");
        return output;
    }

    /// <summary>Normalised names of one key.</summary>
    public HashSet<string> KeyNames(string key)
    {
        var output = new HashSet<string>(NamesOfKey(key), StringComparer.Ordinal);
        output.Remove("");
        return output;
    }

    /// <summary>
    /// A gold outlet list widened by the alias table (<c>meta_names</c>): in table order, every entry that
    /// shares a name with the list so far adds all its names.
    /// </summary>
    public HashSet<string> MetaNames(PyValue names)
    {
        var want = PyOps.Iterate(names).Select(Normalizer.Norm).ToHashSet(StringComparer.Ordinal);
        _entries ??= _table.Dict.Values.Select(EntryNames).ToList();
        foreach (var ns in _entries)
        {
            if (ns.Overlaps(want))
            {
                want.UnionWith(ns);
            }
        }
        return want;
    }

    private HashSet<string> NamesOfKey(string key)
    {
        if (!_byKey.TryGetValue(key, out var names))
        {
            names = _table.Dict.TryGetValue(key, out var entry) ? EntryNames(entry) : [];
            _byKey[key] = names;
        }
        return names;
    }

    private static HashSet<string> EntryNames(PyValue entry)
    {
        if (!entry.IsDict)
        {
            throw new InvalidDataException("An alias entry must be a JSON object.");
        }
        var names = entry.Get("names");
        return (names is null ? [] : PyOps.Iterate(names)).Select(Normalizer.Norm).ToHashSet(StringComparer.Ordinal);
    }
}
