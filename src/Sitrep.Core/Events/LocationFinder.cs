using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using static Sitrep.Core.Events.ActorFinder;
using static Sitrep.Core.Events.ArgumentLexicon;
using static Sitrep.Core.Events.Coreference;
using static Sitrep.Core.Events.LocationFinder;
using static Sitrep.Core.Events.PartyFinder;

namespace Sitrep.Core.Events;

/// <summary>Chooses where an event happened: the most specific place of the cue's clause, preferring places after the cue, with fallbacks for "the country", "the base", "where" and "which".</summary>
public static partial class LocationFinder
{
    // "in Syria", "on Syrian soil": a country named as a place, not as a party.
    internal static bool IsLocative(SentenceContext ctx, Mention m) =>
        m.Entity.Type == EntityType.Country && !m.AsActor
        && ((PrepositionBefore(ctx, m) is string p && PlaceCountryPrepositions.Contains(p)
                && (p is not ("to" or "of") || (p == "of" && m.First >= 2 && ctx.Text.Words[m.First - 2].Norm == "out")))
            || (m.Kind == NameKind.Demonym && ctx.WordAfter(m.Last) is string n && TerritoryNouns.Contains(n)));

    // "in central and northern Mali", "in Iraq and Syria": the preposition before a place, past direction words
    // and the places coordinated with it.
    internal static string? PrepositionBefore(SentenceContext ctx, Mention m)
    {
        var words = ctx.Text.Words;
        var sentence = ctx.Text.SentenceOfWord[m.First];
        var p = m.First - 1;
        while (p > 0 && ctx.Text.SentenceOfWord[p] == sentence)
        {
            if (Directions.Contains(words[p].Norm) || words[p].Norm is "and" or "or")
            {
                p--;
            }
            else if (words[p + 1].Norm is "and" or "or" && CoordinatedPlaceEndingAt(ctx, sentence, p) is Mention before)
            {
                p = before.First - 1;
            }
            else
            {
                break;
            }
        }

        return p >= 0 && ctx.Text.SentenceOfWord[p] == ctx.Text.SentenceOfWord[m.First] ? words[p].Norm : null;
    }

    private static Mention? CoordinatedPlaceEndingAt(SentenceContext ctx, int sentence, int last) =>
        ctx.BySentence[sentence].FirstOrDefault(o => o.Last == last && o.Entity.Type is EntityType.Country or EntityType.Place && !o.AsActor);

