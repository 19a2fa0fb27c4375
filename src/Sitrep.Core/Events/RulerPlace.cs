using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>"hours after the fall of Bashar al-Assad": a ruler falls in the country he ruled, not at a place the clause around it names.</summary>
internal static class RulerPlace
{
    internal static EventArguments Apply(KnowledgeBase kb, AnalyzedText text, Trigger trigger, EventArguments args)
    {
        if (trigger.Rule.Type == "politics.leadership" && args.Target is { Entity.Type: EntityType.Person or EntityType.Organization } ruler
            && ruler.First > trigger.Last && ruler.First <= trigger.Last + 3 && (text.Words[trigger.Last].Norm == "of" || text.Words[trigger.Last + 1].Norm == "of")
            && kb.CountryByIso(ruler.Entity.Country) is KbEntity country)
        {
            return args with
            {
                Location = country,
                LocationText = ruler.Surface,
                Provenance = [.. args.Provenance.Where(p => p.Field != "location"), new Provenance("location", "location.country-of-the-ruler", ruler.Surface)],
            };
        }

        return args;
    }
}
