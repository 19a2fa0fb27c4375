using Sitrep.Core.Model;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Recognition;

/// <summary>
/// Reports proper names the knowledge base lacks: runs of capitalised words that no mention covers. A lone
/// capitalised word at the start of a sentence is ordinary capitalisation and is skipped.
/// </summary>
public static class UnknownNameDetector
{
    private static readonly WordSet Skip = WordSet.Create(
    [
        "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "but", "and", "or", "this", "that", "these", "those",
        "his", "her", "its", "their", "our", "as", "after", "before", "during", "while", "when", "if", "since", "according", "there",
        "president", "minister", "prime", "foreign", "defense", "defence", "interior", "army", "general", "mr", "mrs", "ms", "dr",
        "news", "media", "reuters", "said", "instead", "however", "meanwhile", "also", "despite", "following", "rather", "recently",
        "previously", "nominally", "critics", "rights", "western", "arab", "one", "two", "such", "about", "some", "many", "several",
        "later", "earlier", "field", "marshal",
    ]);

    private static readonly WordSet PlacePrepositions = WordSet.Create(
    [
        "in", "near", "at", "outside", "around", "into", "from", "across", "to", "towards", "toward", "of", "inside", "through", "between",
    ]);

    private static readonly WordSet PlaceNouns = WordSet.Create(
    [
        "town", "village", "city", "district", "neighbourhood", "neighborhood", "area", "region", "province", "camp", "suburb", "outskirts", "countryside",
    ]);

    private static readonly WordSet Connectors = WordSet.Create(["of", "al", "bin", "bint", "ibn", "abu", "de", "du", "des", "van", "von", "el", "and"]);

    private static readonly WordSet OrganisationHeads = WordSet.Create(
    [
        "collective", "centre", "center", "institute", "foundation", "network", "observatory", "association", "society", "forum",
        "studies", "research", "initiative", "project", "group", "agency", "company", "committee", "council", "union", "league",
    ]);

    private static readonly WordSet InstitutionWords = WordSet.Create(
    [
        "ministry", "council", "committee", "forces", "army", "guard", "brigade", "division", "police", "agency", "authority", "government",
        "department", "command", "directorate", "party", "movement", "office", "administration", "court", "parliament", "assembly",
    ]);

    private static readonly WordSet PlacePrefixes = WordSet.Create(
    [
        "kafr", "kfar", "kafar", "tal", "tel", "tell", "beit", "bayt", "ain", "ayn", "deir", "dayr", "khirbet", "khirbat", "jabal", "jebel",
        "wadi", "ras", "bir", "umm", "qasr", "jisr", "marj", "hawsh", "hosh", "mazraat", "maarat", "maaret", "tall",
    ]);

    // "on the outskirts of Saham al-Jawlan": an unknown place word and a known place written with the article after it
    // are one village's name ("Saham of the Golan").
    private static bool ArticlePlaceAfter(AnalyzedText text, Mention following, int last) =>
        following.Entity.Type == EntityType.Place && text.HasArticle(last + 1) && IsPlaceContext(text, last, last);

    private static Mention? MentionStartingAt(IReadOnlyList<Mention> known, int word)
    {
        foreach (var m in known)
        {
            if (m.First == word)
            {
                return m;
            }
        }

        return null;
    }

    /// <summary>Capitalised words that open sentences and clauses but never start a name ("When", "Later", "The").</summary>
    public static bool IsFunctionWord(string norm) => Skip.Contains(norm);

    /// <summary>
    /// The known mentions and the unknown names together, in text order. A place an unknown organisation's name takes
    /// in ("the Horan Research Collective") is no longer a mention of its own.
    /// </summary>
    public static List<Mention> WithUnknownNames(AnalyzedText text, IReadOnlyList<Mention> known)
    {
        var absorbed = new List<Mention>();
        var unknown = Detect(text, known, absorbed);
        var all = absorbed.Count == 0 ? known.Concat(unknown) : known.Where(k => !absorbed.Contains(k)).Concat(unknown);
        return all.OrderBy(m => m.Start).ToList();
    }

    public static List<Mention> Detect(AnalyzedText text, IReadOnlyList<Mention> known) => Detect(text, known, null);

