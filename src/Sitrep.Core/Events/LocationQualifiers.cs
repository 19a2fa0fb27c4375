using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

// Words around a place that say it is not where the fact happened: an attribution tail, a landmark measured from.
public static partial class LocationFinder
{
    // "a convoy ... crossed the border and headed to the X base": where a deployment is bound is where it goes.
    private static Mention? Destination(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        return sentence.FirstOrDefault(m => m.First > trigger.Last && m.Entity.Type == EntityType.Installation && !m.AsActor
            && (m.First >= 1 && words[m.First - 1].Norm == "the" ? m.First - 2 : m.First - 1) is int k && k >= 1
            && (words[k].Norm, words[k - 1].Norm) is ("to" or "for" or "at", "headed" or "heading" or "bound" or "arrived" or "arriving" or "route" or "way"));
    }

    // "about 100 miles north of": a distance unit just before the direction word.
    private static bool MeasuredFrom(SentenceContext ctx, int direction)
    {
        for (var k = direction - 1; k >= 0 && k >= direction - 3; k--)
        {
            if (ctx.Text.Words[k].Norm is "km" or "kilometres" or "kilometers" or "miles" or "mile" or "kilometre" or "kilometer" or "metres" or "meters")
            {
                return true;
            }
        }

        return false;
    }

    // "..., the defence ministries in Yerevan and Baku said, ...": places in an attribution tell who spoke, not where.
    private static (int From, int To) AttributionTail(SentenceContext ctx, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var (from, to) = ctx.Text.WordRange(trigger.Sentence);
        for (var k = from + 2; k < to; k++)
        {
            if (words[k].Norm is not ("said" or "says" or "reported" or "announced" or "stated" or "told"))
            {
                continue;
            }

            for (var c = k - 1; c > from && c > k - 10; c--)
            {
                if (ctx.Text.Body[words[c].End] == ',')
                {
                    return trigger.First > c && trigger.First < k ? (int.MaxValue, int.MaxValue) : (c + 1, k);
                }
            }

            break;
        }

        // "..., according to a Western diplomat in Beirut": where the source sits is not where the event is.
        for (var k = Math.Max(from + 1, trigger.Last + 1); k + 1 < to; k++)
        {
            if (words[k].Norm == "according" && words[k + 1].Norm == "to" && ctx.Text.Body[words[k - 1].End] == ',')
            {
                return (k, to);
            }
        }

        return (int.MaxValue, int.MaxValue);
    }

    // "a Daraa-based group", "the Istanbul-based Jusoor Centre": a place that says where a body sits is no event's place.
    private static bool BasedIn(SentenceContext ctx, Mention m) =>
        m.End < ctx.Text.Body.Length && ctx.Text.Body[m.End] == '-' && ctx.WordAfter(m.Last) == "based";

    // "A survey of 400 households in X ... found that 71 percent had lost land since forces moved into Y": places in
    // the findings are what the poll asked about, not where it was made.
    private static int FindingsStart(SentenceContext ctx, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var (_, to) = ctx.Text.WordRange(trigger.Sentence);
        for (var k = trigger.Last + 1; k < to; k++)
        {
            if (ArgumentLexicon.FindingVerbs.Contains(words[k].Norm))
            {
                return k;
            }
        }

        return int.MaxValue;
    }
}
