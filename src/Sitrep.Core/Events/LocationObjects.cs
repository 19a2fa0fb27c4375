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
            if (sentence.FirstOrDefault(m => m.First == k && !m.AsActor && !ctx.Text.Words[m.Last].Possessive
                    && (m.Kind != NameKind.Demonym || ctx.WordAfter(m.Last) is string n && ArgumentLexicon.TerritoryNouns.Contains(n))
                    && m.Entity.Type is EntityType.Place or EntityType.Installation or EntityType.Unknown or EntityType.Country) is Mention taken)
            {
                return (taken.Entity, taken.Surface, "location.object-place");
            }
        }

        // "began striking Yemen": the country struck is where it happened.
        if (trigger.Rule.Type is "military.strike" or "military.incursion"
            && sentence.FirstOrDefault(m => m.First == trigger.Last + 1 && m.Entity.Type == EntityType.Country && !ctx.Text.Words[m.Last].Possessive) is Mention struck)
        {
            return (struck.Entity, struck.Surface, "location.object-country");
        }

        if (trigger.Rule.Type == "territory.control" && sentence.FirstOrDefault(m => m.First > trigger.Last && m.First - trigger.Last <= 8
                && m.Entity.Type == EntityType.Country && ctx.WordBefore(m.First) == "of") is Mention whole)
        {
            return (whole.Entity, whole.Surface, "location.share-of-country");
        }

        // "the Kharab al-Jir airstrip ... could be closed, leaving Qasrak": a base handed over, closed or left in the
        // passive is the installation that is the cue's subject.
        if (trigger.Rule.Type is "military.withdrawal" or "military.base" or "territory.transfer" && trigger.First > 0
            && words[trigger.First - 1].Norm is "be" or "been" or "being" or "was" or "were" or "is" or "are"
            && sentence.LastOrDefault(m => m.Last < trigger.First && m.First >= clauseStart && !m.AsActor && m.Entity.Type == EntityType.Installation) is Mention subject)
        {
            return (subject.Entity, subject.Surface, "location.passive-subject");
        }

        return null;
    }
}
