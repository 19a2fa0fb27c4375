namespace Sitrep.Core.Knowledge;

/// <summary>Named lists of cue phrases (modality, hedges, reporting verbs...) from data/lexicon/cues.json.</summary>
public sealed class CueLexicon
{
    private readonly Dictionary<string, IReadOnlyList<string[]>> _lists;

    public CueLexicon(Dictionary<string, IReadOnlyList<string[]>> lists) => _lists = lists;

    public IReadOnlyList<string[]> this[string name] => _lists.TryGetValue(name, out var l) ? l : [];

    public IEnumerable<string> Names => _lists.Keys;
}
