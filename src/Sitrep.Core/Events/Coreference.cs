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

/// <summary>Short-range coreference for actors: pronouns, "the regime", "its fighters", "the ministry", "both sides", and unnamed state forces.</summary>
public static class Coreference
{
    internal static bool StateNounBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
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
    internal static bool PossessiveForce(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First - 1; k++)
        {
            if (words[k].Norm is "its" or "their" && words[k + 1].Norm is "forces" or "troops" or "army" or "military" or "soldiers" or "units"
                or "fighters" or "militants" or "members" or "gunmen" or "jets" or "aircraft" or "drones" or "servicemen" or "personnel")
            {
                return true;
            }
        }

        return false;
    }

    // "the ministry", "the group", "the army", "the terrorist organization": the latest organisation of that kind.
    internal static Mention? DefiniteOrganization(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First - 1; k++)
        {
            if (words[k].Norm != "the")
            {
                continue;
            }

            // "the Ministry of Defense" names its ministry; only "the ministry" points back to one named before.
            if (OrganizationKinds(words[k + 1].Norm) is string[] kinds && !NamedInFull(words, k + 1))
            {
                return LatestOrganization(ctx, trigger, k, kinds);
            }

            // "the terrorist organization", "the jihadist group": a qualified group is the one armed group named just
            // before (none when two are, since the qualifier may tell them apart).
            if (k + 2 < trigger.First && words[k + 1].Kind == TokenKind.Word && !words[k + 1].Capitalized
                && words[k + 2].Norm is "group" or "militia" or "movement" or "organisation" or "organization")
            {
                return OnlyArmedGroupBefore(ctx, trigger, k);
            }
        }

        return null;
    }

    private static bool NamedInFull(List<Token> words, int noun) =>
        words[noun].Capitalized && noun + 2 < words.Count && words[noun + 1].Norm == "of" && words[noun + 2].Capitalized;

    // A loop, not a lambda: a lambda capturing the word made a closure for every word of the clause.
    private static Mention? LatestOrganization(SentenceContext ctx, Trigger trigger, int k, string[] kinds)
    {
        for (var j = ctx.Mentions.Count - 1; j >= 0; j--)
        {
            var m = ctx.Mentions[j];
            if (m.Last < k && m.Entity.Type == EntityType.Organization && kinds.Contains(m.Entity.Kind)
                && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 3)
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? OnlyArmedGroupBefore(SentenceContext ctx, Trigger trigger, int k)
    {
        Mention? only = null;
        foreach (var m in ctx.Mentions)
        {
            if (m.Last < k && m.Entity.Kind == "armed_group" && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 3)
            {
                if (only is not null && only.Entity.Id != m.Entity.Id)
                {
                    return null;
                }

                only ??= m;
            }
        }

        return only;
    }

    private static string[]? OrganizationKinds(string noun) => noun switch
    {
        "ministry" => ["ministry"],
        "group" or "militia" or "movement" or "organisation" or "organization" or "paramilitaries" => ["armed_group"],
        "force" or "paramilitary" => ["armed_group", "military", "igo"],
        "mission" => ["igo"],
        "army" or "military" => ["military"],
        "coalition" or "alliance" => ["coalition"],
        "bloc" or "union" or "council" => ["igo", "coalition"],
        _ => null,
    };

    // "... the Islamic State is regrouping. Militants killed three soldiers ...": unnamed fighters as the clause's
    // subject are the one armed group named in that sentence or the one before (none when two are named).
    internal static Mention? UnnamedFighters(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        var k = clauseStart < words.Count && words[clauseStart].Norm is "the" or "suspected" or "armed" ? clauseStart + 1 : clauseStart;
        if (k >= trigger.First || words[k].Norm is not ("militants" or "jihadists" or "insurgents" or "extremists"))
        {
            return null;
        }

        return OnlyGroupBefore(ctx, trigger, clauseStart);
    }

    // Apart, so that the closure of its lambda is made only when unnamed fighters are the subject.
    private static Mention? OnlyGroupBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var groups = ctx.Mentions.Where(m => m.Last < clauseStart && m.Entity.Kind == "armed_group" && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 1)
            .DistinctBy(m => m.Entity.Id).ToList();
        return groups.Count == 1 ? groups[0] : null;
    }

    // "security forces detained ...", "government troops", "border guards", "Army Intelligence": in a report about one
    // country, its state's forces.
    internal static bool GenericStateForces(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        for (var k = clauseStart; k < trigger.First; k++)
        {
            if (words[k].Norm is "security" or "government" or "army" or "police" or "regime" or "state" or "border" or "military"
                && k + 1 < trigger.First + 1 && k + 1 < words.Count
                && (words[k + 1].Norm is "forces" or "troops" or "units" or "personnel" or "services" or "guards"
                    || (words[k].Norm is "army" or "military" && words[k + 1].Norm == "intelligence")))
            {
                return true;
            }
        }

        return false;
    }

    // "the Interior Ministry said its units had arrested ...": a ministry the knowledge base cannot tie to a state.
    internal static bool UnnamedMinistry(SentenceContext ctx, Trigger trigger, int sentenceFrom) =>
        UnnamedMinistryIn(ctx, trigger.Sentence, sentenceFrom, trigger.First);

    // "The Ministry of Interior announced arrests ... The ministry said it had also sent reinforcements": "the ministry"
    // with no ministry named before it is the unnamed one of the sentences just before.
    internal static bool MinistryUnnamedBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        var definite = false;
        for (var k = clauseStart; k < trigger.First - 1 && !definite; k++)
        {
            definite = words[k].Norm == "the" && words[k + 1].Norm == "ministry";
        }

        if (!definite || ctx.Mentions.Any(m => m.Last < trigger.First && m.Entity.Kind == "ministry" && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 3))
        {
            return false;
        }

        for (var s = Math.Max(0, trigger.Sentence - 3); s < trigger.Sentence; s++)
        {
            var (from, to) = ctx.Text.WordRange(s);
            if (UnnamedMinistryIn(ctx, s, from, to))
            {
                return true;
            }
        }

        return false;
    }

    private static bool UnnamedMinistryIn(SentenceContext ctx, int sentence, int from, int to)
    {
        var words = ctx.Text.Words;
        for (var k = from; k < to - 1; k++)
        {
            var organ = (words[k].Norm is "interior" or "defence" or "defense" && words[k + 1].Norm == "ministry")
                || (words[k].Norm == "ministry" && words[k + 1].Norm == "of" && k + 2 < to && words[k + 2].Norm is "interior" or "defence" or "defense");
            if (organ && MentionLists.Covering(ctx.BySentence[sentence], k) is not { Entity.Type: not EntityType.Unknown })
            {
                return true;
            }
        }

        return false;
    }

    // Whose "government forces" these are: the side a sentence opens with ("On the Syrian side, ..."), else the
    // country of the town the clause names, else the country the report is about.
    internal static Mention? StateOfClause(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        var words = ctx.Text.Words;
        var sentence = ctx.BySentence[trigger.Sentence];
        if (from + 3 < trigger.First && words[from].Norm == "on" && words[from + 1].Norm == "the" && words[from + 3].Norm == "side"
            && CountryAt(sentence, from + 2) is Mention side)
        {
            return side;
        }

        if (StateSpeakerBefore(ctx, sentence, trigger) is Mention speaker)
        {
            return speaker;
        }

        var town = TownInClause(ctx, sentence, trigger, clauseStart);
        return (town is not null ? ctx.CountryNamed(town.Entity.Country!) : null) ?? ctx.HomeCountry;
    }

    // "The Jordan Armed Forces said border guards had killed ...": unnamed forces in what a state organ reports are
    // that state's, wherever the clash was.
    private static Mention? StateSpeakerBefore(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        foreach (var m in sentence)
        {
            if (m.Last >= trigger.First || ctx.WordAfter(m.Last) is not ("said" or "says" or "announced" or "reported" or "stated")
                || (m.Entity.Type != EntityType.Country && m.Entity.ActsFor is null) || m.Entity.Country is null)
            {
                continue;
            }

            return m.Entity.Type == EntityType.Country ? m : ctx.CountryNamed(m.Entity.Country) ?? m;
        }

        return null;
    }

    // Loops, not lambdas: a lambda capturing the trigger made a closure on every call of StateOfClause.
    private static Mention? CountryAt(List<Mention> sentence, int word)
    {
        foreach (var m in sentence)
        {
            if (m.First == word && m.Entity.Type == EntityType.Country)
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? TownInClause(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        foreach (var m in sentence)
        {
            if (m.First >= clauseStart && m.Last <= ctx.ClauseEnd(trigger.Last) && !m.AsActor
                && m.Entity.Type is EntityType.Place or EntityType.Installation && m.Entity.Country is not null)
            {
                return m;
            }
        }

        return null;
    }

    // "both countries", "the two sides", "the two men": the last two parties named before.
    internal static (Mention, Mention)? BothSides(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        var found = false;
        for (var k = Math.Max(0, clauseStart); k < Math.Min(words.Count - 1, ctx.ClauseEnd(trigger.Last)); k++)
        {
            // "the two sides", "both ministers", and "the two" right before the cue ("when the two discussed ...").
            var theTwo = words[k].Norm == "two" && k > 0 && words[k - 1].Norm == "the";
            found |= ((words[k].Norm == "both" || theTwo)
                && words[k + 1].Norm is "countries" or "sides" or "men" or "leaders" or "governments" or "delegations" or "parties" or "ministers" or "officials")
                || (theTwo && k + 1 == trigger.First)
                || (words[k].Norm == "the" && words[k + 1].Norm == "sides" && k + 2 == trigger.First); // "the sides agreed on a roadmap"
        }

        return found ? LastTwoParties(ctx, trigger) : null;
    }

    // Apart, so that the closure of its lambda is made only when "both sides" are named.
    private static (Mention, Mention)? LastTwoParties(SentenceContext ctx, Trigger trigger)
    {
        var parties = ctx.Mentions.Where(m => m.Last < trigger.First && (m.AsActor || m.Entity.IsActor) && m.Entity.Type != EntityType.Group
                && m.Entity.Kind is not ("media" or "monitor")
                && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 2 && !SourceOrWitness(ctx, m))
            .Reverse().DistinctBy(m => m.Entity.ActsFor ?? m.Entity.Id).Take(2).ToList();
        return parties.Count == 2 ? (parties[1], parties[0]) : null;
    }

    // "..., the presidency said", "in the presence of US envoy X": the source of a report and a witness to talks are
    // not among "the two sides".
    private static bool SourceOrWitness(SentenceContext ctx, Mention m)
    {
        if (ctx.WordAfter(m.Last) is "said" or "says" or "reported" or "announced" or "told")
        {
            return true;
        }

        var words = ctx.Text.Words;
        for (var k = m.First - 1; k >= 0 && k >= m.First - 4; k--)
        {
            if (words[k].Norm is "presence" or "mediation" or "mediated" or "brokered" or "envoy" or "mediator")
            {
                return true;
            }
        }

        return false;
    }

    internal static Mention? LastStateBefore(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] is >= 0 and <= 2
            && (m.Entity.Type == EntityType.Country || m.Entity.ActsFor is not null) && (m.AsActor || m.Kind != NameKind.Demonym));

    internal static int PronounIndex(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var k = clauseStart;
        while (k < trigger.First && ctx.Text.Words[k].Norm is not ("he" or "she" or "they" or "it"))
        {
            k++;
        }

        return k;
    }

    internal static string? PronounBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var k = PronounIndex(ctx, trigger, clauseStart);
        return k < trigger.First ? ctx.Text.Words[k].Norm : null;
    }

    /// <summary>A name that can stand for a side: a force or state in an actor's role, a country, or an organisation other than a news outlet or monitor.</summary>
    internal static bool IsParty(Mention m) =>
        m.AsActor || m.Entity.Type is EntityType.Country or EntityType.Organization && m.Entity.Kind is not ("media" or "monitor");

    // "they" after "Israeli troops ..." or "the IDF ...": the latest force or state named as a party.
    // "it", "they": in the same sentence the latest party named; otherwise the subject of the sentence before.
    internal static Mention? LastForceBefore(SentenceContext ctx, Trigger trigger) => LastForceBefore(ctx, trigger, trigger.First);

    // "the coalition said it had killed a senior IS figure": the pronoun stands for a party named before the pronoun.
    internal static Mention? LastForceBefore(SentenceContext ctx, Trigger trigger, int before)
    {
        bool Party(Mention m) => IsParty(m) && !IsLocative(ctx, m);
        var same = ctx.BySentence[trigger.Sentence].LastOrDefault(m => m.Last < before && Party(m));
        if (same is not null || trigger.Sentence == 0)
        {
            return same;
        }

        return ctx.BySentence[trigger.Sentence - 1].FirstOrDefault(m => Party(m) && !(ctx.WordBefore(m.First) is string p && Prepositions.Contains(p)));
    }

    // "Araghchi ... held talks with President Aoun. He is to meet ...": a pronoun opening the sentence stands for the
    // person who was the subject of the sentence before, not the latest person named there.
    internal static Mention? PersonForPronoun(SentenceContext ctx, Trigger trigger, int pronoun)
    {
        var sameSentence = ctx.BySentence[trigger.Sentence].LastOrDefault(m => m.Last < pronoun && m.Entity.Type == EntityType.Person);
        if (sameSentence is not null || trigger.Sentence == 0)
        {
            return sameSentence ?? LastPersonBefore(ctx, trigger);
        }

        return ctx.BySentence[trigger.Sentence - 1].FirstOrDefault(m => m.Entity.Type == EntityType.Person
            && !(ctx.WordBefore(m.First) is string p && Prepositions.Contains(p))) ?? LastPersonBefore(ctx, trigger);
    }

    // "The Israeli regime ... The regime kept its troops ...": "the regime" is the state an earlier mention called a regime.
    internal static Mention? RegimeNamedBefore(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        var said = false;
        for (var k = clauseStart; k < trigger.First - 1 && !said; k++)
        {
            said = words[k].Norm == "the" && words[k + 1].Norm == "regime";
        }

        return said ? CountryCalledRegime(ctx, trigger) : null;
    }

    // Apart, so that the closure of its lambda is made only when "the regime" is said.
    private static Mention? CountryCalledRegime(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Entity.Type == EntityType.Country
            && m.Surface.EndsWith(" regime", StringComparison.OrdinalIgnoreCase));

    internal static Mention? LastPersonBefore(SentenceContext ctx, Trigger trigger) =>
        ctx.Mentions.LastOrDefault(m => m.Last < trigger.First && m.Entity.Type == EntityType.Person && trigger.Sentence - ctx.Text.SentenceOfWord[m.First] <= 2);
}
