using System.Collections.Frozen;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Recognition;

/// <summary>
/// Finds knowledge-base names in the body with the compiled name automaton (longest match wins; curated data
/// before gazetteer rows), falls back to the transliteration skeleton for unseen spellings, resolves
/// metonyms (a capital acting is its state, a capital as a place stays the city) and extends a demonym to
/// the force or office it qualifies ("Israeli forces" → Israel).
/// </summary>
public sealed class EntityRecognizer
{
    private static readonly WordSet Locative = WordSet.Create(
    [
        "in", "at", "near", "inside", "outside", "into", "from", "across", "around", "capital", "city", "of", "landed", "arrived",
        "toward", "towards", "via", "through", "outskirts", "downtown", "central", "southern", "northern", "eastern", "western",
    ]);

    private static readonly WordSet ForceNouns = WordSet.Create(
    [
        "forces", "force", "troops", "soldiers", "army", "military", "officials", "official", "government", "authorities",
        "diplomats", "delegation", "jets", "warplanes", "aircraft", "drones", "navy", "units", "administration", "leadership",
        "regime", "ministry", "side", "occupation", "police", "fighters", "militias", "personnel", "servicemen", "convoy", "convoys",
        "equipment", "contingent", "contingents", "assets", "warships", "ships", "vessels", "helicopters", "marines", "commandos", "patrol", "patrols",
        "officers", "guards", "battalion", "brigade", "brigades", "division", "artillery", "tanks", "armour", "armor", "reserves",
        "squadron", "squadrons", "fighter", "bomber", "bombers", "advisers", "advisors", "trainers", "mercenaries", "paratroopers", "sailors", "airmen",
    ]);

    // Military nouns a qualifier name may stand before ("coalition aircraft"); not "government" or "partners".
    private static readonly WordSet QualifiedNouns = WordSet.Create(
    [
        "forces", "troops", "soldiers", "units", "personnel", "aircraft", "jets", "warplanes", "drone", "drones", "helicopters", "air",
        "airstrike", "airstrikes", "strike", "strikes", "raid", "raids", "base", "bases", "convoy", "convoys", "advisers", "advisors",
        "trainers", "officers", "patrol", "patrols", "artillery", "warships", "vessels", "commandos", "marines", "operations",
    ]);

    private static bool QualifiesForceNoun(AnalyzedText text, int last) =>
        last + 1 < text.Words.Count && text.SentenceOfWord[last + 1] == text.SentenceOfWord[last] && QualifiedNouns.Contains(text.Words[last + 1].Norm)
        && text.Body.AsSpan(text.Words[last].End, text.Words[last + 1].Start - text.Words[last].End).IsWhiteSpace();

    private readonly KnowledgeBase _kb;

    public EntityRecognizer(KnowledgeBase kb) => _kb = kb;

    public List<Mention> Recognize(AnalyzedText text, string? preferredCountry = null)
    {
        var words = text.Words;
        var mentions = new List<Mention>();
        var names = new List<(int Length, List<NameEntry> Values)>();
        var labels = new List<(int Length, List<FramingEntry> Values)>();
        var i = 0;
        while (i < words.Count)
        {
            var m = MatchExact(text, i, preferredCountry, names) ?? MatchSkeleton(text, i, names);
            var label = MatchLabel(text, i, labels);
            if (label is not null && (m is null || label.Last > m.Last))
            {
                m = label;
            }

            if (m is null || StartsLongerName(text, m) || EndsUnknownKunya(text, m) || EndsOtherGivenName(text, m) || StartsPersonName(text, m)
                || ArticleBeforeLongerName(text, m, preferredCountry, names))
            {
                i++;
                continue;
            }

            mentions.Add(m);
            i = m.Last + 1;
        }

        PointBareCoalitionsBack(mentions);
        DropLocalAliasesOutOfPlace(mentions);
        ResolveLabelAnaphors(text, mentions);
        return mentions;
    }