    internal static (KbEntity?, string?, string) Location(SentenceContext ctx, List<Mention> sentence, Trigger trigger, Mention? actor, Mention? target, int clauseStart, int clauseEnd)
    {
        // "Damascus, which hosted a delegation": a capital that acts as host is also where it happened.
        if (trigger.Rule.Id == "meeting.host" && actor?.Place is KbEntity host)
        {
            return (host, actor.Surface, "location.host-capital");
        }

        var words = ctx.Text.Words;
        // "Azerbaijan recaptured the region": a definite place noun as the cue's object names the place told before.
        var obj = trigger.Last + 2;
        if (obj < words.Count && ctx.Text.SentenceOfWord[obj] == trigger.Sentence && words[trigger.Last + 1].Norm == "the"
            && words[obj].Norm is "region" or "area" or "town" or "city" or "province" or "village" or "territory" or "enclave"
            && (obj + 1 >= words.Count || words[obj + 1].Norm != "of") && AnaphoricLocation(ctx, trigger) is Mention named)
        {
            return (named.Entity, named.Surface, "location.object-coreference");
        }

        // "visited Moscow for talks": a capital visited is the city, not the state it can stand for.
        if (trigger.Rule.Type == "diplomacy.meeting" && words[trigger.Last].Norm is "visited" or "visiting" or "visit" or "visits"
            && MentionLists.FirstStartingIn(sentence, trigger.Last + 1, trigger.Last + 1) is { Place: KbEntity city } visited)
        {
            return (city, visited.Surface, "location.capital-visited");
        }

        // "Al Udeid ... but the missile salvo fired at it": "it" after the cue is the site named before in the sentence.
        if (trigger.Last + 2 < words.Count && words[trigger.Last + 1].Norm is "at" or "on" or "against" && words[trigger.Last + 2].Norm == "it"
            && LastSiteBefore(sentence, trigger.First, int.MaxValue, notActor: false) is Mention site)
        {
            return (site.Entity, site.Surface, "location.pronoun-object");
        }

        // "the al-Omar oil field ..., which had hosted a US base": a relative clause happens where its antecedent is.
        // "... and consolidated in Erbil, where a residual presence remained": "where" right after a place is that place.
        if (clauseStart >= 2 && words[clauseStart - 1].Norm == "where"
            && LastSiteBefore(sentence, clauseStart - 1, 1, notActor: true) is Mention placeBefore)
        {
            return (placeBefore.Entity, placeBefore.Surface, "location.relative-antecedent");
        }

        if (clauseStart >= 2 && words[clauseStart - 1].Norm is "which" or "where"
            && RelativeAntecedent(ctx, sentence, clauseStart - 1) is Mention relative)
        {
            return (relative.Entity, relative.Surface, "location.relative-antecedent");
        }

        // "... keeps troops in Syria after consolidating its presence", "Al Udeid in Qatar, with 10,000 personnel,":
        // a participle or "with" clause is placed by its sentence.
        var (sentenceFrom, _) = ctx.Text.WordRange(trigger.Sentence);
        if (clauseStart > sentenceFrom && (words[clauseStart].Norm.EndsWith("ing", StringComparison.Ordinal) || words[clauseStart].Norm == "with"
            || OpensWithPlacePhrase(ctx, sentence, sentenceFrom, clauseStart)))
        {
            clauseStart = sentenceFrom;
        }

        KbEntity? best = null;
        string? bestText = null;
        var bestScore = int.MaxValue;
        var bestIsOrigin = false;
        // "58 percent of Syrians", "French respondents": the people surveyed place the poll.
        if (trigger.Rule.Type == "opinion.poll" && SurveyedPopulation(ctx, sentence) is Mention surveyed)
        {
            return (surveyed.Entity, surveyed.Surface, "location.surveyed-population");
        }

        if (trigger.Rule.Type == "military.deployment" && Destination(ctx, sentence, trigger) is Mention destination)
        {
            return (destination.Entity, destination.Surface, "location.destination-installation");
        }

        if (ObjectPlace(ctx, sentence, trigger, clauseStart) is { } objectPlace)
        {
            return objectPlace;
        }

        if (TheCountryAfter(ctx, trigger, clauseEnd) && ctx.HomeCountry is Mention country
            && !(actor?.Kind == NameKind.Demonym && country.Entity.Id == actor.Entity.Id)
            && !PlaceStartingIn(sentence, trigger.Last, clauseEnd))
        {
            return (country.Entity, country.Surface, "location.the-country");
        }

        var tail = AttributionTail(ctx, trigger);
        var findingsFrom = trigger.Rule.Type == "opinion.poll" ? FindingsStart(ctx, trigger) : int.MaxValue;
        foreach (var m in sentence)
        {
            // "deployed its forces to Syria": a country a force goes to is where it went, even when it was also taken as the target.
            var targetAsPlace = ReferenceEquals(m, target) && !m.AsActor && m.Entity.Type == EntityType.Country
                && trigger.Rule.Type is "military.deployment" or "military.incursion" or "military.base" or "military.troop_level"
                && PrepositionBefore(ctx, m) is "to" or "in" or "into" or "inside";
            if (ReferenceEquals(m, actor) || (ReferenceEquals(m, target) && !targetAsPlace) || m.AsActor || m.First < clauseStart || (m.First >= tail.From && m.First < tail.To))
            {
                continue;
            }

            var e = m.Entity;
            var prev = ctx.WordBefore(m.First);
            var rank = Specificity(e);
            if (rank < 0 || BasedIn(ctx, m) || (trigger.Rule.Type == "opinion.poll" && m.First > findingsFrom))
            {
                continue;
            }

            if (prev == "to" && m.First >= 2 && PostedToTitles.Contains(ctx.Text.Words[m.First - 2].Norm))
            {
                continue;
            }

            // "1,000 troops remain in Syria, most of them at X", "holds 11 positions in Syria, including the summit": a
            // place told for part of a force or of a count ("112 civilians killed in Syria, 31 of them in Homs") is not the whole's place.
            if (trigger.Rule.Type is "military.troop_level" or "military.base" or "violence.civilians" or "military.clash" or "military.strike" && PartOfTheForce(ctx, m.First))
            {
                continue;
            }

            if (e.Type == EntityType.Country)
            {
                var asTerritory = (m.Kind == NameKind.Demonym || ctx.Text.Words[m.Last].Possessive) && ctx.WordAfter(m.Last) is string n && TerritoryNouns.Contains(n);
                var prep = PrepositionBefore(ctx, m);

                // "in Israeli attacks": a demonym qualifies the noun after it; only "Syrian territory" is a place.
                if (!asTerritory && (prep is null || m.Kind == NameKind.Demonym || !PlaceCountryPrepositions.Contains(prep) || ctx.Text.Words[m.Last].Possessive))
                {
                    continue;
                }
            }

            if (prev == "from" && trigger.Rule.Type is not ("military.withdrawal" or "territory.transfer"))
            {
                rank += 5;
            }

            // "near X, about 100 miles north of Y": Y is only the landmark X is measured from.
            if (prev == "of" && m.First >= 2 && Directions.Contains(ctx.Text.Words[m.First - 2].Norm) && MeasuredFrom(ctx, m.First - 2))
            {
                rank += 10;
            }

            // "discussed the situation in Syria": a place named as a subject of talk is not where anything happened.
            if (IsTopicPlace(ctx, m))
            {
                rank += 10;
            }

            // "As-Suwayda's local community": a place in the possessive qualifies a party; it counts after named places.
            if (e.Type == EntityType.Place && ctx.Text.Words[m.Last].Possessive && !(ctx.WordAfter(m.Last) is string owned && TerritoryNouns.Contains(owned)))
            {
                rank += 10;
            }

            // Places after the cue describe where it happened; places before it mostly belong to its subject, and so does
            // a place someone came from ("members who had crossed from Syria into Anbar"); places in a later clause
            // ("killed ... when a drone struck a market in Hajin") count last.
            var score = (m.First >= clauseEnd ? 2000 : m.First > trigger.Last && m.First - trigger.Last <= 10 && prev != "from" ? 0 : 1000) + rank * 100 + Math.Abs(m.First - trigger.Last);
            if (score < bestScore)
            {
                (best, bestText, bestScore, bestIsOrigin) = (e, m.Surface, score, prev == "from");
            }
        }

        // "Army units entered the site, coming up the road from X": X is where they came from; "the site" is where they went.
        if (bestIsOrigin && trigger.Rule.Type is "military.deployment" or "military.incursion" && AnaphoricLocation(ctx, trigger) is Mention went)
        {
            return (went.Entity, went.Surface, "location.coreference-not-origin");
        }

        if (best is not null)
        {
            return (best, bestText, "location.most-specific-in-clause");
        }

        // "..., in villages of the Quneitra area, where they have arrested suspects": where points back.
        if (clauseStart > 0 && ctx.Text.Words[clauseStart - 1].Norm == "where"
            && LastSiteBefore(sentence, clauseStart - 1, int.MaxValue, notActor: true) is Mention where)
        {
            return (where.Entity, where.Surface, "location.relative-where");
        }

        // "The garrison at al-Tanf, which has anchored ...": the relative clause is about the installation before it.
        var which = LastWordBefore(ctx, trigger, "which");
        if (which > 0 && LastInstallationBefore(sentence, which, 3) is Mention antecedent)
        {
            return (antecedent.Entity, antecedent.Surface, "location.relative-which");
        }

        // "Damascus, which hosted a delegation": a capital that acts as host is also where it happened.
        if (trigger.Rule.Id == "meeting.host" && actor?.Place is KbEntity capital)
        {
            return (capital, actor.Surface, "location.host-capital");
        }

        if (AnaphoricLocation(ctx, trigger) is Mention back)
        {
            return (back.Entity, back.Surface, "location.coreference");
        }

        // "withdraw from territory it occupied": unnamed territory is the report's home country; so is the unnamed
        // place of a foreign force's size ("the force of about 10,000 peacekeepers" in a report from Lebanon).
        // A mission whose mandate ends leaves the country it serves in, which the sentence need not name.
        return (MentionsTerritory(ctx, trigger) || trigger.Rule.Type == "military.troop_level" || trigger.Rule.Id == "withdraw.mandate-end")
            && ctx.HomeCountry is Mention home && !(actor is not null && actor.Entity.Id == home.Entity.Id)
            ? (home.Entity, home.Surface, MentionsTerritory(ctx, trigger) ? "location.unnamed-territory" : "location.force-in-home-country")
            : (null, null, "");
    }

