using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>
/// "A drone struck a fuel depot ... The state government blamed the RSF": a violent fact told without its author
/// takes the party that someone blames or accuses in the same or one of the next two sentences. The fact keeps its
/// status; the provenance names the accusation, so a reader sees the author is alleged.
/// </summary>
internal static class BlamedParty
{
    private const int Reach = 2;

    private static readonly WordSet Types = WordSet.Create(
    [
        "military.strike", "military.clash", "violence.civilians",
    ]);

    // The accusing verb; the accused is the first actor named within a few words after it.
    private static readonly WordSet Cues = WordSet.Create(
    [
        "blamed", "blames", "blaming", "accused", "accuses", "accusing",
    ]);

    internal static void Assign(SentenceContext ctx, List<ExtractedEvent> events)
    {
        // Most reports have no violent fact told without its author: no sentence then needs reading for an accusation.
        if (!events.Exists(e => e.Actor is null && Types.Contains(e.Type)))
        {
            return;
        }

        var text = ctx.Text;
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            if (Accused(ctx, s) is not Mention accused)
            {
                continue;
            }

            var sentence = text.Sentences[s];
            var earliest = text.Sentences[Math.Max(0, s - Reach)].Start;
            for (var k = 0; k < events.Count; k++)
            {
                var e = events[k];
                if (e.Actor is null && Types.Contains(e.Type) && e.Evidence.Start >= earliest && e.Evidence.Start <= sentence.Start
                    && e.Target?.Id != accused.Entity.Id)
                {
                    events[k] = e with
                    {
                        Actor = new EntityRef(accused.Entity.Id, accused.Entity.Name) { Side = accused.Entity.ActsFor ?? accused.Entity.Id },
                        Provenance = [.. e.Provenance, new Provenance("actor", "actor.blamed-party", text.Body[sentence.Start..sentence.End])],
                    };
                }
            }
        }
    }

    private static Mention? Accused(SentenceContext ctx, int s)
    {
        var (from, to) = ctx.Text.WordRange(s);
        for (var w = from; w < to; w++)
        {
            var word = ctx.Text.Words[w].Norm;
            // "held the RSF responsible" names the party before the closing word.
            var held = word == "held" && ResponsibleWithin(ctx.Text.Words, w + 1, Math.Min(6, to - w - 1));
            if ((Cues.Contains(word) || held) && ActorSoonAfter(ctx.BySentence[s], w) is Mention m)
            {
                return m;
            }
        }

        return null;
    }

    // Loops, not lambdas: lambdas capturing the sentence and the word made closures for every sentence read.
    private static bool ResponsibleWithin(List<Text.Token> words, int from, int count)
    {
        for (var k = from; k < from + count; k++)
        {
            if (words[k].Norm == "responsible")
            {
                return true;
            }
        }

        return false;
    }

    private static Mention? ActorSoonAfter(List<Mention> sentence, int w)
    {
        foreach (var m in sentence)
        {
            if (m.First > w && m.First - w <= 3 && m.Entity.IsActor && m.Entity.Kind != "media")
            {
                return m;
            }
        }

        return null;
    }
}
