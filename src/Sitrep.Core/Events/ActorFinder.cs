using System.Collections.Frozen;
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

/// <summary>Finds who acts: the subject of the cue's clause, the adjective before a noun cue ("Israeli strikes"), the agent of a passive ("by X"), or the force named after a deployment verb.</summary>
public static class ActorFinder
{
    internal static bool IsActorCandidate(SentenceContext ctx, Mention m, Trigger trigger)
    {
        var e = m.Entity;
        if (!(e.IsActor || m.AsActor) || e.Kind is "media" or "monitor")
        {
            return false;
        }

        // Aid and rights groups report and treat; they do not strike, deploy or raid.
        if (e.Kind == "ngo" && (trigger.Rule.Type.StartsWith("military.", StringComparison.Ordinal) || trigger.Rule.Type is "security.raid" or "violence.civilians"))
        {
            return false;
        }

        // Communities are victims or subjects, not sides; armed civilians ("settlers") act only through their own rules.
        if (e.Type == EntityType.Group && (trigger.Rule.Type is "violence.civilians" or "opinion.poll" || Diplomatic.Contains(trigger.Rule.Type)
            || (e.Kind == "civilians" && trigger.Rule.Type.StartsWith("military.", StringComparison.Ordinal))))
        {
            return false;
        }

        // "near the Jordanian border", "on Syrian soil": a demonym naming where a line or ground lies is a place (but
        // "Russian border guards" are a force).
        if (m.Kind == NameKind.Demonym && ctx.WordAfter(m.Last) is "border" or "borders" or "frontier" or "side" or "territory" or "soil"
            or "airspace" or "waters" or "coast" or "desert" or "countryside"
            && !(m.Last + 2 < ctx.Text.Words.Count && ctx.Text.Words[m.Last + 2].Norm is "guards" or "guard" or "police" or "forces" or "force" or "troops"
                or "units" or "patrol" or "patrols" or "officers" or "service" or "personnel"))
        {
            return false;
        }

        return !ctx.IsCompoundModifier(m);
    }

    // "Israeli strikes", "Israeli troops occupying": an actor right before the cue.
    internal static Mention? Adjacent(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        // "13,500 US troops": the cue word is inside the force phrase that names the actor.
        foreach (var m in sentence)
        {
            if (m.First <= trigger.First && m.Last >= trigger.First && m.AsActor && m.Entity.Type == EntityType.Country)
            {
                return m;
            }
        }

        foreach (var m in sentence)
        {
            // "The SDF, which had shared the base with the Americans, pulled out": a comma closes the relative clause.
            if (m.Last < trigger.First && trigger.First - m.Last <= (trigger.Rule.NeedsOwner ? 4 : 2) && IsActorCandidate(ctx, m, trigger)
                && !ctx.CommaAfter(m.Last)
                && !ctx.Text.Words[m.Last].Possessive
                && (m.Entity.Type == EntityType.Country || m.AsActor)
                && (!InPlacePhrase(ctx, m) || (m.Kind == NameKind.Demonym && trigger.First - m.Last == 1)) // "killed in Israeli attacks"
                && (trigger.First - m.Last == 1 || m.Kind == NameKind.Demonym || trigger.Rule.NeedsOwner))
            {
                return m;
            }

            // "repelled an RSF attack", "the SDF offensive", "repeated Israeli military strikes": an armed force named
            // right before a noun cue, after an article or, for a state's forces, in words of their own.
            if (trigger.First - m.Last == 1 && m.Entity.Type == EntityType.Organization && m.Entity.Kind is "armed_group" or "military"
                && (ctx.WordBefore(m.First) is "a" or "an" or "the" or "another" || (m.Entity.ActsFor is not null && m.Surface.Contains(' ')))
                && !ctx.Text.Words[m.Last].Possessive && !ctx.CommaAfter(m.Last) && IsActorCandidate(ctx, m, trigger))
            {
                return m;
            }
        }

        return null;
    }

    private static readonly WordSet Asides = WordSet.Create(["however", "meanwhile", "moreover", "nonetheless", "nevertheless", "though", "too", "also"]);