    // "The Zionist enemy widened its aggression ... enemy warplanes struck": a bare word of a loaded label ("enemy")
    // names the side that the report's labels with that word name, when they all name one side.
    private void ResolveLabelAnaphors(AnalyzedText text, List<Mention> mentions)
    {
        foreach (var phrase in _kb.Cues["label_anaphors"])
        {
            if (phrase.Length != 1 || LabelledSide(mentions, phrase[0]) is not { } side)
            {
                continue;
            }

            var words = text.Words;
            var next = 0;
            for (var i = 0; i < words.Count; i++)
            {
                while (next < mentions.Count && mentions[next].Last < i)
                {
                    next++;
                }

                if (words[i].Norm == phrase[0] && (next == mentions.Count || mentions[next].First > i))
                {
                    mentions.Insert(next, new Mention(i, i, words[i].Start, words[i].End, text.Body[words[i].Start..words[i].End], side, NameKind.Alias,
                        "kb.label-anaphor:" + phrase[0], true));
                }
            }
        }
    }

    private static KbEntity? LabelledSide(List<Mention> mentions, string word)
    {
        KbEntity? side = null;
        foreach (var m in mentions)
        {
            if (m.Rule.StartsWith("kb.framing-label:", StringComparison.Ordinal) && m.Surface.Contains(word, StringComparison.OrdinalIgnoreCase))
            {
                if (side is not null && side != m.Entity)
                {
                    return null;
                }

                side = m.Entity;
            }
        }

        return side;
    }

    // "National Guard" is the Sweida force only in a report that names Sweida, the Druze or their leaders; elsewhere
    // it is some other guard, and an unnamed one is better than a wrong one.
    private static void DropLocalAliasesOutOfPlace(List<Mention> mentions)
    {
        if (!mentions.Exists(m => m.Kind == NameKind.LocalAlias))
        {
            return;
        }

        var named = mentions.Where(m => m.Kind != NameKind.LocalAlias).Select(m => m.Entity.Id).ToHashSet(StringComparer.Ordinal);
        mentions.RemoveAll(m => m.Kind == NameKind.LocalAlias && !m.Entity.LocalTo.Any(named.Contains));
    }