    private static List<Mention> Detect(AnalyzedText text, IReadOnlyList<Mention> known, List<Mention>? absorbed)
    {
        var covered = new bool[text.Words.Count];
        foreach (var m in known)
        {
            for (var k = m.First; k <= m.Last; k++)
            {
                covered[k] = true;
            }
        }

        var words = text.Words;
        var result = new List<Mention>();
        var officials = new Dictionary<string, KbEntity>(StringComparer.Ordinal);
        var i = 0;
        while (i < words.Count)
        {
            if (covered[i] || !IsNameWord(text, i))
            {
                i++;
                continue;
            }

            var last = i;
            // "between Bint Jbeil and Aynata": after "between", "and" separates two names instead of joining one.
            // "the villages of X and Y" too.
            var between = i > 0 && (words[i - 1].Norm == "between" || (words[i - 1].Norm == "of" && i > 1 && words[i - 2].Norm is "villages" or "towns" or "cities" or "areas"));
            while (last + 1 < words.Count && !covered[last + 1] && text.SentenceOfWord[last + 1] == text.SentenceOfWord[i] && Joined(text, last)
                && (IsNameWord(text, last + 1) || (Connectors.Contains(words[last + 1].Norm) && !(between && words[last + 1].Norm == "and")
                    && last + 2 < words.Count && !covered[last + 2] && IsNameWord(text, last + 2) && Joined(text, last + 1))))
            {
                last++;
            }

            // "the Horan Research Collective": a run ending in an organisation's head noun takes in the place it starts with.
            if (OrganisationHeads.Contains(words[last].Norm) && i > 0 && Joined(text, i - 1)
                && known.FirstOrDefault(m => m.Last == i - 1 && !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Country && m.Kind != Knowledge.NameKind.Demonym) is Mention leadingPlace)
            {
                i = leadingPlace.First;
                absorbed?.Add(leadingPlace);
            }

            // "the village of Kafr Hawar": a place word like Kafr, Tal or Beit takes the next name into one place name,
            // even when that word alone names something else.
            if (last + 1 < words.Count && covered[last + 1] && Joined(text, last) && text.SentenceOfWord[last + 1] == text.SentenceOfWord[last]
                && words[last + 1].Capitalized && MentionStartingAt(known, last + 1) is Mention following && following.Entity.Type != EntityType.Country
                && (PlacePrefixes.Contains(words[last].Norm) || ArticlePlaceAfter(text, following, last)))
            {
                last = following.Last;
                absorbed?.Add(following);
            }

            var single = last == i;
            if (!(single && (text.IsSentenceStart(i) || words[i].Norm.Length < 3)))
            {
                var start = text.SpanStart[i];
                var surface = text.Body[start..words[last].End];
                var key = string.Join('_', words.Skip(i).Take(last - i + 1).Select(w => w.Norm));
                var place = IsPlaceContext(text, i, last);
                // A name in a place position is a place the gazetteer lacks: no coordinates, never a guessed point.
                var entity = place
                    ? new KbEntity("place_" + key, EntityType.Place, surface, "unlocated", null, null, null, null, null, "unknown-place")
                    : new KbEntity("unknown_" + key, EntityType.Unknown, surface, null, null, null, null, null, null, "unknown-name");
                var rule = place ? "unknown.place-after-preposition" : "unknown.capitalised-run";
                if (!place && OfficialNamedAfterTitle(text, i, last, key, surface, known) is var (official, surname))
                {
                    (entity, rule) = (official, "unknown.name-after-title");
                    officials.TryAdd(surname, official);
                }
                else if (!place && officials.TryGetValue(key, out var named))
                {
                    (entity, rule) = (named, "unknown.surname-of-official"); // "Al-Yahya" after "Foreign Minister Abdullah Al-Yahya"
                }

                result.Add(new Mention(i, last, start, words[last].End, surface, entity, Knowledge.NameKind.Name, rule, false));
            }

            i = last + 1;
        }

        return result;
    }

    // "Kuwaiti Foreign Minister Abdullah Al-Yahya": a name after an office is a person, acting for the state named
    // before the office. Returns the person and the key of the surname later mentions use alone.
    private static (KbEntity Official, string Surname)? OfficialNamedAfterTitle(AnalyzedText text, int first, int last, string key, string surface,
        IReadOnlyList<Mention> known)
    {
        var words = text.Words;
        if (first == last || first == 0 || !Titles.Contains(words[first - 1].Norm) || !words[first - 1].Capitalized)
        {
            return null;
        }

        var k = first - 1;
        while (k > 0 && k > first - 6 && words[k - 1].Capitalized && (Titles.Contains(words[k - 1].Norm) || OfficeWords.Contains(words[k - 1].Norm)))
        {
            k--;
        }

        var state = known.FirstOrDefault(m => m.Last == k - 1 && m.Entity.Type == EntityType.Country);
        var official = new KbEntity("person_" + key, EntityType.Person, surface, "official",
            state?.Entity.Country, state?.Entity.Id, null, null, null, "unknown-titled-name");
        return (official, words[last].Norm);
    }

