namespace Sitrep.Core.Knowledge;

/// <summary>Named lists of cue phrases (modality, hedges, reporting verbs...) from data/lexicon/cues.json.</summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, PhraseSet> _lists;

    /// <summary>Indexes every list by the numbers of <paramref name="table"/>: only while the knowledge base is compiled.</summary>
    internal CueLexicon(Dictionary<string, IReadOnlyList<string[]>> lists, WordIds table) =>
        _lists = lists.ToDictionary(l => l.Key, l => new PhraseSet(l.Value, table), StringComparer.Ordinal);

    public IReadOnlyList<string[]> this[string name] => _lists.TryGetValue(name, out var l) ? l : [];

    public IEnumerable<string> Names => _lists.Keys;
}
