using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

public static partial class LocationFinder
{
    /// <summary>The place that is the cue's object or passive subject ("left Karabakh", "began striking Yemen",
    /// "the airstrip could be closed"), ahead of any scoring; null when none is.</summary>
    private static (KbEntity?, string?, string)? ObjectPlace(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        // "peacekeepers left Karabakh", "retook Um Sumeima", "pulling out of Mali": the place left or taken is where
        // it happened, even a name the knowledge base lacks (it then has no point).
        if (trigger.Rule.NeedsPlaceObject || trigger.Rule.Type is "military.incursion" or "military.withdrawal")
        {
            var k = trigger.Last + 1;
            var after = ctx.WordAfter(trigger.Last);
            k += trigger.Rule.Type == "military.withdrawal" && (after == "from" || (after == "of" && words[trigger.Last].Norm == "out")) ? 1 : 0;
            k += k < words.Count && words[k].Norm == "the" ? 1 : 0;
            // "took over the Russian positions": a demonym qualifying the object is its owner, not the place.
            if (PlaceTaken(ctx, sentence, k) is Mention taken)
            {
                return (taken.Entity, taken.Surface, "location.object-place");
            }
        }

        // "began striking Yemen": the country struck is where it happened.
        if (trigger.Rule.Type is "military.strike" or "military.incursion"
            && CountryStruck(ctx, sentence, trigger.Last + 1) is Mention struck)
        {
            return (struck.Entity, struck.Surface, "location.object-country");
        }

        if (trigger.Rule.Type == "territory.control" && CountryOfShare(ctx, sentence, trigger.Last) is Mention whole)
        {
            return (whole.Entity, whole.Surface, "location.share-of-country");
        }

        // "the Kharab al-Jir airstrip ... could be closed, leaving Qasrak": a base handed over, closed or left in the
        // passive is the installation that is the cue's subject.
        if (trigger.Rule.Type is "military.withdrawal" or "military.base" or "territory.transfer" && trigger.First > 0
            && words[trigger.First - 1].Norm is "be" or "been" or "being" or "was" or "were" or "is" or "are"
            && InstallationAsSubject(sentence, clauseStart, trigger.First) is Mention subject)
        {
            return (subject.Entity, subject.Surface, "location.passive-subject");
        }

        return null;
    }

    // Loops, not lambdas: a lambda capturing the trigger made a closure on every call of ObjectPlace.
    private static Mention? PlaceTaken(SentenceContext ctx, List<Mention> sentence, int k)
    {
        foreach (var m in sentence)
        {
            if (m.First == k && !m.AsActor && !ctx.Text.Words[m.Last].Possessive
                && (m.Kind != NameKind.Demonym || ctx.WordAfter(m.Last) is string n && ArgumentLexicon.TerritoryNouns.Contains(n))
                && m.Entity.Type is EntityType.Place or EntityType.Installation or EntityType.Unknown or EntityType.Country)
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? CountryStruck(SentenceContext ctx, List<Mention> sentence, int k)
    {
        foreach (var m in sentence)
        {
            if (m.First == k && m.Entity.Type == EntityType.Country && !ctx.Text.Words[m.Last].Possessive)
            {
                return m;
            }
        }

        return null;
    }

    // "holds 40 percent of Syria": a country after "of" within eight words of the cue.
    private static Mention? CountryOfShare(SentenceContext ctx, List<Mention> sentence, int cueLast)
    {
        foreach (var m in sentence)
        {
            if (m.First > cueLast && m.First - cueLast <= 8 && m.Entity.Type == EntityType.Country && ctx.WordBefore(m.First) == "of")
            {
                return m;
            }
        }

        return null;
    }

    private static Mention? InstallationAsSubject(List<Mention> sentence, int clauseStart, int cue)
    {
        for (var j = sentence.Count - 1; j >= 0; j--)
        {
            var m = sentence[j];
            if (m.Last < cue && m.First >= clauseStart && !m.AsActor && m.Entity.Type == EntityType.Installation)
            {
                return m;
            }
        }

        return null;
    }
}