    internal static bool MentionsTerritory(SentenceContext ctx, Trigger trigger)
    {
        var (from, to) = ctx.Text.WordRange(trigger.Sentence);
        for (var k = from; k < to; k++)
        {
            if (ctx.Text.Words[k].Norm is "territory" or "territories" && k > from && ctx.Text.Words[k - 1].Norm is "from" or "into" or "the" or "of" or "occupied")
            {
                return true;
            }
        }

        return false;
    }

    internal static int LastWordBefore(SentenceContext ctx, Trigger trigger, string word)
    {
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        for (var k = trigger.First - 1; k >= from && k >= trigger.First - 8; k--)
        {
            if (ctx.Text.Words[k].Norm == word)
            {
                return k;
            }
        }

        return -1;
    }

    internal static bool TheCountryAfter(SentenceContext ctx, Trigger trigger, int clauseEnd)
    {
        var words = ctx.Text.Words;
        for (var k = trigger.Last + 1; k < clauseEnd - 1; k++)
        {
            if (words[k].Norm == "the" && words[k + 1].Norm is "country" or "nation")
            {
                return true;
            }
        }

        return false;
    }

    public static int Specificity(KbEntity e) => e.Type switch
    {
        EntityType.Installation => 0,
        EntityType.Place => e.Kind switch
        {
            "neighbourhood" or "village" or "building" or "landmark" or "unlocated" => 1,
            "city" or "town" => 1,
            "province" or "district" or "zone" or "road" or "mountain" or "river" or "border" => 2,
            "region" => 3,
            "continent" => 5,
            _ => 2,
        },
        EntityType.Country => 4,
        _ => -1,
    };

