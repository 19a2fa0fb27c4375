using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>The participants of one event with the mention and rule each rests on.</summary>
public sealed record EventArguments(Mention? Actor, Mention? Target, KbEntity? Location, string? LocationText, List<Provenance> Provenance);

/// <summary>
/// Chooses actor, target and location for a trigger. The actor is the first actor-like mention of the
/// trigger's clause that no preposition governs (a modifier like "US-backed" and a cited outlet are skipped),
/// or the adjective right before a noun cue ("Israeli strikes"), or the agent of a passive ("by X"). The
/// location is the most specific place in the sentence, preferring places after the cue; "the base", "the
/// area" and "there" fall back to the latest place of the previous sentences.
/// </summary>
public sealed class ArgumentFinder
{
    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "in", "of", "from", "to", "with", "by", "for", "against", "on", "at", "into", "toward", "towards", "about", "across",
        "inside", "near", "over", "under", "between", "among", "within", "throughout", "upon", "via", "around", "onto", "like",
    };

    private static readonly HashSet<string> PlaceCountryPrepositions = new(StringComparer.Ordinal)
    {
        "in", "into", "inside", "across", "throughout", "within", "to", "of", "from", "over", "around", "at", "toward", "towards", "against",
    };

    private static readonly HashSet<string> Directions = new(StringComparer.Ordinal)
    {
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "rural", "coastal",
    };

    private static readonly HashSet<string> TerritoryNouns = new(StringComparer.Ordinal) { "territory", "territories", "soil", "land", "airspace", "side" };

    private static readonly HashSet<string> NoLocation = new(StringComparer.Ordinal)
    {
        "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    };

    private static readonly HashSet<string> Diplomatic = new(StringComparer.Ordinal)
    {
        "diplomacy.meeting", "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    };

    public EventArguments Find(SentenceContext ctx, Trigger trigger)
    {
        var prov = new List<Provenance>();
        var sentence = ctx.BySentence[trigger.Sentence];
        var clauseStart = ctx.ClauseStart(trigger.First);
        var clauseEnd = ctx.ClauseEnd(trigger.Last);
        Mention? actor = null, target = null;
        string actorRule = "";
        if (Diplomatic.Contains(trigger.Rule.Type) && Between(ctx, sentence, trigger, clauseEnd) is (Mention a, Mention b))
        {
            (actor, target, actorRule) = (a, b, "actor.between-x-and-y");
        }

        if (actor is null)
        {
            (actor, actorRule) = Adjacent(ctx, sentence, trigger) is Mention adj ? (adj, "actor.adjacent")
                : PassiveAgent(ctx, sentence, trigger) is Mention agent ? (agent, "actor.passive-agent")
                : Subject(ctx, sentence, trigger, clauseStart) is Mention subj ? (subj, "actor.clause-subject")
                : OfAgent(ctx, sentence, trigger) is Mention of ? (of, "actor.of-phrase")
                : ObjectForce(ctx, sentence, trigger) is Mention force ? (force, "actor.force-after-verb")
                : (null, "");
        }

        if (actor is null && PronounBefore(ctx, trigger, clauseStart) is string pronoun
            && (pronoun is "they" or "it" ? LastForceBefore(ctx, trigger) : LastPersonBefore(ctx, trigger)) is Mention he)
        {
            (actor, actorRule) = (he, "actor.pronoun-coreference");
        }

        if (actor is null && StateNounBefore(ctx, trigger, clauseStart) && LastStateBefore(ctx, trigger) is Mention state)
        {
            (actor, actorRule) = (state, "actor.definite-state-noun");
        }

        if (actor is null && PossessiveForce(ctx, trigger, clauseStart) && LastForceBefore(ctx, trigger) is Mention owner)
        {
            (actor, actorRule) = (owner, "actor.possessive-force");
        }

        if (actor is null && DefiniteOrganization(ctx, trigger, clauseStart) is Mention organ)
        {
            (actor, actorRule) = (organ, "actor.definite-organization");
        }

        if (actor is null && GenericStateForces(ctx, trigger, clauseStart) && ctx.HomeCountry is Mention home)
        {
            (actor, actorRule) = (home, "actor.home-state-forces");
        }

        if (actor is null && target is null && BothSides(ctx, trigger, clauseStart) is (Mention one, Mention other))
        {
            (actor, target, actorRule) = (one, other, "actor.both-sides");
        }

        if (actor is null && trigger.Rule.Type is "violence.civilians" or "military.strike" or "military.clash"
            && sentence.FirstOrDefault(m => m.First > trigger.Last && (m.AsActor || m.Entity.Type == EntityType.Organization)
                && m.Entity.Kind is not ("media" or "monitor" or "ngo" or "igo") && !IsLocative(ctx, m) && !InAttributionFrame(ctx, m)) is Mention perpetrator)
        {
            (actor, actorRule) = (perpetrator, "actor.armed-party-later-in-sentence");
        }

        if (actor is not null)
        {
            prov.Add(new Provenance("actor", actorRule, actor.Surface));
        }

        target ??= Coordinated(ctx, sentence, actor, trigger) ?? Target(ctx, sentence, trigger, actor);
        if (target is not null)
        {
            prov.Add(new Provenance("target", "target.other-party", target.Surface));
        }

        var (location, locText, rule) = NoLocation.Contains(trigger.Rule.Type)
            ? (null, null, "")
            : Location(ctx, sentence, trigger, actor, target, clauseStart, clauseEnd);
        if (location is not null)
        {
            prov.Add(new Provenance("location", rule, locText));
        }

        return new EventArguments(actor, target, location, locText, prov);
    }

    /// <summary>Installations named after the cue in its clause: a base event for each ("distinct installations are distinct events").</summary>
    public static List<Mention> InstallationsAfter(SentenceContext ctx, Trigger trigger) =>
        ctx.BySentence[trigger.Sentence].Where(m => m.Entity.Type == EntityType.Installation && m.First > trigger.Last && m.First < ctx.ClauseEnd(trigger.Last))
            .DistinctBy(m => m.Entity.Id).ToList();

    /// <summary>Countries listed right after the cue ("to Turkey, Saudi Arabia and Qatar").</summary>
    public static List<Mention> ListedCountriesAfter(SentenceContext ctx, Trigger trigger)
    {
        var list = new List<Mention>();
        var expect = trigger.Last + 1;
        foreach (var m in ctx.BySentence[trigger.Sentence].Where(m => m.First > trigger.Last))
        {
            var gap = m.First - expect;
            if (m.Entity.Type != EntityType.Country || gap > 2 || (list.Count > 0 && gap > 1))
            {
                if (list.Count > 0)
                {
                    break;
                }

                continue;
            }

            list.Add(m);
            expect = m.Last + 1;
        }

        return list.DistinctBy(m => m.Entity.Id).ToList();
    }

    private static (Mention, Mention)? Between(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseEnd)
    {
        var words = ctx.Text.Words;
        for (var k = trigger.Last + 1; k < Math.Min(clauseEnd, trigger.Last + 6); k++)
        {
            if (words[k].Norm != "between")
            {
                continue;
            }

            var parties = sentence.Where(m => m.First > k && m.First <= k + 10 && (m.Entity.IsActor || m.AsActor) && m.Entity.Kind != "media"
                && !TitleOfPerson(sentence, m)).Take(2).ToList();
            if (parties.Count == 2 && parties[0].Entity.Id != parties[1].Entity.Id)
            {
                return (parties[0], parties[1]);
            }
        }

        return null;
    }

    // "Russian President Vladimir Putin": the demonym only qualifies the person after it.
    private static bool TitleOfPerson(List<Mention> sentence, Mention m) =>
        m.Kind == NameKind.Demonym && sentence.Any(p => p.Entity.Type == EntityType.Person && p.First > m.Last && p.First - m.Last <= 4);

    // "has hosted Russian aircraft", "deployed Turkish troops": the force is named after the verb.
    private static Mention? ObjectForce(SentenceContext ctx, List<Mention> sentence, Trigger trigger) =>
        trigger.Rule.Type is "military.deployment" or "military.withdrawal"
            ? sentence.FirstOrDefault(m => m.First > trigger.Last && m.First - trigger.Last <= 3 && m.AsActor && IsActorCandidate(ctx, m, trigger))
            : null;

    private static Mention? OfAgent(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        if (trigger.Last + 1 >= words.Count || words[trigger.Last + 1].Norm is not ("of" or "by"))
        {
            return null;
        }

        return sentence.FirstOrDefault(m => m.First > trigger.Last + 1 && m.First <= trigger.Last + 3 && IsActorCandidate(ctx, m, trigger));
    }

    private static bool StateNounBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First - 1; k++)
        {
            if (words[k].Norm == "the" && words[k + 1].Norm is "regime" or "government" or "administration" or "country" or "state")
            {
                return true;
            }
        }

        return false;
    }

    // "its fighters", "their troops": the force of the latest party named.
    private static bool PossessiveForce(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First - 1; k++)
        {
            if (words[k].Norm is "its" or "their" && words[k + 1].Norm is "forces" or "troops" or "army" or "military" or "soldiers" or "units"
                or "fighters" or "militants" or "members" or "gunmen" or "jets" or "aircraft" or "drones")
            {
                return true;
            }
        }

        return false;
    }

    // "the ministry", "the group", "the army": the latest organisation of that kind.
    private static Mention? DefiniteOrganization(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First - 1; k++)
        {
            if (words[k].Norm != "the")
            {
                continue;
            }

            string[]? kinds = words[k + 1].Norm switch
            {
                "ministry" => ["ministry"],
                "group" or "militia" or "movement" or "organisation" or "organization" => ["armed_group"],
                "army" or "military" => ["military"],
                "coalition" or "alliance" => ["coalition"],
                _ => null,
            };
            if (kinds is not null)
            {
                return ctx.Mentions.LastOrDefault(m => m.Last < k && m.Entity.Type == EntityType.Organization && kinds.Contains(m.Entity.Kind)
                    && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 3);
            }
        }

        return null;
    }

    // "security forces detained ...", "government troops": in a report about one country, its state's forces.
    private static bool GenericStateForces(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First; k++)
        {
            if (words[k].Norm is "security" or "government" or "army" or "police" or "regime" or "state"
                && k + 1 < trigger.First + 1 && k + 1 < words.Count && words[k + 1].Norm is "forces" or "troops" or "units" or "personnel" or "services")
            {
                return true;
            }
        }

        return false;
    }

    // "both countries", "the two sides", "the two men": the last two parties named before.
    private static (Mention, Mention)? BothSides(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        var found = false;
        for (var k = Math.Max(0, clauseStart); k < Math.Min(words.Count - 1, ctx.ClauseEnd(trigger.Last)); k++)
        {
            found |= (words[k].Norm == "both" || (words[k].Norm == "two" && k > 0 && words[k - 1].Norm == "the"))
                && words[k + 1].Norm is "countries" or "sides" or "men" or "leaders" or "governments" or "delegations" or "parties";
        }

        if (!found)
        {
            return null;
        }

        var parties = ctx.Mentions.Where(m => m.Last < trigger.First && (m.AsActor || m.Entity.IsActor) && m.Entity.Type != EntityType.Group
                && m.Entity.Kind is not ("media" or "monitor")
                && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 2)
            .Reverse().DistinctBy(m => m.Entity.ActsFor ?? m.Entity.Id).Take(2).ToList();
        return parties.Count == 2 ? (parties[1], parties[0]) : null;
    }

    private static Mention? LastStateBefore(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] is >= 0 and <= 2
            && (m.Entity.Type == EntityType.Country || m.Entity.ActsFor is not null) && (m.AsActor || m.Kind != NameKind.Demonym));

    private static bool IsActorCandidate(SentenceContext ctx, Mention m, Trigger trigger)
    {
        var e = m.Entity;
        if (!(e.IsActor || m.AsActor) || e.Kind is "media" or "monitor")
        {
            return false;
        }

        if (e.Type == EntityType.Group && (trigger.Rule.Type is "violence.civilians" or "opinion.poll" || Diplomatic.Contains(trigger.Rule.Type)))
        {
            return false;
        }

        return !ctx.IsCompoundModifier(m);
    }

    // "Israeli strikes", "Israeli troops occupying": an actor right before the cue.
    private static Mention? Adjacent(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        foreach (var m in sentence)
        {
            if (m.Last < trigger.First && trigger.First - m.Last <= (trigger.Rule.NeedsOwner ? 4 : 2) && IsActorCandidate(ctx, m, trigger)
                && !ctx.Text.Words[m.Last].Possessive
                && (m.Entity.Type == EntityType.Country || m.AsActor)
                && (trigger.First - m.Last == 1 || m.Kind == NameKind.Demonym || trigger.Rule.NeedsOwner))
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? Subject(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        // "... after consolidating its presence": a clause opening with a participle shares the sentence's subject.
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        if (clauseStart > from && clauseStart < ctx.Text.Words.Count && ctx.Text.Words[clauseStart].Norm.EndsWith("ing", StringComparison.Ordinal)
            && FirstSubject(ctx, sentence, trigger, from) is Mention shared)
        {
            return shared;
        }

        return FirstSubject(ctx, sentence, trigger, clauseStart);
    }

    private static Mention? FirstSubject(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        // "The ministry said that its forces had ...": "its" is the one who said it.
        if (clauseStart + 1 < trigger.First && words[clauseStart].Norm is "its" or "their"
            && sentence.LastOrDefault(m => m.Last < clauseStart && IsActorCandidate(ctx, m, trigger)) is Mention owner)
        {
            return owner;
        }

        foreach (var m in sentence)
        {
            if (m.First < clauseStart || m.First >= trigger.First)
            {
                continue;
            }

            var prev = ctx.WordBefore(m.First);
            var governed = prev is not null && Prepositions.Contains(prev)
                && !(prev == "by" && ctx.WordBefore(m.First - 1) is "led" or "headed" or "run" or "dominated" or "commanded");
            if (!governed && IsActorCandidate(ctx, m, trigger) && !InAttributionFrame(ctx, m) && !IsObjectOfVerb(ctx, m))
            {
                return m;
            }
        }

        return null;
    }

    // "dismantled an Islamic State cell": a name right after a verb (and its article) is its object, not a subject.
    private static bool IsObjectOfVerb(SentenceContext ctx, Mention m)
    {
        var words = ctx.Text.Words;
        var k = m.First - 1;
        if (k >= 0 && words[k].Norm is "a" or "an" or "the")
        {
            k--;
        }

        if (k < 0 || ctx.Text.SentenceOfWord[k] != ctx.Text.SentenceOfWord[m.First])
        {
            return false;
        }

        var w = words[k];
        var hyphenated = w.Start > 0 && NameFolding.IsDash(ctx.Text.Body[w.Start - 1]);
        return !hyphenated && (w.Norm.EndsWith("ed", StringComparison.Ordinal) && w.Norm.Length > 4 || w.Norm is "hit" or "struck" or "met" or "fought" or "killed" or "attacked");
    }

    private static bool InAttributionFrame(SentenceContext ctx, Mention m)
    {
        var prev = ctx.WordBefore(m.First);
        var next = ctx.WordAfter(m.Last);
        return (prev == "to" && ctx.WordBefore(m.First - 1) == "according")
            || next is "said" or "says" or "told" or "reported" or "quoted" or "cited" or "citing";
    }

    private static Mention? PassiveAgent(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        // "a missile fired from Yemen": the launch site names who fired it.
        if (words[trigger.Last].Norm is "fired" or "launched" && trigger.Last + 1 < words.Count && words[trigger.Last + 1].Norm == "from"
            && sentence.FirstOrDefault(m => m.First == trigger.Last + 2 && m.Entity.Type is EntityType.Country or EntityType.Organization) is Mention origin)
        {
            return origin;
        }

        if (words[trigger.Last].Norm == "by")
        {
            return sentence.FirstOrDefault(m => m.First > trigger.Last && m.First <= trigger.Last + 2 && IsActorCandidate(ctx, m, trigger));
        }

        for (var k = trigger.Last + 1; k < Math.Min(words.Count, trigger.Last + 4); k++)
        {
            if (words[k].Norm == "by" && k > 0 && words[k - 1].Norm is "brokered" or "mediated" or "sponsored" or "facilitated" or "hosted")
            {
                return null; // a mediator is not a party (codebook, Roles)
            }

            var agentCue = words[k].Norm == "by" && (words[trigger.Last].Norm.EndsWith("ed", StringComparison.Ordinal) || k > trigger.Last + 1)
                || (words[k].Norm == "to" && words[k - 1].Norm is "linked" or "belonging" or "attributed");
            if (agentCue)
            {
                return sentence.FirstOrDefault(m => m.First > k && m.First <= k + 2 && IsActorCandidate(ctx, m, trigger));
            }
        }

        return null;
    }

    private static string? PronounBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        for (var k = clauseStart; k < trigger.First; k++)
        {
            if (ctx.Text.Words[k].Norm is "he" or "she" or "they" or "it")
            {
                return ctx.Text.Words[k].Norm;
            }
        }

        return null;
    }

    // "they" after "Israeli troops ..." or "the IDF ...": the latest force or state named as a party.
    private static Mention? LastForceBefore(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 1
            && (m.AsActor || m.Entity.Type is EntityType.Country or EntityType.Organization && m.Entity.Kind is not ("media" or "monitor"))
            && !IsLocative(ctx, m));

    // "in Syria", "on Syrian soil": a country named as a place, not as a party.
    private static bool IsLocative(SentenceContext ctx, Mention m) =>
        m.Entity.Type == EntityType.Country && !m.AsActor
        && ((PrepositionBefore(ctx, m) is string p && PlaceCountryPrepositions.Contains(p) && p is not ("to" or "of"))
            || (m.Kind == NameKind.Demonym && ctx.WordAfter(m.Last) is string n && TerritoryNouns.Contains(n)));

    // "in central and northern Mali": the preposition before a place, past direction words.
    private static string? PrepositionBefore(SentenceContext ctx, Mention m)
    {
        var words = ctx.Text.Words;
        var p = m.First - 1;
        while (p > 0 && ctx.Text.SentenceOfWord[p] == ctx.Text.SentenceOfWord[m.First] && (Directions.Contains(words[p].Norm) || words[p].Norm is "and" or "or"))
        {
            p--;
        }

        return p >= 0 && ctx.Text.SentenceOfWord[p] == ctx.Text.SentenceOfWord[m.First] ? words[p].Norm : null;
    }

    // "Russia and Syria have agreed...": the party coordinated with the subject is the other side.
    private static Mention? Coordinated(SentenceContext ctx, List<Mention> sentence, Mention? actor, Trigger trigger)
    {
        if (actor is null || !(Diplomatic.Contains(trigger.Rule.Type) || trigger.Rule.Type == "politics.leadership") || ctx.WordAfter(actor.Last) != "and")
        {
            return null;
        }

        return sentence.FirstOrDefault(m => (m.First == actor.Last + 2 || (m.First == actor.Last + 3 && ctx.Text.Words[actor.Last + 2].Norm == "the"))
            && (m.Entity.IsActor || m.AsActor) && m.Entity.Id != actor.Entity.Id);
    }

    // "a ceasefire brokered by Oman": the mediator is not a party.
    private static bool IsMediator(SentenceContext ctx, Mention m) =>
        ctx.WordBefore(m.First) == "by" && m.First >= 2 && ctx.Text.Words[m.First - 2].Norm is "brokered" or "mediated" or "sponsored" or "facilitated";

    private static Mention? LastPersonBefore(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Entity.Type == EntityType.Person && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 2);

    private static Mention? Target(SentenceContext ctx, List<Mention> sentence, Trigger trigger, Mention? actor)
    {
        var diplomatic = Diplomatic.Contains(trigger.Rule.Type) || trigger.Rule.Type == "politics.leadership";
        var candidates = sentence.Where(m => (m.Entity.IsActor || m.AsActor) && m.Entity.Kind is not ("media" or "monitor")
            && (actor is null || m.Entity.Id != actor.Entity.Id) && !InAttributionFrame(ctx, m) && !IsLocative(ctx, m) && !IsMediator(ctx, m)).ToList();
        var after = candidates.FirstOrDefault(m => m.First > trigger.Last && (diplomatic || m.Entity.Type == EntityType.Group || m.First - trigger.Last <= 6));
        if (after is not null)
        {
            return after;
        }

        return diplomatic ? candidates.LastOrDefault(m => m.Last < trigger.First && !ctx.IsCompoundModifier(m)) : null;
    }

    private (KbEntity?, string?, string) Location(SentenceContext ctx, List<Mention> sentence, Trigger trigger, Mention? actor, Mention? target, int clauseStart, int clauseEnd)
    {
        KbEntity? best = null;
        string? bestText = null;
        var bestScore = int.MaxValue;
        if (trigger.Rule.Type == "opinion.poll" && sentence.FirstOrDefault(m => m.Kind == NameKind.Demonym && m.Surface.EndsWith('s')) is Mention surveyed)
        {
            return (surveyed.Entity, surveyed.Surface, "location.surveyed-population");
        }

        if (trigger.Rule.Type == "territory.control" && sentence.FirstOrDefault(m => m.First > trigger.Last && m.First - trigger.Last <= 8
                && m.Entity.Type == EntityType.Country && ctx.WordBefore(m.First) == "of") is Mention whole)
        {
            return (whole.Entity, whole.Surface, "location.share-of-country");
        }

        if (TheCountryAfter(ctx, trigger, clauseEnd) && ctx.HomeCountry is Mention country
            && !(actor?.Kind == NameKind.Demonym && country.Entity.Id == actor.Entity.Id)
            && !sentence.Any(m => m.First > trigger.Last && m.First < clauseEnd && !m.AsActor && Specificity(m.Entity) >= 0))
        {
            return (country.Entity, country.Surface, "location.the-country");
        }

        foreach (var m in sentence)
        {
            if (ReferenceEquals(m, actor) || ReferenceEquals(m, target) || m.AsActor || m.First < clauseStart)
            {
                continue;
            }

            var e = m.Entity;
            var prev = ctx.WordBefore(m.First);
            var rank = Specificity(e);
            if (rank < 0)
            {
                continue;
            }

            if (e.Type == EntityType.Country)
            {
                var asTerritory = (m.Kind == NameKind.Demonym || ctx.Text.Words[m.Last].Possessive) && ctx.WordAfter(m.Last) is string n && TerritoryNouns.Contains(n);
                var prep = PrepositionBefore(ctx, m);
                if (!asTerritory && (prep is null || !PlaceCountryPrepositions.Contains(prep) || ctx.Text.Words[m.Last].Possessive))
                {
                    continue;
                }
            }

            if (prev == "from" && trigger.Rule.Type is not ("military.withdrawal" or "territory.transfer"))
            {
                rank += 5;
            }

            // Places after the cue describe where it happened; places before it mostly belong to its subject;
            // places in a later clause ("killed ... when a drone struck a market in Hajin") count last.
            var score = (m.First >= clauseEnd ? 2000 : m.First > trigger.Last && m.First - trigger.Last <= 10 ? 0 : 1000) + rank * 100 + Math.Abs(m.First - trigger.Last);
            if (score < bestScore)
            {
                (best, bestText, bestScore) = (e, m.Surface, score);
            }
        }

        if (best is not null)
        {
            return (best, bestText, "location.most-specific-in-clause");
        }

        // "..., in villages of the Quneitra area, where they have arrested suspects": where points back.
        if (clauseStart > 0 && ctx.Text.Words[clauseStart - 1].Norm == "where"
            && sentence.LastOrDefault(m => m.Last < clauseStart - 1 && !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation) is Mention where)
        {
            return (where.Entity, where.Surface, "location.relative-where");
        }

        // "The garrison at al-Tanf, which has anchored ...": the relative clause is about the installation before it.
        var which = LastWordBefore(ctx, trigger, "which");
        if (which > 0 && sentence.LastOrDefault(m => m.Last < which && which - m.Last <= 3 && m.Entity.Type == EntityType.Installation) is Mention antecedent)
        {
            return (antecedent.Entity, antecedent.Surface, "location.relative-which");
        }

        if (AnaphoricLocation(ctx, trigger) is Mention back)
        {
            return (back.Entity, back.Surface, "location.coreference");
        }

        // "withdraw from territory it occupied": unnamed territory is the report's home country.
        return MentionsTerritory(ctx, trigger) && ctx.HomeCountry is Mention home && !(actor is not null && actor.Entity.Id == home.Entity.Id)
            ? (home.Entity, home.Surface, "location.unnamed-territory")
            : (null, null, "");
    }

    private static bool MentionsTerritory(SentenceContext ctx, Trigger trigger)
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

    private static int LastWordBefore(SentenceContext ctx, Trigger trigger, string word)
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

    private static bool TheCountryAfter(SentenceContext ctx, Trigger trigger, int clauseEnd)
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

    private static Mention? AnaphoricLocation(SentenceContext ctx, Trigger trigger)
    {
        var (from, to) = ctx.Text.WordRange(trigger.Sentence);
        var words = ctx.Text.Words;
        var wantInstallation = false;
        var found = false;
        for (var k = from; k < to - 1; k++)
        {
            if (words[k].Norm is "the" or "that" or "this" && words[k + 1].Norm is "base" or "site" or "facility" or "area" or "region" or "airbase")
            {
                found = true;
                wantInstallation |= words[k + 1].Norm is "base" or "site" or "facility" or "airbase";
            }
        }

        if (!found)
        {
            return null;
        }

        for (var s = trigger.Sentence - 1; s >= 0 && s >= trigger.Sentence - 2; s--)
        {
            var hit = (wantInstallation ? ctx.BySentence[s].LastOrDefault(m => m.Entity.Type == EntityType.Installation) : null)
                ?? ctx.BySentence[s].LastOrDefault(m => !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation);
            if (hit is not null)
            {
                return hit;
            }
        }

        return null;
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
}
