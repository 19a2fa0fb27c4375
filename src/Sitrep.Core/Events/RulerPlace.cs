using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Core.Events;

/// <summary>"hours after the fall of Bashar al-Assad": a ruler falls in the country he ruled, not at a place the clause around it names.</summary>
internal static class RulerPlace
{
    internal static EventArguments Apply(KnowledgeBase kb, SentenceContext ctx, Trigger trigger, EventArguments args) =>
        trigger.Rule.Type == "politics.leadership" && args.Target is { Entity.Type: EntityType.Person or EntityType.Organization } ruler
        && ruler.First > trigger.Last && ruler.First <= trigger.Last + 3 && ctx.OfAfterCue(trigger) >= 0
        && kb.CountryByIso(ruler.Entity.Country) is KbEntity country
            ? args.WithLocation(country, ruler.Surface, "location.country-of-the-ruler")
            : args;
}
