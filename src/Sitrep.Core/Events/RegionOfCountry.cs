using System.Collections.Frozen;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// "the return of military police to the south of the country": a compass part of a country, told after the cue, is
/// the region the knowledge base names so ("southern Syria"), when the cue has no place of its own.
/// </summary>
internal static class RegionOfCountry
{
    private static readonly FrozenDictionary<string, string> Adjectives = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["north"] = "northern", ["south"] = "southern", ["east"] = "eastern", ["west"] = "western",
        ["northeast"] = "northeastern", ["northwest"] = "northwestern", ["southeast"] = "southeastern", ["southwest"] = "southwestern",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    internal static EventArguments Apply(KnowledgeBase kb, SentenceContext ctx, Trigger trigger, EventArguments args)
    {
        if (args.Location is not null && args.Location.Type != EntityType.Country)
        {
            return args;
        }

        var words = ctx.Text.Words;
        var end = Math.Min(ctx.ClauseEnd(trigger.Last), words.Count - 4);
        for (var k = trigger.Last + 1; k < end; k++)
        {
            if (words[k].Norm != "the" || !Adjectives.TryGetValue(words[k + 1].Norm, out var adjective) || words[k + 2].Norm != "of")
            {
                continue;
            }

            var country = words[k + 3].Norm == "the" && words[k + 4].Norm == "country" ? ctx.HomeCountry?.Entity
                : ctx.BySentence[trigger.Sentence].FirstOrDefault(m => m.First == k + 3 && m.Entity.Type == EntityType.Country)?.Entity;
            if (country is not null
                && kb.Names.Lookup(KnowledgeBase.KeysOf(adjective + " " + country.Name))?.FirstOrDefault(n => n.Entity.Type == EntityType.Place)?.Entity is KbEntity region)
            {
                var phrase = ctx.Text.Body[words[k].Start..words[words[k + 3].Norm == "the" ? k + 4 : k + 3].End];
                return args.WithLocation(region, phrase, "location.region-of-country");
            }
        }

        return args;
    }
}
