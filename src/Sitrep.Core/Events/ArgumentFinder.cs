using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

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
        "in", "into", "inside", "across", "throughout", "within", "to", "of", "from", "on", "over", "around",
    };

    private static readonly HashSet<string> TerritoryNouns = new(StringComparer.Ordinal) { "territory", "territories", "soil", "land", "airspace", "side" };

    private static readonly HashSet<string> Diplomatic = new(StringComparer.Ordinal)
    {
        "diplomacy.meeting", "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    };

    public EventArguments Find(SentenceContext ctx, Trigger trigger)
    {
        var prov = new List<Provenance>();
        var text = ctx.Text;
        var sentence = ctx.BySentence[trigger.Sentence];
        var clauseStart = ctx.ClauseStart(trigger.First);
        var actor = AdjacentModifier(ctx, sentence, trigger) ?? Subject(ctx, sentence, trigger, clauseStart) ?? PassiveAgent(ctx, sentence, trigger);
        if (actor is not null)
        {
            prov.Add(new Provenance("actor", actor.Rule == "kb.demonym-phrase" ? "actor.demonym-phrase" : "actor.clause-subject", actor.Surface));
        }
        else if (PronounBefore(ctx, trigger, clauseStart) && LastPersonBefore(ctx, trigger) is Mention he)
        {
            actor = he;
            prov.Add(new Provenance("actor", "actor.pronoun-coreference", he.Surface));
        }

        var target = Target(ctx, sentence, trigger, actor);
        if (target is not null)
        {
            prov.Add(new Provenance("target", "target.other-party", target.Surface));
        }

        var (location, locText, rule) = Location(ctx, sentence, trigger, actor, target);
        if (location is not null)
        {
            prov.Add(new Provenance("location", rule, locText));
        }

        return new EventArguments(actor, target, location, locText, prov);
    }

    private static bool IsActorCandidate(SentenceContext ctx, Mention m, Trigger trigger)
    {
        var e = m.Entity;
        if (!(e.IsActor || m.AsActor) || e.Kind is "media" or "monitor")
        {
            return false;
        }

        if (e.Type == EntityType.Group && trigger.Rule.Type is "violence.civilians" or "opinion.poll")
        {
            return false;
        }

        return !ctx.IsCompoundModifier(m);
    }

    private static Mention? AdjacentModifier(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        foreach (var m in sentence)
        {
            if (m.Last < trigger.First && trigger.First - m.Last <= 2 && (m.Kind == Knowledge.NameKind.Demonym || m.AsActor)
                && IsActorCandidate(ctx, m, trigger) && m.Entity.Type == EntityType.Country && m.Rule != "kb.demonym-phrase"
                && !ctx.Text.Words[m.Last].Possessive)
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? Subject(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        foreach (var m in sentence)
        {
            if (m.First < clauseStart || m.First >= trigger.First)
            {
                continue;
            }

            var prev = ctx.WordBefore(m.First);
            var governed = prev is not null && Prepositions.Contains(prev)
                && !(prev == "by" && ctx.WordBefore(m.First - 1) is "led" or "headed" or "run" or "dominated" or "commanded");
            if (!governed && IsActorCandidate(ctx, m, trigger) && !InAttributionFrame(ctx, m))
            {
                return m;
            }
        }

        return null;
    }

    private static bool InAttributionFrame(SentenceContext ctx, Mention m)
    {
        var prev = ctx.WordBefore(m.First);
        var next = ctx.WordAfter(m.Last);
        return (prev == "to" && ctx.WordBefore(m.First - 1) == "according")
            || next is "said" or "says" or "told" or "reported" or "quoted" or "cited" or "citing";
    }

    private static Mention? PassiveAgent(SentenceContext ctx, List<Mention> sentence, Trigger trigger) =>
        sentence.FirstOrDefault(m => m.First > trigger.Last && m.First - trigger.Last <= 4 && ctx.WordBefore(m.First) == "by"
            && IsActorCandidate(ctx, m, trigger));

    private static bool PronounBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        for (var k = clauseStart; k < trigger.First; k++)
        {
            if (ctx.Text.Words[k].Norm is "he" or "she")
            {
                return true;
            }
        }

        return false;
    }

    private static Mention? LastPersonBefore(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Entity.Type == EntityType.Person && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 2);

    private static Mention? Target(SentenceContext ctx, List<Mention> sentence, Trigger trigger, Mention? actor)
    {
        var diplomatic = Diplomatic.Contains(trigger.Rule.Type) || trigger.Rule.Type == "politics.leadership";
        var candidates = sentence.Where(m => (m.Entity.IsActor || m.AsActor) && m.Entity.Kind is not ("media" or "monitor")
            && (actor is null || m.Entity.Id != actor.Entity.Id) && !InAttributionFrame(ctx, m)).ToList();
        var after = candidates.FirstOrDefault(m => m.First > trigger.Last && (diplomatic || m.Entity.Type == EntityType.Group || m.First - trigger.Last <= 6));
        if (after is not null)
        {
            return after;
        }

        return diplomatic ? candidates.LastOrDefault(m => m.Last < trigger.First && !ctx.IsCompoundModifier(m)) : null;
    }

    private (KbEntity?, string?, string) Location(SentenceContext ctx, List<Mention> sentence, Trigger trigger, Mention? actor, Mention? target)
    {
        KbEntity? best = null;
        string? bestText = null;
        var bestScore = int.MaxValue;
        foreach (var m in sentence)
        {
            if (ReferenceEquals(m, actor) || ReferenceEquals(m, target) || m.AsActor)
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
                var asTerritory = m.Kind == Knowledge.NameKind.Demonym && ctx.WordAfter(m.Last) is string n && TerritoryNouns.Contains(n);
                if (!asTerritory && (prev is null || !PlaceCountryPrepositions.Contains(prev) || ctx.Text.Words[m.Last].Possessive))
                {
                    continue;
                }
            }

            if (prev == "from" && trigger.Rule.Type is not ("military.withdrawal" or "territory.transfer"))
            {
                rank += 5;
            }

            var score = rank * 100 + (m.First > trigger.Last ? m.First - trigger.Last : 40 + trigger.First - m.Last);
            if (score < bestScore)
            {
                (best, bestText, bestScore) = (e, m.Surface, score);
            }
        }

        if (best is not null)
        {
            return (best, bestText, "location.most-specific-in-sentence");
        }

        return AnaphoricLocation(ctx, trigger) is Mention back ? (back.Entity, back.Surface, "location.coreference") : (null, null, "");
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
            var hit = ctx.BySentence[s].LastOrDefault(m => !m.AsActor && (wantInstallation
                ? m.Entity.Type == EntityType.Installation
                : m.Entity.Type is EntityType.Place or EntityType.Installation));
            if (hit is not null)
            {
                return hit;
            }
        }

        return null;
    }

    private static int Specificity(KbEntity e) => e.Type switch
    {
        EntityType.Installation => 0,
        EntityType.Place => e.Kind switch
        {
            "neighbourhood" or "village" or "building" or "landmark" => 1,
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
