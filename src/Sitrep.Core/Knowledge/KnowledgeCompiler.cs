using Sitrep.Core.Model;
using Sitrep.Core.Text;

namespace Sitrep.Core.Knowledge;

/// <summary>Compiles raw entries into the name automata and lookup tables of a <see cref="KnowledgeBase"/>.</summary>
internal static class KnowledgeCompiler
{
    private const long GazetteerSkeletonPopulation = 10_000;

    public static KnowledgeBase Compile(RawKnowledge raw)
    {
        var byId = raw.Entities.ToDictionary(kv => kv.Key, kv => kv.Value.Entity, StringComparer.Ordinal);
        // One numbering for the words of all three automata and the cue lists, so a report's words are looked up once
        // for all of them. Cue words are numbered first: their numbers stay small, and so do the arrays indexed by them.
        var wordIds = new WordIds();
        var cues = new CueLexicon(raw.Cues, wordIds);
        var rules = raw.EventRules.Values.Select(r => CompileRule(r, wordIds)).ToList();
        var names = new TokenTrie<NameEntry>(wordIds);
        var skeletonOwners = new Dictionary<string, (NameEntry Entry, List<string> Keys, bool Ambiguous)>(StringComparer.Ordinal);
        var gazetteerSkeletons = new Dictionary<string, (NameEntry Entry, List<string> Keys, bool Ambiguous)>(StringComparer.Ordinal);
        var personNameWords = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (entity, entityNames) in raw.Entities.Values)
        {
            var gazetteer = entity.Source.StartsWith("gazetteer", StringComparison.Ordinal);
            var region = entity.Source.StartsWith(RegionsTsv.SourcePrefix, StringComparison.Ordinal);
            var rank = gazetteer ? 3 : region ? 2 : entity.Type is EntityType.Place or EntityType.Installation or EntityType.Group ? 1 : 0;
            foreach (var (name, kind) in entityNames.DistinctBy(n => n.Name))
            {
                var keys = KnowledgeBase.KeysOf(name);
                if (keys.Count == 0 || (gazetteer && (keys.Count == 1 && (keys[0].Length < 3 || raw.CommonWords.Contains(keys[0])))))
                {
                    continue;
                }

                if (entity.Type == EntityType.Person)
                {
                    if (!personNameWords.TryGetValue(entity.Id, out var words))
                    {
                        personNameWords[entity.Id] = words = new HashSet<string>(StringComparer.Ordinal);
                    }

                    words.UnionWith(keys);
                }

                var trimmed = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
                var needsCapital = trimmed.Length > 0 && char.IsUpper(trimmed[0]);
                var needsAllCaps = keys.Count == 1 && trimmed.Length <= 5 && trimmed.All(c => !char.IsLetter(c) || char.IsUpper(c));
                var entry = new NameEntry(entity, name, kind, needsCapital, needsAllCaps, rank);
                names.Add(keys, entry);
                if (needsCapital && !needsAllCaps && kind is NameKind.Name or NameKind.Alias)
                {
                    // Generated rows must not make curated spellings ambiguous, and a lone word's skeleton meets too
                    // many English words ("Minister", Monastir): only many-word names of towns of some size get one
                    // ("Khan Younis" for Khān Yūnis), and only where no curated name owns it.
                    // Countries get none: their names are short and fully listed, and their skeletons meet towns and
                    // people ("Yaroun" is not Iran, "Sara" not Syria).
                    if (!gazetteer && !region && entity.Type != EntityType.Country)
                    {
                        AddSkeleton(skeletonOwners, keys, entry);
                    }
                    else if (gazetteer && keys.Count >= 2 && entity.Population >= GazetteerSkeletonPopulation)
                    {
                        AddSkeleton(gazetteerSkeletons, keys, entry);
                    }
                }
            }
        }

        var skeletons = new TokenTrie<NameEntry>(wordIds);
        foreach (var (_, (entry, keys, ambiguous)) in skeletonOwners)
        {
            if (!ambiguous)
            {
                skeletons.Add(keys, entry);
            }
        }

        foreach (var (joined, (entry, keys, ambiguous)) in gazetteerSkeletons)
        {
            if (!ambiguous && !skeletonOwners.ContainsKey(joined) && keys.Sum(k => k.Length) >= 6)
            {
                skeletons.Add(keys, entry);
            }
        }

        var framing = new TokenTrie<FramingEntry>(wordIds);
        foreach (var f in raw.Framing.Values)
        {
            framing.Add(KnowledgeBase.KeysOf(f.Term), f);
        }

        var domains = raw.Domains.Where(d => byId.ContainsKey(d.Value))
            .ToDictionary(d => d.Key.ToLowerInvariant(), d => byId[d.Value], StringComparer.Ordinal);
        return new KnowledgeBase(byId, names, skeletons, framing, domains, raw.Furniture, rules, cues, raw.CommonWords, personNameWords);
    }

    // The trigger finder indexes the cues by the numbers of their first words; companion and exception phrases are
    // looked up like the cue lists.
    private static EventRule CompileRule(EventRule rule, WordIds words)
    {
        foreach (var cue in rule.Cues)
        {
            words.InternCueKey(cue[0]);
        }

        return rule with { With = new PhraseSet(rule.With, words), Unless = new PhraseSet(rule.Unless, words) };
    }

    private static void AddSkeleton(Dictionary<string, (NameEntry, List<string>, bool)> owners, List<string> keys, NameEntry entry)
    {
        var skeleton = keys.Select(NameFolding.Skeleton).ToList();
        if (skeleton.Sum(s => s.Length) < 4 || skeleton.Any(s => s.Length == 0))
        {
            return;
        }

        var joined = string.Join(' ', skeleton);
        if (owners.TryGetValue(joined, out var existing))
        {
            if (existing.Item1.Entity.Id != entry.Entity.Id)
            {
                owners[joined] = (existing.Item1, existing.Item2, true);
            }

            return;
        }

        owners[joined] = (entry, skeleton, false);
    }
}