    // "the coalition", "coalition aircraft": the coalition the report last named in full (the Saudi-led one in a
    // Yemen story), else the one the knowledge base lists for those words.
    private static void PointBareCoalitionsBack(List<Mention> mentions)
    {
        KbEntity? named = null;
        for (var k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Entity.Kind != "coalition")
            {
                continue;
            }

            var bare = m.Surface.StartsWith("coalition", StringComparison.OrdinalIgnoreCase)
                || m.Surface.StartsWith("the coalition", StringComparison.OrdinalIgnoreCase);
            if (!bare)
            {
                named = m.Entity;
            }
            else if (named is not null && named != m.Entity)
            {
                mentions[k] = m with { Entity = named, Rule = m.Rule + "+coalition-named-before" };
            }
        }
    }

    private Mention? MatchExact(AnalyzedText text, int i, string? preferredCountry, List<(int Length, List<NameEntry> Values)> found)
    {
        for (var k = _kb.Names.Matches(text.KeyIds(_kb.Names.Words), i, found) - 1; k >= 0; k--)
        {
            var (length, entries) = found[k];
            if (Choose(text, i, length, entries, preferredCountry) is NameEntry chosen)
            {
                return Build(text, i, i + length - 1, chosen, RuleOfKind[(int)chosen.Kind]);
            }
        }

        return null;
    }

    // "kb.name", "kb.alias", ...: made once, not by formatting the kind for every mention.
    private static readonly string[] RuleOfKind = [.. Enum.GetValues<NameKind>().Select(k => "kb." + k.ToString().ToLowerInvariant())];

    private static readonly WordSet TitleWords = WordSet.Create(
    [
        "president", "prime", "minister", "foreign", "defense", "defence", "interior", "army", "armed", "air", "navy", "government",
        "ministry", "military", "security", "special", "supreme", "national", "general", "red", "revolutionary", "interim", "transitional",
        "deputy", "vice", "king", "crown", "emir", "sheikh", "ambassador", "envoy", "parliament", "chief", "commander", "forces", "troops",
        "police", "state", "border", "coast", "foreign", "finance", "health", "justice", "energy", "oil", "central", "public", "intelligence",
        "marshal", "field", "gen", "lt", "col", "maj", "brig", "adm", "admiral", "colonel", "lieutenant", "major", "brigadier", "captain",
        "mr", "mrs", "ms", "dr", "sayyed", "sayyid", "ayatollah", "imam", "speaker", "secretary", "spokesman", "spokeswoman", "leader",
        "senator", "judge", "prince", "sultan", "premier", "chairman", "head", "mayor", "governor", "sheik", "cleric", "rebel", "militia",
    ]);

    // "The National Guard" is not the newspaper The National: a name that starts with "The" gives way to a longer name
    // that starts at its second word.
    private bool ArticleBeforeLongerName(AnalyzedText text, Mention m, string? preferredCountry, List<(int Length, List<NameEntry> Values)> found) =>
        m.Last > m.First && text.Words[m.First].Norm == "the" && MatchExact(text, m.First + 1, preferredCountry, found) is Mention longer && longer.Last > m.Last;

    // "Abu Qasim", "Umm Hussein": one word of a person's name after a kunya or nasab word names someone else.
    private static bool EndsUnknownKunya(AnalyzedText text, Mention m) =>
        m.First == m.Last && m.Entity.Type == EntityType.Person && m.First > 0 && text.SentenceOfWord[m.First - 1] == text.SentenceOfWord[m.First]
        && text.Words[m.First - 1].Norm is "abu" or "umm" or "bin" or "ibn" or "bint";

    // "Saddam Haftar" is not Khalifa Haftar: a family name alone, right after a capitalised given name that none of
    // the person's listed names has, names a relative. Titles ("Field Marshal Haftar") and possessives do not.
    private bool EndsOtherGivenName(AnalyzedText text, Mention m)
    {
        if (m.First != m.Last || m.Entity.Type != EntityType.Person || m.First == 0 || text.SentenceOfWord[m.First - 1] != text.SentenceOfWord[m.First])
        {
            return false;
        }

        var before = text.Words[m.First - 1];
        return before.Capitalized && !before.AllCaps && !before.Possessive && before.Kind == TokenKind.Word && OnlySpaceBetween(text, m.First - 1)
            && !TitleWords.Contains(before.Norm) && !UnknownNameDetector.IsFunctionWord(before.Norm)
            && CalendarWords.Month(before.Norm) == 0 && CalendarWords.Weekday(before.Norm) == 0
            && !_kb.IsNameWordOf(m.Entity.Id, before.Norm);
    }

    private static readonly WordSet PlaceHeads = WordSet.Create(
    [
        "base", "garrison", "field", "oil", "oilfield", "airbase", "air", "airport", "province", "governorate", "district", "city",
        "town", "village", "camp", "crossing", "dam", "river", "valley", "mountain", "mount", "desert", "countryside", "area", "region",
        "hills", "plain", "port", "prison", "border", "road", "highway", "station", "barracks", "base's", "garrison's",
    ]);

    // "Omar Zubeidi" is a person, not al-Omar: a place known by an Arabic article, written without it and followed by
    // another capitalised word that is not a place noun, is someone's given name.
    private static bool StartsPersonName(AnalyzedText text, Mention m)
    {
        var next = m.Last + 1;
        if (m.First != m.Last || m.Entity.Type is not (EntityType.Installation or EntityType.Place) || next >= text.Words.Count
            || text.SentenceOfWord[next] != text.SentenceOfWord[m.Last] || !StartsWithArticle(m.Entity.Name) || StartsWithArticle(m.Surface))
        {
            return false;
        }

        var w = text.Words[next];
        return w.Capitalized && !w.AllCaps && OnlySpaceBetween(text, m.Last) && !PlaceHeads.Contains(w.Norm);
    }

    // Word w and the next one stand apart by white space only: no comma, hyphen or bracket between them.
    private static bool OnlySpaceBetween(AnalyzedText text, int w) =>
        text.Body.AsSpan(text.Words[w].End, text.Words[w + 1].Start - text.Words[w].End).Trim().IsEmpty;

    private static bool StartsWithArticle(string name) =>
        name.Length > 3 && name[2] is '-' or ' ' && NameFolding.IsArticle(NameFolding.Fold(name.AsSpan(0, 2)));

    // "Saudi Maternity Hospital": a demonym followed by more capitalised words is part of another name.
    private static bool StartsLongerName(AnalyzedText text, Mention m)
    {
        var next = m.Last + 1;
        if (m.Kind != NameKind.Demonym || m.Rule == "kb.demonym-phrase" || next >= text.Words.Count || text.SentenceOfWord[next] != text.SentenceOfWord[m.Last])
        {
            return false;
        }

        var w = text.Words[next];
        return w.Capitalized && !w.AllCaps && !TitleWords.Contains(w.Norm) && next + 1 < text.Words.Count && text.Words[next + 1].Capitalized;
    }

    // A loaded label that names an actor ("Zionist entity", "Jolani regime") resolves to the neutral entity.
    private Mention? MatchLabel(AnalyzedText text, int i, List<(int Length, List<FramingEntry> Values)> found)
    {
        var words = text.Words;
        KbEntity? target = null;
        string? term = null;
        var length = 0;
        for (var k = _kb.Framing.Matches(text.KeyIds(_kb.Framing.Words), i, found) - 1; k >= 0 && target is null; k--)
        {
            var entry = found[k].Values.FirstOrDefault(e => e.RefersTo is not null && e.Category == "label" && _kb.Get(e.RefersTo) is not null);
            target = entry is null ? null : _kb.Get(entry.RefersTo);
            term = entry?.Term;
            length = found[k].Length;
        }

        if (target is null)
        {
            return null;
        }

        var start = text.SpanStart[i];
        var end = words[i + length - 1].End;
        return new Mention(i, i + length - 1, start, end, text.Body[start..end], target, NameKind.Alias, "kb.framing-label:" + term, true);
    }

    private Mention? MatchSkeleton(AnalyzedText text, int i, List<(int Length, List<NameEntry> Values)> found)
    {
        var words = text.Words;
        // Skeletons are loose: only longer capitalised names, never a lone word opening a sentence ("Some" is not
        // Samoa); a short first word is enough inside a longer name ("Deir al-Balah").
        if (!words[i].Capitalized || (words[i].Norm.Length < 5 && (words[i].Norm.Length < 3 || i + 1 >= words.Count)) || text.IsSentenceStart(i))
        {
            return null;
        }

        for (var k = _kb.Skeletons.Matches(text.SkeletonKeys(_kb.Skeletons.Words), i, found) - 1; k >= 0; k--)
        {
            var (length, entries) = found[k];
            var longEnough = words[i].Norm.Length >= 5 ? text.SkeletonAt(i).Length >= 4 : length >= 2 && NameLength(words, i, length) >= 9;
            // "Government of National Unity" is not the village Aynata: a lone word inside a longer capitalised run
            // belongs to that run's name, not to a place spelled another way.
            // "Saida al-Hanout": a name going on with an article and a capitalised word is a longer name.
            var insideRun = length == 1 && entries.Count > 0 && entries[0].Entity.Type == EntityType.Place
                && ((i > 0 && words[i - 1].Capitalized && !text.IsSentenceStart(i - 1))
                    || (i + 1 < words.Count && text.HasArticle(i + 1) && words[i + 1].Capitalized && text.SentenceOfWord[i + 1] == text.SentenceOfWord[i]));
            if (entries.Count > 0 && AllCapitalized(words, i, length) && longEnough && !insideRun && !PersonInPlaceSlot(text, i, entries[0])
                && SpellingClose(words, i, length, entries[0]))
            {
                return Build(text, i, i + length - 1, entries[0], "kb.skeleton");
            }
        }

        return null;
    }

    // "into the village of Al-Ruwayhina" is no spelling of Rouhani: a person is not named after a place preposition.
    private static bool PersonInPlaceSlot(AnalyzedText text, int i, NameEntry entry)
    {
        var p = i - 1;
        if (p >= 0 && text.Words[p].Article)
        {
            p--;
        }

        return entry.Entity.Type == EntityType.Person && p >= 0 && text.SentenceOfWord[p] == text.SentenceOfWord[i]
            && text.Words[p].Norm is "of" or "in" or "into" or "near" or "at" or "outside" or "from" or "towards" or "toward";
    }

    // The skeleton found the candidate; the vowels decide whether it is the same name spelled another way.
    private static bool SpellingClose(List<Token> words, int first, int length, NameEntry entry)
    {
        var surface = new System.Text.StringBuilder();
        for (var k = first; k < first + length; k++)
        {
            surface.Append(words[k].Norm).Append(' ');
        }

        return Text.SpellingDistance.CloseEnough(surface.ToString(), Text.NameFolding.Fold(entry.Surface));
    }

    private static int NameLength(List<Token> words, int first, int length)
    {
        var n = 0;
        for (var k = first; k < first + length; k++)
        {
            n += words[k].Norm.Length;
        }

        return n;
    }

    private Mention Build(AnalyzedText text, int first, int last, NameEntry entry, string rule)
    {
        var words = text.Words;
        var entity = entry.Entity;
        var asActor = false;
        if (entry.Kind == NameKind.Metonym)
        {
            var p = first - 1;
            if (p >= 0 && words[p].Norm == "the" && !text.IsSentenceStart(p))
            {
                p--; // "in the Kremlin"
            }

            var prev = p >= 0 && text.SentenceOfWord[p] == text.SentenceOfWord[first] ? words[p].Norm : null;
            // "to Washington" is a place after a journey ("travel to"), a state after "ambassador to".
            var journey = prev == "to" && p > 0 && words[p - 1].Norm is "travel" or "travelled" or "traveled" or "trip" or "visit" or "flew" or "fly"
                or "return" or "returned" or "go" or "went" or "moved" or "headed" or "arrived" or "journey" or "visits" or "came" or "come"
                or "back" or "returning" or "flying" or "travelling" or "traveling" or "heading" or "trips";
            if (prev is not null && (Locative.Contains(prev) || journey) && PlaceNamed(words, first, last) is KbEntity city)
            {
                entity = city;
                rule = "kb.metonym-as-place";
            }
            else
            {
                asActor = true;
                rule = "kb.metonym-as-state";
            }
        }
        else if (entry.Kind == NameKind.Demonym || (entity.Type == EntityType.Country && !words[last].Possessive))
        {
            // "the Lebanese side said" is a party; "the Lebanese side of the frontier" is ground.
            var ground = last + 2 < words.Count && words[last + 1].Norm == "side" && words[last + 2].Norm == "of";
            if (!ground && last + 1 < words.Count && ForceNouns.Contains(words[last + 1].Norm) && text.SentenceOfWord[last + 1] == text.SentenceOfWord[last]
                && text.Body.AsSpan(words[last].End, words[last + 1].Start - words[last].End).IsWhiteSpace())
            {
                last++;
                asActor = true;
                rule = "kb.demonym-phrase";
            }
        }

        var start = text.SpanStart[first];
        var end = words[last].End;
        return new Mention(first, last, start, end, text.Body[start..end], entity, entry.Kind, rule, asActor)
        {
            Place = entry.Kind == NameKind.Metonym && asActor ? PlaceNamed(words, first, last) : null,
        };
    }

    private NameEntry? Choose(AnalyzedText text, int i, int len, List<NameEntry> entries, string? preferredCountry)
    {
        var words = text.Words;
        NameEntry? best = null;
        // A list, not the interface: a foreach over the interface boxed an enumerator for every candidate name.
        foreach (var e in entries)
        {
            if (e.NeedsAllCaps && !words[i].AllCaps)
            {
                continue;
            }

            if (e.NeedsCapital && !words[i].Capitalized)
            {
                continue;
            }

            if (e.Kind == NameKind.Qualifier && !QualifiesForceNoun(text, i + len - 1))
            {
                continue;
            }

            if (e.Rank >= 3 && (!AllCapitalized(words, i, len) || (len == 1 && text.IsSentenceStart(i) && _kb.CommonWords.Contains(words[i].Norm))
                || InsideLongerName(text, i, len)))
            {
                continue;
            }

            if (best is null || Better(e, best, preferredCountry))
            {
                best = e;
            }
        }

        return best;
    }

    // "Mohamed Hassan al-Taishi": a gazetteer town name between other capitalised words is part of a person's name.
    private static bool InsideLongerName(AnalyzedText text, int i, int len)
    {
        var words = text.Words;
        var prevCap = i > 0 && !text.IsSentenceStart(i) && words[i - 1].Capitalized && !words[i - 1].AllCaps && !words[i - 1].Possessive
            && text.Body[words[i - 1].End] == ' '
            && words[i - 1].Norm is not ("north" or "south" or "east" or "west" or "northern" or "southern" or "eastern" or "western" or "central" or "upper" or "lower");
        var next = i + len;
        var nextCap = next < words.Count && text.SentenceOfWord[next] == text.SentenceOfWord[i] && words[next].Capitalized
            && text.Body[words[next - 1].End] == ' '
            && words[next].Norm is not ("oblast" or "province" or "governorate" or "region" or "district" or "county" or "sector" or "valley"
                or "city" or "state" or "countryside" or "airport" or "camp" or "front" or "direction");
        return prevCap || nextCap;
    }

    private static bool Better(NameEntry a, NameEntry b, string? preferredCountry)
    {
        if (a.Kind == NameKind.Metonym != (b.Kind == NameKind.Metonym))
        {
            return a.Kind == NameKind.Metonym; // decided later by context
        }

        if (a.Rank != b.Rank)
        {
            return a.Rank < b.Rank;
        }

        var aHome = preferredCountry is not null && string.Equals(a.Entity.Country, preferredCountry, StringComparison.OrdinalIgnoreCase);
        var bHome = preferredCountry is not null && string.Equals(b.Entity.Country, preferredCountry, StringComparison.OrdinalIgnoreCase);
        if (aHome != bHome)
        {
            return aHome;
        }

        return a.Entity.Population > b.Entity.Population;
    }

    private KbEntity? PlaceNamed(List<Token> words, int first, int last)
    {
        var keys = new List<string>();
        for (var k = first; k <= last; k++)
        {
            keys.Add(words[k].Norm);
        }

        return _kb.Names.Lookup(keys)?
            .Where(e => e.Entity.Type == EntityType.Place)
            .OrderBy(e => e.Rank).ThenByDescending(e => e.Entity.Population)
            .Select(e => e.Entity).FirstOrDefault();
    }

    private static bool AllCapitalized(List<Token> words, int i, int len)
    {
        for (var k = i; k < i + len && k < words.Count; k++)
        {
            if (!words[k].Capitalized && words[k].Norm is not ("of" or "al" or "el" or "bin" or "ibn" or "de"))
            {
                return false;
            }
        }

        return true;
    }
}