    private static bool AsideBefore(SentenceContext ctx, int clauseStart, int from)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k >= Math.Max(from + 1, clauseStart - 1); k--)
        {
            if (Asides.Contains(words[k].Norm) && ctx.CommaAfter(k) && ctx.CommaAfter(k - 1))
            {
                return true;
            }
        }

        return false;
    }

    // "militias in Iraq and Syria launched ...": a country inside a place phrase modifies the noun before it.
    private static readonly WordSet SayingParticiples = WordSet.Create(
    [
        "saying", "adding", "noting", "claiming", "stating", "reporting", "alleging", "asserting", "insisting", "announcing",
    ]);

    private static bool InPlacePhrase(SentenceContext ctx, Mention m) =>
        m.Entity.Type == EntityType.Country && LocationFinder.PrepositionBefore(ctx, m) is "in" or "across" or "inside" or "throughout" or "near";

    internal static Mention? Subject(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        // "... after consolidating its presence": a clause opening with a participle shares the sentence's subject.
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        // But "saying an Israeli force pushed into ...": a participle of saying opens reported words with their own subject.
        if (clauseStart > from && clauseStart < ctx.Text.Words.Count && ctx.Text.Words[clauseStart].Norm.EndsWith("ing", StringComparison.Ordinal)
            && !SayingParticiples.Contains(ctx.Text.Words[clauseStart].Norm)
            && FirstSubject(ctx, sentence, trigger, from) is Mention shared)
        {
            return shared;
        }

        // "troops pulled back to the line but still hold half of it": a clause with no subject of its own shares the sentence's.
        if (clauseStart > from && ctx.Text.Words[clauseStart - 1].Norm is "but" && clauseStart < ctx.Text.Words.Count
            && ctx.Text.Words[clauseStart].Norm is "still" or "also" or "later" or "then" or "now" or "already" or "again" or "soon" or "quickly" or "subsequently"
            && FirstSubject(ctx, sentence, trigger, from) is Mention sharedAcrossBut)
        {
            return sharedAcrossBut;
        }

        // "The militia, however, continues to refuse ...": an adverb set between commas opens no clause of its own.
        if (clauseStart > from && AsideBefore(ctx, clauseStart, from) && FirstSubject(ctx, sentence, trigger, from) is Mention beforeAside)
        {
            return beforeAside;
        }

        // "Since taking El Fasher, the RSF has held ...": an opening participle phrase shares the main clause's subject.
        var words = ctx.Text.Words;
        if (clauseStart == from && trigger.First == clauseStart + 1 && words[clauseStart].Norm is "since" or "after" or "before" or "while" or "upon"
            && words[trigger.First].Norm.EndsWith("ing", StringComparison.Ordinal))
        {
            var main = trigger.Last + 1;
            while (main < words.Count && ctx.Text.SentenceOfWord[main] == trigger.Sentence && ctx.Text.Body[words[main - 1].End] != ',')
            {
                main++;
            }

            foreach (var m in sentence)
            {
                if (m.First >= main && m.First - main <= 3 && IsActorCandidate(ctx, m, trigger) && !InAttributionFrame(ctx, m))
                {
                    return m;
                }
            }

            return null;
        }

        // "State TV gave another account, saying a Turkish force pushed into ...": the reported words name their own subject.
        for (var k = trigger.First - 1; k > clauseStart; k--)
        {
            if (SayingParticiples.Contains(words[k].Norm))
            {
                if (FirstSubject(ctx, sentence, trigger, k + 1) is Mention reported)
                {
                    return reported;
                }

                break;
            }
        }

        // "He said U.S. forces would stay at ...": a named force right after a reporting verb is the reported words' subject.
        for (var k = trigger.First - 2; k >= clauseStart; k--)
        {
            if (words[k].Norm is "said" or "says" or "added" or "stated")
            {
                var start = words[k + 1].Norm == "that" ? k + 2 : k + 1;
                if (sentence.FirstOrDefault(m => m.First >= start && m.First - start <= 1 && m.Last < trigger.First) is Mention named
                    && named.AsActor && IsActorCandidate(ctx, named, trigger))
                {
                    return named;
                }

                break;
            }
        }

        return FirstSubject(ctx, sentence, trigger, clauseStart);
    }

    internal static Mention? FirstSubject(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        // "Tel Aviv, which has carried out strikes": the relative pronoun stands for the name before it.
        if (clauseStart >= 2 && words[clauseStart - 1].Norm is "which" or "who"
            && Antecedent(sentence, words, clauseStart) is Mention antecedent
            && IsActorCandidate(ctx, antecedent, trigger))
        {
            return antecedent;
        }

        // "The ministry said that its forces had ...": "its" is the one who said it.
        if (clauseStart + 1 < trigger.First && words[clauseStart].Norm is "its" or "their"
            && MentionLists.LastCandidateBefore(ctx, sentence, trigger, clauseStart) is Mention owner)
        {
            return owner;
        }

        // "the coalition said it had killed a senior IS figure in a raid": a subject pronoun comes first; what follows is its object.
        var pronoun = Coreference.PronounIndex(ctx, trigger, clauseStart);

        foreach (var m in sentence)
        {
            if (m.First < clauseStart || m.First >= trigger.First)
            {
                continue;
            }

            if (m.First > pronoun && m.Last != trigger.First - 1)
            {
                return null; // "an RSF attack" right before the cue still names its author
            }

            var prev = ctx.WordBefore(m.First);
            // "militias in Iraq and Syria": a name coordinated with a governed name is governed too.
            if (prev is "and" or "or" && MentionLists.LastEndingAt(sentence, m.First - 2) is Mention left && ctx.WordBefore(left.First) is string lp && Prepositions.Contains(lp))
            {
                prev = lp;
            }

            // "a cell of X ambushed", "fighters of X attacked": the members of a side act for it.
            var governed = prev is not null && Prepositions.Contains(prev)
                && !(prev == "by" && ctx.WordBefore(m.First - 1) is "led" or "headed" or "run" or "dominated" or "commanded")
                && !(prev == "of" && ctx.WordBefore(m.First - 1) is "cell" or "cells" or "members" or "fighters" or "militants" or "gunmen" or "elements" or "squad" or "unit" or "units");
            // "Gunmen killed three Iraqi soldiers in an ambush": the victims of a verb of harm are not its authors.
            if (!governed && IsActorCandidate(ctx, m, trigger) && !InAttributionFrame(ctx, m) && !IsObjectOfVerb(ctx, m) && !ArgumentFinder.HarmedParty(ctx, m))
            {
                return m;
            }
        }

        return null;
    }

    // Loops here and below, not lambdas, as in MentionLists.
    private static Mention? Antecedent(List<Mention> sentence, List<Token> words, int clauseStart)
    {
        for (var j = sentence.Count - 1; j >= 0; j--)
        {
            var m = sentence[j];
            if (m.Last == clauseStart - 2 || (m.Last == clauseStart - 3 && words[clauseStart - 2].Kind == TokenKind.Word && !words[clauseStart - 2].Capitalized))
            {
                return m;
            }
        }

        return null;
    }

    // "dismantled an Islamic State cell": a name right after a verb (and its article) is its object, not a subject.
    internal static bool IsObjectOfVerb(SentenceContext ctx, Mention m)
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

    internal static bool InAttributionFrame(SentenceContext ctx, Mention m)
    {
        var prev = ctx.WordBefore(m.First);
        var next = ctx.WordAfter(m.Last);
        return (prev == "to" && ctx.WordBefore(m.First - 1) == "according")
            || next is "said" or "says" or "say" or "told" or "reported" or "reports" or "quoted" or "cited" or "citing" or "claimed" or "claims" or "claim"
                or "alleged" or "alleges" or "allege" or "stated" or "estimated" or "estimates" or "estimate" or "insisted" or "insists";
    }

    internal static Mention? PassiveAgent(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        // "a missile fired from Yemen": the launch site names who fired it.
        if (words[trigger.Last].Norm is "fired" or "launched" && trigger.Last + 1 < words.Count && words[trigger.Last + 1].Norm == "from"
            && LaunchSite(sentence, trigger.Last + 2) is Mention origin)
        {
            return origin;
        }

        if (words[trigger.Last].Norm == "by")
        {
            return MentionLists.FirstCandidate(ctx, sentence, trigger, trigger.Last, trigger.Last + 2);
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
                return MentionLists.FirstCandidate(ctx, sentence, trigger, k, k + 2);
            }
        }

        return null;
    }

    private static Mention? LaunchSite(List<Mention> sentence, int word)
    {
        foreach (var m in sentence)
        {
            if (m.First == word && m.Entity.Type is EntityType.Country or EntityType.Organization)
            {
                return m;
            }
        }

        return null;
    }

    internal static Mention? OfAgent(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        if (trigger.Last + 1 >= words.Count || words[trigger.Last + 1].Norm is not ("of" or "by"))
        {
            return null;
        }

        // "pulling out of Mali", "moved out of the base": a verb's "out of" names the place left, not who left.
        if (words[trigger.Last + 1].Norm == "of" && words[trigger.Last].Norm == "out")
        {
            return null;
        }

        return MentionLists.FirstCandidate(ctx, sentence, trigger, trigger.Last + 1, trigger.Last + 3);
    }

    // "has hosted Russian aircraft", "deployed Turkish troops": the force is named after the verb.
    internal static Mention? ObjectForce(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        if (trigger.Rule.Type is not ("military.deployment" or "military.withdrawal" or "military.base"))
        {
            return null;
        }

        foreach (var m in sentence)
        {
            // "to be handed to Syrian forces": whoever receives a handover does not make it.
            if (m.First > trigger.Last && m.First - trigger.Last <= 3 && IsActorCandidate(ctx, m, trigger)
                && (m.AsActor || (m.First == trigger.Last + 1 && ctx.Text.Words[trigger.Last].Norm.EndsWith("ing", StringComparison.Ordinal)))
                && !(trigger.Rule.Id == "withdraw.handover" && ctx.WordBefore(m.First) == "to"))
            {
                return m;
            }
        }

        return null;
    }
}
