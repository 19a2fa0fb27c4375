using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>Who keeps a sanctions list: "ministers added five men to the EU's sanctions list" is the EU's step.</summary>
internal static class ListOwner
{
    /// <summary>
    /// A state or organisation named in the possessive after the cue, with "list" or "blacklist" at most three
    /// words on, in the same sentence; null otherwise.
    /// </summary>
    internal static Mention? Of(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        foreach (var m in sentence)
        {
            if (m.First <= trigger.Last || !words[m.Last].Possessive || m.Entity.Type is not (EntityType.Country or EntityType.Organization))
            {
                continue;
            }

            for (var k = m.Last + 1; k <= m.Last + 3 && k < words.Count && ctx.Text.SentenceOfWord[k] == trigger.Sentence; k++)
            {
                if (words[k].Norm is "list" or "blacklist")
                {
                    return m;
                }
            }
        }

        return null;
    }
}
