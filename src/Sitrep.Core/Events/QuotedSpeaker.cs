using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>Who speaks a quotation: "'There will be no withdrawal from the summit,' the minister said."</summary>
internal static class QuotedSpeaker
{
    /// <summary>
    /// The speaker of the quotation a cue stands in, when the quotation closes in its sentence or the next and a
    /// reporting frame follows ("X said", "he told reporters"); null otherwise.
    /// </summary>
    internal static Mention? Of(SentenceContext ctx, Trigger trigger)
    {
        var text = ctx.Text;
        var body = text.Body;
        var (from, _) = text.WordRange(trigger.Sentence);
        var sentenceStart = Math.Max(0, text.Words[from].Start - 1);
        if (!QuoteOpen(body, sentenceStart, text.Words[trigger.First].Start))
        {
            return null;
        }

        for (var s = trigger.Sentence; s <= trigger.Sentence + 1 && s < text.Sentences.Count; s++)
        {
            var (sFrom, sTo) = text.WordRange(s);
            for (var k = Math.Max(sFrom, s == trigger.Sentence ? trigger.Last + 1 : sFrom); k < sTo - 1; k++)
            {
                if (!HasQuote(body, text.Words[k].End, text.Words[k + 1].Start))
                {
                    continue;
                }

                // The frame right after the closing quote: a named speaker or a pronoun before a reporting verb.
                if (ctx.BySentence[s].FirstOrDefault(m => m.First == k + 1 && ActorFinder.InAttributionFrame(ctx, m)) is Mention named)
                {
                    return named.Entity.IsActor || named.AsActor ? StateOf(ctx, named) : null;
                }

                return text.Words[k + 1].Norm is "he" or "she" && k + 2 < sTo && text.Words[k + 2].Norm is "said" or "told" or "added" or "says" or "stressed"
                    && Coreference.PersonForPronoun(ctx, trigger, k + 1) is Mention person
                    ? StateOf(ctx, person)
                    : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Akturk said 11 militants had been neutralised": the side that speaks of "neutralising" did it. The state of the
    /// speaker named before the cue in a reporting frame; null when none is.
    /// </summary>
    internal static Mention? ReportingBefore(SentenceContext ctx, Trigger trigger)
    {
        foreach (var m in ctx.BySentence[trigger.Sentence])
        {
            if (m.Last < trigger.First && (m.Entity.IsActor || m.AsActor) && ActorFinder.InAttributionFrame(ctx, m))
            {
                return StateOf(ctx, m);
            }
        }

        return null;
    }

    // "Our presence", "no withdrawal": an official speaks for his state, when the report names it.
    private static Mention StateOf(SentenceContext ctx, Mention speaker) =>
        speaker.Entity.ActsFor is string state && ctx.Mentions.FirstOrDefault(m => m.Entity.Id == state) is Mention named ? named
        : speaker.Entity.Type == EntityType.Person && speaker.Entity.Country is string iso && ctx.CountryNamed(iso) is Mention country ? country
        : speaker;

    // Whether a quotation opened before the cue is still open at it.
    private static bool QuoteOpen(string body, int from, int to)
    {
        var straight = 0;
        var open = false;
        for (var i = from; i < to && i < body.Length; i++)
        {
            straight += body[i] == '"' ? 1 : 0;
            open = body[i] == '\u201C' || (body[i] != '\u201D' && open);
        }

        return open || straight % 2 == 1;
    }

    private static bool HasQuote(string body, int from, int to)
    {
        for (var i = from; i < to && i < body.Length; i++)
        {
            if (body[i] is '"' or '\u201C' or '\u201D')
            {
                return true;
            }
        }

        return false;
    }
}
