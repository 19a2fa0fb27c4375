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

/// <summary>Finds the other party of an event: "between X and Y", "X and Y agreed", the first party after the cue; mediators are never parties.</summary>
public static class PartyFinder
{
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

    internal static (Mention, Mention)? Between(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseEnd) =>
        PartiesBetween(ctx, sentence, trigger, clauseEnd, l => l.Count == 2 && l[0].Entity.Id != l[1].Entity.Id) is [var a, var b] ? (a, b) : null;

    /// <summary>"clashes between Syrian security forces and local clans": the first side named, even when the other is no known actor.</summary>
    internal static Mention? FirstBetween(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseEnd) =>
        PartiesBetween(ctx, sentence, trigger, clauseEnd, l => l.Count > 0) is [var first, ..] ? first : null;

    // The first two actors named within ten words after a "between" that follows the cue closely, at the first
    // "between" whose parties are <paramref name="enough"/>.
    private static List<Mention> PartiesBetween(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseEnd, Func<List<Mention>, bool> enough)
    {
        var words = ctx.Text.Words;
        for (var k = trigger.Last + 1; k < Math.Min(clauseEnd, trigger.Last + 6); k++)
        {
            if (words[k].Norm != "between")
            {
                continue;
            }

            // "the Druze-led National Guard": a name before "-led" or "-backed" qualifies the party after it.
            var parties = sentence.Where(m => m.First > k && m.First <= k + 10 && (m.Entity.IsActor || m.AsActor) && m.Entity.Kind != "media"
                && !TitleOfPerson(sentence, m) && !ctx.IsCompoundModifier(m)).Take(2).ToList();
            if (enough(parties))
            {
                return parties;
            }
        }

        return [];
    }

    // "Russian President Vladimir Putin": the demonym only qualifies the person after it.
    // "negotiations between Israel and Syria on a security arrangement": the parties named before the cue.
    internal static (Mention, Mention)? BetweenBefore(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        for (var k = trigger.First - 1; k >= from && k >= trigger.First - 8; k--)
        {
            if (words[k].Norm != "between")
            {
                continue;
            }

            var parties = sentence.Where(m => m.First > k && m.Last < trigger.First && (m.Entity.IsActor || m.AsActor) && m.Entity.Kind != "media"
                && !TitleOfPerson(sentence, m)).Take(2).ToList();
            return parties.Count == 2 && parties[0].Entity.Id != parties[1].Entity.Id ? (parties[0], parties[1]) : null;
        }

        return null;
    }

    internal static bool TitleOfPerson(List<Mention> sentence, Mention m) =>
        m.Kind == NameKind.Demonym && sentence.Any(p => p.Entity.Type == EntityType.Person && p.First > m.Last && p.First - m.Last <= 4);

    // "Russia and Syria have agreed...": the party coordinated with the subject is the other side.
    internal static Mention? Coordinated(SentenceContext ctx, List<Mention> sentence, Mention? actor, Trigger trigger)
    {
        if (actor is null || !(Diplomatic.Contains(trigger.Rule.Type) || trigger.Rule.Type == "politics.leadership") || ctx.WordAfter(actor.Last) != "and")
        {
            return null;
        }

        return PartyAfterAnd(ctx, sentence, actor);
    }

    // Apart from Coordinated, as a loop: a lambda capturing the actor made a closure on every call.
    private static Mention? PartyAfterAnd(SentenceContext ctx, List<Mention> sentence, Mention actor)
    {
        foreach (var m in sentence)
        {
            if ((m.First == actor.Last + 2 || (m.First == actor.Last + 3 && ctx.Text.Words[actor.Last + 2].Norm == "the"))
                && (m.Entity.IsActor || m.AsActor) && m.Entity.Id != actor.Entity.Id)
            {
                return m;
            }
        }

        return null;
    }

    // "a ceasefire brokered by Oman": the mediator is not a party.
    internal static bool IsMediator(SentenceContext ctx, Mention m) =>
        ctx.WordBefore(m.First) == "by" && m.First >= 2 && ctx.Text.Words[m.First - 2].Norm is "brokered" or "mediated" or "sponsored" or "facilitated";

    internal static Mention? Target(SentenceContext ctx, List<Mention> sentence, Trigger trigger, Mention? actor)
    {
        var diplomatic = Diplomatic.Contains(trigger.Rule.Type) || trigger.Rule.Type == "politics.leadership";
        // The first candidate after the cue, else (for talks) the last before it: the cheap position tests come first
        // and the candidate test runs only on mentions they let through.
        foreach (var m in sentence)
        {
            if (m.First > trigger.Last && (diplomatic || m.Entity.Type == EntityType.Group || m.First - trigger.Last <= 6) && IsTargetCandidate(ctx, m, actor))
            {
                return m;
            }
        }

        if (!diplomatic)
        {
            return null;
        }

        for (var i = sentence.Count - 1; i >= 0; i--)
        {
            var m = sentence[i];
            if (m.Last < trigger.First && !ctx.IsCompoundModifier(m) && IsTargetCandidate(ctx, m, actor))
            {
                return m;
            }
        }

        return null;
    }

    private static bool IsTargetCandidate(SentenceContext ctx, Mention m, Mention? actor) =>
        (m.Entity.IsActor || m.AsActor) && m.Entity.Kind is not ("media" or "monitor")
        && (actor is null || m.Entity.Id != actor.Entity.Id) && !InAttributionFrame(ctx, m) && !IsLocative(ctx, m) && !IsMediator(ctx, m);
}
