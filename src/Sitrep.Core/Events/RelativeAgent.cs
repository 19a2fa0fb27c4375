using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// The agent of a relative clause that follows a noun cue: "condemned the sanctions that the US Treasury imposed",
/// "the strikes which Israel carried out". The clause names who acted, not the subject that condemns.
/// </summary>
internal static class RelativeAgent
{
    internal static Mention? Of(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var at = trigger.Last + 1;
        if (at >= words.Count || ctx.Text.SentenceOfWord[at] != trigger.Sentence || words[at].Norm is not ("that" or "which"))
        {
            return null;
        }

        // The agent opens the clause ("that the US Treasury imposed"), and a verb follows it at once.
        var agent = sentence.FirstOrDefault(m => m.First > at && m.First - at <= 2);
        if (agent is null || agent.Last + 1 >= words.Count || ctx.Text.SentenceOfWord[agent.Last + 1] != trigger.Sentence
            || !(agent.AsActor || agent.Entity.Type is EntityType.Country or EntityType.Organization) || agent.Entity.Kind is "media" or "monitor")
        {
            return null;
        }

        var verb = words[agent.Last + 1].Norm;
        return verb is "has" or "had" or "have" || (verb.EndsWith("ed", StringComparison.Ordinal) && verb.Length > 3) || Irregular.Contains(verb) ? agent : null;
    }

    private static readonly Text.WordSet Irregular = Text.WordSet.Create(["imposes", "slapped", "put", "laid", "carried", "launched", "struck", "hit", "built", "set", "made", "signed", "took", "held"]);
}