    private static readonly WordSet Titles = WordSet.Create(
    [
        "minister", "president", "ambassador", "envoy", "spokesman", "spokeswoman", "spokesperson", "general", "commander", "secretary",
        "chief", "emir", "king", "prince", "premier", "chancellor", "governor", "colonel", "brigadier", "admiral", "director",
    ]);

    private static readonly WordSet OfficeWords = WordSet.Create(
    [
        "foreign", "defence", "defense", "interior", "prime", "deputy", "vice", "first", "state", "special", "crown", "major", "lieutenant",
        "army", "security", "intelligence", "finance", "energy", "economy", "justice", "information", "minister", "general", "staff",
    ]);

    private static bool IsPlaceContext(AnalyzedText text, int first, int last)
    {
        var words = text.Words;
        if (first == 0 || text.IsSentenceStart(first))
        {
            return false;
        }

        if (OrganisationHeads.Contains(words[last].Norm))
        {
            return false;
        }

        // "between Ministry of Defence units and ...": a name holding an institution's word is no place.
        for (var k = first; k <= last; k++)
        {
            if (InstitutionWords.Contains(words[k].Norm))
            {
                return false;
            }
        }

        var prev = words[first - 1].Norm;
        var next = last + 1 < words.Count && text.SentenceOfWord[last + 1] == text.SentenceOfWord[last] ? words[last + 1].Norm : "";
        if (next is "said" or "told" or "says" or "reported" or "news" or "tv" or "radio" or "agency" or "times" or "daily" || (first >= 2 && words[first - 2].Norm == "according"))
        {
            return false;
        }

        // "talks between National Defense Minister ...": a capitalised word before a title word begins the title.
        if (last + 1 < words.Count && words[last + 1].Capitalized
            && next is "defense" or "defence" or "minister" or "ministry" or "president" or "interior" or "foreign" or "security" or "guard" or "army" or "council")
        {
            return false;
        }

        if (prev == "of" && first >= 2 && (PlaceNouns.Contains(words[first - 2].Norm) || words[first - 2].Norm is "villages" or "towns" or "cities" or "areas"))
        {
            return true;
        }

        // "between the villages of X and Y", "between X and Y": the second name of the pair is a place as the first is.
        if (prev == "and")
        {
            for (var k = first - 2; k >= 0 && k >= first - 7 && !text.IsSentenceStart(k + 1); k--)
            {
                if (words[k].Norm == "between")
                {
                    return true;
                }
            }
        }

        // "in the Odesa region", "the Kherson province"
        if (PlaceNouns.Contains(next) || next is "oblast" or "governorate" or "county" or "state" or "valley" or "front" or "sector")
        {
            return true;
        }

        // "at the Saudi Maternity Hospital": a preposition, an article, a name.
        if (prev == "the" && first >= 2 && PlacePrepositions.Contains(words[first - 2].Norm) && words[first - 2].Norm != "of")
        {
            return true;
        }

        return prev != "of" && PlacePrepositions.Contains(prev) && !words[first].AllCaps;
    }

    // "Later, Field Marshal ...": a comma, colon, bracket or quotation mark ends a name; spaces, hyphens, apostrophes and initials' dots do not.
    private static bool Joined(AnalyzedText text, int w)
    {
        var words = text.Words;
        foreach (var c in text.Body.AsSpan(words[w].End, words[w + 1].Start - words[w].End))
        {
            if (c is ',' or ';' or ':' or '(' or ')' or '[' or ']' or '"' or '\u201C' or '\u201D' or '\u00AB' or '\u00BB' or '/' or '|' or '!' or '?')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsNameWord(AnalyzedText text, int i)
    {
        var w = text.Words[i];
        return w.Capitalized && !Skip.Contains(w.Norm) && CalendarWords.Month(w.Norm) == 0 && CalendarWords.Weekday(w.Norm) == 0
            && w.Kind == Text.TokenKind.Word && !w.AllCaps || (w.AllCaps && w.Norm.Length >= 3 && !Skip.Contains(w.Norm));
    }
}
