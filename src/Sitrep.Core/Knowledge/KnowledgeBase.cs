using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

/// <summary>
/// The loaded knowledge base: entities, their names compiled into one token automaton (plus a skeleton
/// automaton for unseen transliterations), and the lexicons. Immutable once built; shared by all threads.
/// </summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, KbEntity> _byId;
    private readonly Dictionary<string, KbEntity> _outletsByDomain;
    private readonly Dictionary<string, KbEntity> _countriesByIso = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, HashSet<string>> _personNameWords;

    internal KnowledgeBase(
        Dictionary<string, KbEntity> byId,
        TokenTrie<NameEntry> names,
        TokenTrie<NameEntry> skeletons,
        TokenTrie<FramingEntry> framing,
        Dictionary<string, KbEntity> outletsByDomain,
        FurnitureRules furniture,
        IReadOnlyList<EventRule> eventRules,
        CueLexicon cues,
        IReadOnlySet<string> commonWords,
        Dictionary<string, HashSet<string>> personNameWords)
    {
        _byId = byId;
        _personNameWords = personNameWords;
        foreach (var e in byId.Values.Where(e => e.Type == EntityType.Country && e.Country is not null))
        {
            _countriesByIso.TryAdd(e.Country!, e);
        }

        Names = names;
        Skeletons = skeletons;
        Framing = framing;
        _outletsByDomain = outletsByDomain;
        Furniture = furniture;
        EventRules = eventRules;
        Cues = cues;
        CommonWords = commonWords;
    }

    /// <summary>The numbering of the words of the automata and of the cues' first words, shared by all of them.</summary>
    public WordIds Words => Names.Words;

    public TokenTrie<NameEntry> Names { get; }

    public TokenTrie<NameEntry> Skeletons { get; }

    public TokenTrie<FramingEntry> Framing { get; }

    public FurnitureRules Furniture { get; }

    public IReadOnlyList<EventRule> EventRules { get; }

    public CueLexicon Cues { get; }

    /// <summary>Lower-case English words that are also place names; such a name needs more than one capital to count.</summary>
    public IReadOnlySet<string> CommonWords { get; }

    public IEnumerable<KbEntity> Entities => _byId.Values;

    /// <summary>Whether a folded word belongs to one of a person's listed names ("khalifa" for Khalifa Haftar).</summary>
    public bool IsNameWordOf(string personId, string folded) => _personNameWords.TryGetValue(personId, out var words) && words.Contains(folded);

    public KbEntity? Get(string? id) => id is not null && _byId.TryGetValue(id, out var e) ? e : null;

    /// <summary>The country entity with this ISO alpha-2 code.</summary>
    public KbEntity? CountryByIso(string? iso2) =>
        iso2 is not null && _countriesByIso.TryGetValue(iso2, out var country) ? country : null;

    public KbEntity? OutletByDomain(string host)
    {
        var h = host.ToLowerInvariant().TrimEnd('.');
        while (h.Length > 0)
        {
            if (_outletsByDomain.TryGetValue(h, out var e))
            {
                return e;
            }

            var dot = h.IndexOf('.');
            if (dot < 0)
            {
                break;
            }

            h = h[(dot + 1)..];
        }

        return null;
    }

    /// <summary>Finds an outlet whose name or alias is exactly this text (folded).</summary>
    public KbEntity? OutletByName(string text)
    {
        var keys = KeysOf(text.Trim().TrimEnd('.', ':'));
        var hits = Names.Lookup(keys);
        return hits?.Select(h => h.Entity).FirstOrDefault(e => e.Kind == "media");
    }

    /// <summary>The automaton keys of a name: folded word tokens, Arabic articles dropped, a leading "the" dropped.</summary>
    public static List<string> KeysOf(string name)
    {
        var keys = new List<string>();
        foreach (var t in Tokenizer.Tokenize(name))
        {
            if (t.Kind == TokenKind.Punct || t.Article)
            {
                continue;
            }

            keys.Add(t.Norm);
        }

        // "the Golan Heights" matches "Golan Heights"; "the coalition" keeps its article so that a bare "coalition" does not.
        if (keys.Count > 2 && keys[0] == "the")
        {
            keys.RemoveAt(0);
        }

        return keys;
    }
}
