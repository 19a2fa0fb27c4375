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

/// <summary>The participants of one event with the mention and rule each rests on.</summary>
public sealed record EventArguments(Mention? Actor, Mention? Target, KbEntity? Location, string? LocationText, List<Provenance> Provenance)
{
    /// <summary>The same arguments placed elsewhere by a later rule, whose provenance replaces the location's.</summary>
    internal EventArguments WithLocation(KbEntity place, string text, string rule) => this with
    {
        Location = place,
        LocationText = text,
        Provenance = [.. Provenance.Where(p => p.Field != "location"), new Provenance("location", rule, text)],
    };
}

/// <summary>
/// Chooses actor, target and location for a trigger. The actor is the first actor-like mention of the
/// trigger's clause that no preposition governs (a modifier like "US-backed" and a cited outlet are skipped),
/// or the adjective right before a noun cue ("Israeli strikes"), or the agent of a passive ("by X"). The
/// location is the most specific place in the sentence, preferring places after the cue; "the base", "the
/// area" and "there" fall back to the latest place of the previous sentences.
/// </summary>
public sealed class ArgumentFinder
{
    public EventArguments Find(SentenceContext ctx, Trigger trigger)
    {
        var prov = new List<Provenance>();
        var sentence = ctx.BySentence[trigger.Sentence];
        var clauseStart = ctx.ClauseStart(trigger.First);
        var clauseEnd = ctx.ClauseEnd(trigger.Last);
        Mention? actor = null, target = null;
        string actorRule = "";
        if (Diplomatic.Contains(trigger.Rule.Type) && (Between(ctx, sentence, trigger, clauseEnd) ?? BetweenBefore(ctx, sentence, trigger)) is (Mention a, Mention b))
        {
            (actor, target, actorRule) = (a, b, "actor.between-x-and-y");
        }
        else if (trigger.Rule.Type == "military.clash" && PartyFinder.FirstBetween(ctx, sentence, trigger, clauseEnd) is Mention side)
        {
            (actor, actorRule) = (side, "actor.first-side-between");
        }
        else if (trigger.Rule.Type == "opinion.poll" && Pollster(ctx, sentence, trigger) is Mention pollster)
        {
            (actor, actorRule) = (pollster, "actor.survey-by");
        }
        else if (trigger.Rule.Type is "military.strike" or "military.clash" or "violence.civilians" && ClaimedBy(ctx, sentence, trigger) is Mention claimer)
        {
            (actor, actorRule) = (claimer, "actor.claimed-responsibility");
        }

        if (trigger.Rule.ActorFromCompanion && trigger.CompanionWord is int c
            && MentionLists.LastCountryBefore(sentence, c, 3) is Mention weaponOwner)
        {
            (actor, actorRule) = (weaponOwner, "actor.owner-of-weapon");
        }

        if (trigger.Rule.ActorIsCompanion && trigger.CompanionWord is int who
            && MentionLists.Covering(sentence, who) is Mention named)
        {
            (actor, actorRule) = (named, "actor.companion-mention");
        }

        // "... the Syrian territory it occupies": a pronoun right before the verb is its subject (unless "the regime"
        // named earlier in the sentence is what it stands for; that is resolved below).
        var (sentenceFrom, _) = ctx.Text.WordRange(trigger.Sentence);
        // "the territory it has seized": an auxiliary may stand between.
        var pronounAt = ctx.WordBefore(trigger.First) is "has" or "have" or "had" ? trigger.First - 2 : trigger.First - 1;
        if (actor is null && !trigger.Rule.ActorFromCompanion && pronounAt >= sentenceFrom && ctx.Text.Words[pronounAt].Norm is "it" or "they"
            && !StateNounBefore(ctx, trigger, sentenceFrom) && LastForceBefore(ctx, trigger, pronounAt) is Mention subjectPronoun)
        {
            (actor, actorRule) = (subjectPronoun, "actor.pronoun-coreference");
        }

        if (actor is null && trigger.Rule.Type is "diplomacy.sanctions" or "military.strike" or "military.base" or "diplomacy.agreement"
            && RelativeAgent.Of(ctx, sentence, trigger) is Mention agentOfClause)
        {
            (actor, actorRule) = (agentOfClause, "actor.agent-of-relative-clause");
        }

        if (actor is null && UrgedParty.Of(ctx, sentence, trigger) is Mention urged)
        {
            (actor, actorRule) = (urged, "actor.party-urged-to-act");
        }

        // "stop its near-daily strikes", "the positions it has held": the pronoun's party owns what the cue names.
        if (actor is null && (trigger.Rule.Type is "military.strike" or "military.incursion" or "security.raid" ? PronounOwner.OfPossessive(ctx, trigger)
                : trigger.Rule.Type is "military.base" or "territory.control" ? PronounOwner.OfHolding(ctx, trigger) : null) is Mention pronounParty)
        {
            (actor, actorRule) = (pronounParty, "actor.pronoun-owner");
        }

        // "the withdrawal of Israeli forces", "the return of Russian military police": the force after a nominal cue's
        // "of" is who acts.
        var ofAt = ctx.OfAfterCue(trigger);
        if (actor is null && trigger.Rule.Type is "military.deployment" or "military.withdrawal" && ofAt >= 0
            && Mover(ctx, sentence, trigger, ofAt + 1) is Mention mover)
        {
            (actor, actorRule) = (mover, "actor.of-phrase");
        }

        // "condemned the Zionist regime's latest strike": whose strike it is names who struck.
        if (actor is null && trigger.Rule.Type is "military.strike" or "military.incursion" or "security.raid" or "military.clash"
            && PossessorOf(ctx, sentence, trigger) is Mention possessor)
        {
            (actor, actorRule) = (possessor, "actor.possessor-of-cue");
        }

        // An interception names the defender, not the attacker: without the weapon's owner, the actor stays unknown.
        if (actor is null && !trigger.Rule.ActorFromCompanion)
        {
            (actor, actorRule) = Adjacent(ctx, sentence, trigger) is Mention adj ? (adj, "actor.adjacent")
                : PassiveAgent(ctx, sentence, trigger) is Mention agent ? (agent, "actor.passive-agent")
                : !SufferedInPassive(ctx, trigger, clauseStart) && Subject(ctx, sentence, trigger, clauseStart) is Mention subj ? (subj, "actor.clause-subject")
                : OfAgent(ctx, sentence, trigger) is Mention of ? (of, "actor.of-phrase")
                : ObjectForce(ctx, sentence, trigger) is Mention force ? (force, "actor.force-after-verb")
                : (null, "");
        }

        // "The regime ... has refused to withdraw from territory it occupied": the state noun names the actor first.
        if (actor is null && StateNounBefore(ctx, trigger, sentenceFrom)
            && (RegimeNamedBefore(ctx, trigger, sentenceFrom) ?? LastStateBefore(ctx, trigger)) is Mention state)
        {
            (actor, actorRule) = (state, "actor.definite-state-noun");
        }

        if (actor is null && PronounBefore(ctx, trigger, clauseStart) is string pronoun
            && (pronoun is "they" or "it" ? LastForceBefore(ctx, trigger, PronounIndex(ctx, trigger, clauseStart)) : PersonForPronoun(ctx, trigger, PronounIndex(ctx, trigger, clauseStart))) is Mention he)
        {
            (actor, actorRule) = (he, "actor.pronoun-coreference");
        }

        if (actor is null && PossessiveForce(ctx, trigger, clauseStart) && LastForceBefore(ctx, trigger) is Mention owner)
        {
            (actor, actorRule) = (owner, "actor.possessive-force");
        }

        if (actor is null && DefiniteOrganization(ctx, trigger, clauseStart) is Mention organ)
        {
            (actor, actorRule) = (organ, "actor.definite-organization");
        }

        if (actor is null && UnnamedFighters(ctx, trigger, clauseStart) is Mention fighters)
        {
            (actor, actorRule) = (fighters, "actor.unnamed-fighters-of-group");
        }

        // "The Interior Ministry deployed 300 personnel": an unnamed ministry as the clause's subject acts for that state too.
        if (actor is null && (GenericStateForces(ctx, trigger, clauseStart) || (PossessiveForce(ctx, trigger, clauseStart) && UnnamedMinistry(ctx, trigger, sentenceFrom))
                || (trigger.Rule.Type is "military.deployment" or "military.withdrawal" or "security.raid"
                    && (UnnamedMinistry(ctx, trigger, clauseStart) || MinistryUnnamedBefore(ctx, trigger, sentenceFrom)
                        || (PronounBefore(ctx, trigger, clauseStart) is "it" && UnnamedMinistry(ctx, trigger, sentenceFrom)))))
            && StateOfClause(ctx, trigger, clauseStart) is Mention home)
        {
            (actor, actorRule) = (home, "actor.home-state-forces");
        }

        if (actor is null && target is null && BothSides(ctx, trigger, clauseStart) is (Mention one, Mention other))
        {
            (actor, target, actorRule) = (one, other, "actor.both-sides");
        }

        if (actor is null && trigger.Rule.Type is "violence.civilians" or "military.strike" or "military.clash"
            && Perpetrator(ctx, sentence, trigger) is Mention perpetrator)
        {
            (actor, actorRule) = (perpetrator, "actor.armed-party-later-in-sentence");
        }

        // "'There will be no withdrawal from the summit,' Katz said": a force's move told in a quotation is the speaker's side's.
        if (actor is null && trigger.Rule.Type is "military.withdrawal" or "military.deployment" or "military.base" && QuotedSpeaker.Of(ctx, trigger) is Mention speaker)
        {
            (actor, actorRule) = (speaker, "actor.speaker-of-quotation");
        }

        if (actor is null && trigger.Rule.Type is "military.clash" or "military.strike"
            && ctx.Text.Words[trigger.First].Norm.StartsWith("neutrali", StringComparison.Ordinal) && QuotedSpeaker.ReportingBefore(ctx, trigger) is Mention claimant)
        {
            (actor, actorRule) = (claimant, "actor.speaker-of-neutralising");
        }

        if (actor is null && trigger.Rule.Type == "diplomacy.sanctions" && ListOwner.Of(ctx, sentence, trigger) is Mention keeper)
        {
            (actor, actorRule) = (keeper, "actor.owner-of-sanctions-list");
        }

        // "A convoy ... headed for coalition bases in Hasakah": supplies bound for a side's bases are that side's.
        if (actor is null && trigger.Rule.Type == "military.deployment" && DestinationOwner(ctx, sentence, trigger) is Mention bound)
        {
            (actor, actorRule) = (bound, "actor.owner-of-destination");
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

        var (location, locText, rule) = trigger.Rule.Type == "diplomacy.agreement" ? PlacePhrases.SigningPlace(ctx, sentence, trigger)
            : trigger.Rule.Type == "diplomacy.recognition" ? PlacePhrases.MissionPlace(ctx, sentence, trigger)
            : NoLocation.Contains(trigger.Rule.Type) ? (null, null, "")
            : trigger.Rule.Type is "military.troop_level" or "military.withdrawal" && PlacePhrases.CountryOfForce(ctx, trigger, clauseStart) is Mention homeCountry
                ? (homeCountry.Entity, "the country", "location.force-in-the-country")
            : trigger.Rule.Type == "military.troop_level" && PlacePhrases.PlaceOfForce(ctx, sentence, trigger) is Mention held ? (held.Place ?? held.Entity, held.Surface, "location.force-held-in")
            : Location(ctx, sentence, trigger, actor, target, clauseStart, clauseEnd);
        // "Troops killed 11 militants. Seven of them were hit near X, ...": the breakdown that follows tells where.
        if (location is null && trigger.Rule.Type is "military.clash" or "military.strike" or "violence.civilians" or "security.raid"
            && PlaceOfBreakdownAfter(ctx, trigger.Sentence) is Mention part)
        {
            (location, locText, rule) = (part.Entity, part.Surface, "location.breakdown-after");
        }

        // "X arrived in Beirut ... He is to meet the speaker on Thursday": the visitor's next meeting is in the city he came to.
        if (location is null && trigger.Rule.Type == "diplomacy.meeting" && actorRule == "actor.pronoun-coreference" && trigger.Sentence > 0
            && ctx.BySentence[trigger.Sentence - 1].FirstOrDefault(m => !m.AsActor && m.Entity.Type == EntityType.Place && Specificity(m.Entity) == 1) is Mention visited)
        {
            (location, locText, rule) = (visited.Entity, visited.Surface, "location.visit-told-before");
        }

        // "Trump ordered a full withdrawal in December 2018": a foreign state's withdrawal or deployment told with no place, in a report
        // about one country, is from that country.
        if (location is null && trigger.Rule.Type is "military.withdrawal" or "military.deployment" && actor is not null && ctx.HomeCountry is Mention reportCountry
            && (actor.Entity.Type == EntityType.Country || actor.Entity.ActsFor is not null || actor.Entity.Type == EntityType.Person)
            && actor.Entity.Country is string from && !string.Equals(from, reportCountry.Entity.Country, StringComparison.OrdinalIgnoreCase))
        {
            (location, locText, rule) = (reportCountry.Entity, reportCountry.Surface, "location.home-country-of-foreign-force");
        }

        if (location is not null)
        {
            prov.Add(new Provenance("location", rule, locText));
        }

        return new EventArguments(actor, target, location, locText, prov);
    }

    // Loops, not lambdas: a lambda capturing the trigger made a closure on every call of Find.
    private static Mention? Mover(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int word)
    {
        foreach (var m in sentence)
        {
            if (m.First == word && (m.AsActor || m.Entity.Type is EntityType.Organization or EntityType.Group) && IsActorCandidate(ctx, m, trigger))
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? Perpetrator(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        foreach (var m in sentence)
        {
            if (m.First > trigger.Last && (m.AsActor || m.Entity.Kind is "armed_group" or "military" or "coalition")
                && !IsLocative(ctx, m) && !InAttributionFrame(ctx, m) && !HarmedParty(ctx, m))
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? PlaceOfBreakdownAfter(SentenceContext ctx, int sentence)
    {
        if (sentence + 1 >= ctx.BySentence.Length)
        {
            return null;
        }

        var (from, to) = ctx.Text.WordRange(sentence + 1);
        var words = ctx.Text.Words;
        if (to - from < 4 || !(words[from].Kind == TokenKind.Number || Time.CalendarWords.NumberWord(words[from].Norm) > 0)
            || words[from + 1].Norm != "of" || words[from + 2].Norm is not ("them" or "those"))
        {
            return null;
        }

        return ctx.BySentence[sentence + 1].Where(m => !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation)
            .OrderBy(m => Specificity(m.Entity)).FirstOrDefault();
    }

    private static Mention? DestinationOwner(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        return sentence.FirstOrDefault(m => m.First > trigger.Last && m.Last + 1 < words.Count && m.First >= 1
            && words[m.First - 1].Norm is "for" or "to" or "towards" or "toward" && words[m.Last + 1].Norm is "base" or "bases" or "positions" or "outposts"
            && (m.AsActor || m.Entity.Kind is "military" or "coalition" or "armed_group" || m.Entity.Type == EntityType.Country));
    }

    // "... killed a senior Islamic State commander": the party named after a verb of harm is its victim, not its author.
    internal static bool HarmedParty(SentenceContext ctx, Mention m)
    {
        var words = ctx.Text.Words;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 4 && ctx.Text.SentenceOfWord[k] == ctx.Text.SentenceOfWord[m.First]; k--)
        {
            if (words[k].Norm is "killed" or "killing" or "wounded" or "wounding" or "targeted" or "targeting" or "against" or "captured" or "eliminated")
            {
                return true;
            }
        }

        return false;
    }

    // "Two Syrian personnel were killed", "eleven men were arrested": the subject of a passive harm or arrest is who
    // suffered it, not who did it. After a verb of saying ("the ministry said 14 people had been detained") the
    // subject found is the one who said it, which may be the one who did it.
    private static bool SufferedInPassive(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        // "had been "neutralized"": a quotation mark may stand between the auxiliary and the cue.
        var aux = ctx.WordBefore(trigger.First) is "\"" or "\u201C" or "'" or "\u2018" ? ctx.WordBefore(trigger.First - 1) : ctx.WordBefore(trigger.First);
        if (trigger.Rule.Type is not ("violence.civilians" or "security.raid" or "military.strike" or "military.clash")
            || aux is not ("was" or "were" or "been" or "being" or "are" or "is"))
        {
            return false;
        }

        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First; k++)
        {
            // "the ministry said 14 people had been detained": the one who said it may be the one who did it; but in
            // "sources said 23 members of the PKK had been neutralized" the party named after the verb suffered it.
            if (words[k].Norm is "said" or "says" or "say" or "told" or "reported" or "announced" or "stated" or "added" or "confirmed")
            {
                return MentionLists.AnyBetween(ctx.BySentence[trigger.Sentence], k, trigger.First);
            }
        }

        return true;
    }

    private static Mention? PossessorOf(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var k = trigger.First - 1;
        while (k >= 0 && k >= trigger.First - 2 && words[k].Norm is "latest" or "new" or "recent" or "deadly" or "overnight" or "fresh" or "repeated" or "continued" or "ongoing")
        {
            k--;
        }

        return k >= 0 && words[k].Possessive && MentionLists.LastEndingAt(sentence, k) is Mention m && (m.Entity.IsActor || m.AsActor)
            && m.Entity.Type is not EntityType.Place ? m : null;
    }

    // "the Islamic Resistance in Iraq claimed responsibility for a drone attack on the base": who claims an attack made it.
    private static Mention? ClaimedBy(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        for (var k = trigger.First - 1; k >= 2 && k >= trigger.First - 6 && ctx.Text.SentenceOfWord[k] == trigger.Sentence; k--)
        {
            if (words[k].Norm == "for" && words[k - 1].Norm == "responsibility" && words[k - 2].Norm is "claimed" or "claims" or "claiming" or "took" or "claim")
            {
                return MentionLists.LastCandidateBefore(ctx, sentence, trigger, k - 2);
            }
        }

        return null;
    }

    // "a survey by the MetroPOLL research company", "a survey published last week by the polling company X",
    // "a survey of 412 households ..., carried out in October by the X Collective": the pollster, named or not, after
    // "by" before the survey's findings. "An Ifop poll": a name the knowledge base lacks right before the noun.
    private static Mention? Pollster(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        // "an Etana telephone survey": a word for how it was taken may stand between the pollster and the noun.
        var mode = trigger.First > 0 && words[trigger.First - 1].Norm is "telephone" or "phone" or "online" or "household" or "field" or "opinion" or "public"
            ? trigger.First - 1 : trigger.First;
        if (sentence.FirstOrDefault(m => (m.Last + 1 == trigger.First || m.Last + 1 == mode) && m.Entity.Type is EntityType.Organization or EntityType.Unknown) is Mention before)
        {
            return before;
        }

        for (var k = trigger.Last + 1; k < Math.Min(words.Count, trigger.Last + 16) && ctx.Text.SentenceOfWord[k] == trigger.Sentence; k++)
        {
            if (FindingVerbs.Contains(words[k].Norm))
            {
                break;
            }

            if (words[k].Norm == "by")
            {
                return sentence.FirstOrDefault(m => m.First > k && m.First <= k + 4
                    && (m.Entity.Type == EntityType.Organization || (m.Entity.Type == EntityType.Unknown && LooksLikeAName(m))));
            }
        }

        return null;
    }

    // "Lazar Research", "MetroPOLL": an unknown name of two words or with inner capitals; a lone "Institute" left over
    // from a longer name is not one.
    private static bool LooksLikeAName(Mention m) =>
        m.Last > m.First || m.Surface.Skip(1).Any(char.IsUpper);
}