    // The helpers below are loops, not lambdas: a lambda capturing the trigger or the clause made a closure on every
    // call of Location, whichever way the call went.

    // The last place or installation ending before word `word`, at most `distance` words before it (with notActor,
    // one not named as an actor).
    private static Mention? LastSiteBefore(List<Mention> sentence, int word, int distance, bool notActor)
    {
        for (var j = sentence.Count - 1; j >= 0; j--)
        {
            var m = sentence[j];
            if (m.Last < word && word - m.Last <= distance && !(notActor && m.AsActor) && m.Entity.Type is EntityType.Place or EntityType.Installation)
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? LastInstallationBefore(List<Mention> sentence, int word, int distance)
    {
        for (var j = sentence.Count - 1; j >= 0; j--)
        {
            var m = sentence[j];
            if (m.Last < word && word - m.Last <= distance && m.Entity.Type == EntityType.Installation)
            {
                return m;
            }
        }

        return null;
    }

    // The antecedent of "which" or "where" at word `relative`: an installation up to 14 words before, else a place
    // (or a country after a place preposition) up to 8.
    private static Mention? RelativeAntecedent(SentenceContext ctx, List<Mention> sentence, int relative)
    {
        if (LastInstallationBefore(sentence, relative, 14) is Mention installation)
        {
            return installation;
        }

        for (var j = sentence.Count - 1; j >= 0; j--)
        {
            var m = sentence[j];
            if (m.Last < relative && relative - m.Last <= 8 && !m.AsActor && (m.Entity.Type == EntityType.Place
                || (m.Entity.Type == EntityType.Country && PrepositionBefore(ctx, m) is string p && PlaceCountryPrepositions.Contains(p))))
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? SurveyedPopulation(SentenceContext ctx, List<Mention> sentence)
    {
        foreach (var m in sentence)
        {
            if (m.Kind == NameKind.Demonym && !m.AsActor
                && (m.Surface.EndsWith('s') || ctx.WordAfter(m.Last) is "respondents" or "voters" or "adults" or "citizens" or "households" or "residents"))
            {
                return m;
            }
        }

        return null;
    }

    // Whether a place of any rank, not named as an actor, starts after word `after` and before word `before`.
    private static bool PlaceStartingIn(List<Mention> sentence, int after, int before)
    {
        foreach (var m in sentence)
        {
            if (m.First > after && m.First < before && !m.AsActor && Specificity(m.Entity) >= 0)
            {
                return true;
            }
        }

        return false;
    }

    // "In Baghdad, the adviser received the minister": a place phrase opening the sentence places a main clause that
    // names no place.
    private static bool OpensWithPlacePhrase(SentenceContext ctx, List<Mention> sentence, int sentenceFrom, int clauseStart)
    {
        if (ctx.Text.Words[sentenceFrom].Norm is not ("in" or "at") || PlaceAfterOpening(ctx, sentence, sentenceFrom) is not { } place)
        {
            return false;
        }

        // Only when the clause names no place of its own: "In the province, ... in the town of X" is placed at X.
        // "In Jableh itself, ..." opens the same way.
        var words = ctx.Text.Words;
        var end = place.Last + 1 < words.Count && words[place.Last + 1].Norm == "itself" ? place.Last + 1 : place.Last;
        // "In Baghdad on Wednesday,": a short time phrase may close the opening.
        if (end + 2 < clauseStart && clauseStart - end <= 5 && words[end + 1].Norm is "on" or "last" or "this" or "late" or "early" or "earlier")
        {
            end = clauseStart - 1;
        }

        return end + 1 == clauseStart && words[end].End < ctx.Text.Body.Length && ctx.Text.Body[words[end].End] == ','
            && (place.Entity.Type is EntityType.Place or EntityType.Installation || place.Place is not null)
            && !sentence.Any(m => m.First >= clauseStart && !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation
                && m.Entity.Id != place.Entity.Id && !IsTopicPlace(ctx, m));
    }

    // "the situation in Syria", "developments in Lebanon": a place named as what was talked about.
    private static bool IsTopicPlace(SentenceContext ctx, Mention m) =>
        m.First >= 2 && ctx.Text.Words[m.First - 1].Norm == "in"
        && ctx.Text.Words[m.First - 2].Norm is "situation" or "developments" or "crisis" or "war" or "conflict" or "events" or "tensions" or "escalation";

    // "In Afrin,", "In occupied Afrin,", "In the besieged town of X,": up to two lower-case words may stand before the name.
    private static Mention? PlaceAfterOpening(SentenceContext ctx, List<Mention> sentence, int sentenceFrom)
    {
        var words = ctx.Text.Words;
        for (var k = sentenceFrom + 1; k <= sentenceFrom + 3 && k < words.Count; k++)
        {
            if (MentionLists.FirstStartingIn(sentence, k, k) is Mention m)
            {
                return m;
            }

            if (words[k].Capitalized || words[k].Kind != Text.TokenKind.Word || words[k].End >= ctx.Text.Body.Length || ctx.Text.Body[words[k].End] == ',')
            {
                return null;
            }
        }

        return null;
    }

    // "most of them at (the) X", "including (the) X": a part named after the whole, an article allowed before the name.
    private static bool PartOfTheForce(SentenceContext ctx, int first)
    {
        var words = ctx.Text.Words;
        var k = first - 1 >= 0 && words[first - 1].Norm == "the" ? first - 2 : first - 1;
        return (k >= 2 && words[k - 1].Norm == "them" && words[k - 2].Norm == "of") || (k >= 0 && words[k].Norm == "including");
    }
}
