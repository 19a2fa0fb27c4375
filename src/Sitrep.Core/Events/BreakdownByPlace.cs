using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// "9 terrorists were neutralized, 5 of them in northern Iraq and 4 in northern Syria": a count broken down by place
/// right after it is one fact per place, each with its own count.
/// </summary>
internal static class BreakdownByPlace
{
    internal static List<ExtractedEvent>? Split(SentenceContext ctx, Trigger trigger, ExtractedEvent e, List<QuantityMention> quantities)
    {
        if (e.Type is not ("military.clash" or "military.strike" or "violence.civilians" or "security.raid")
            || SameQuantity(quantities, e.Quantity) is not QuantityMention total)
        {
            return null;
        }

        var words = ctx.Text.Words;
        var sentence = ctx.BySentence[trigger.Sentence];
        var (_, to) = ctx.Text.WordRange(trigger.Sentence);
        var parts = new List<(double Value, Mention Place, int First, int Last)>();
        var k = NextAfterComma(ctx, trigger.Last + 1, to);
        // "5 of them in X", then "and 4 in Y" or ", 4 in Y".
        while (k >= 0 && k + 2 < to && QuantityFinder.Value(words[k]) is double n)
        {
            var at = k + 1;
            if (parts.Count == 0)
            {
                if (words[at].Norm != "of" || words[at + 1].Norm is not ("them" or "whom"))
                {
                    return null;
                }

                at += 2;
            }

            if (at + 1 >= to || words[at].Norm is not ("in" or "near" or "at" or "around"))
            {
                break;
            }

            var first = words[at + 1].Norm == "the" ? at + 2 : at + 1;
            if (PlaceAt(sentence, first) is not Mention place)
            {
                break;
            }

            parts.Add((n, place, k, place.Last));
            k = place.Last + 1 < to && words[place.Last + 1].Norm is "and" or "," ? place.Last + 2 : -1;
            if (k >= 0 && k < to && words[k].Norm == "and")
            {
                k++;
            }
        }

        if (parts.Count < 2 || Math.Abs(parts.Sum(p => p.Value) - total.Quantity.Value) > 0.5)
        {
            return null;
        }

        return PerPlace(ctx, e, total, parts);
    }

    // Loops and this helper, not lambdas in Split: a lambda capturing the fact made a closure on every call.
    private static QuantityMention? SameQuantity(List<QuantityMention> quantities, Quantity? quantity)
    {
        foreach (var q in quantities)
        {
            if (ReferenceEquals(q.Quantity, quantity))
            {
                return q;
            }
        }

        return null;
    }

    private static Mention? PlaceAt(List<Mention> sentence, int first)
    {
        foreach (var m in sentence)
        {
            if (m.First == first && !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation or EntityType.Country)
            {
                return m;
            }
        }

        return null;
    }

    private static List<ExtractedEvent> PerPlace(SentenceContext ctx, ExtractedEvent e, QuantityMention total, List<(double Value, Mention Place, int First, int Last)> parts)
    {
        var words = ctx.Text.Words;
        return [.. parts.Select((p, i) => e with
        {
            Id = EventExtractor.EventId(e.Id, e.Type, p.First, i),
            Quantity = new Quantity(p.Value, total.Quantity.Unit, ctx.Text.Body[words[p.First].Start..words[p.Last].End]),
            Location = EventExtractor.Place(p.Place.Place ?? p.Place.Entity),
            Provenance = [.. e.Provenance, new Provenance("quantity", "quantity.breakdown-by-place", ctx.Text.Body[words[p.First].Start..words[p.Last].End])],
        })];
    }

    // The first number after the cue that opens a comma-separated part ("..., 5 of them ...").
    private static int NextAfterComma(SentenceContext ctx, int from, int to)
    {
        var words = ctx.Text.Words;
        for (var k = from; k < to && k < from + 8; k++)
        {
            if (QuantityFinder.Value(words[k]) is not null && ctx.Text.Body.AsSpan(words[k - 1].End, words[k].Start - words[k - 1].End).Contains(','))
            {
                return k;
            }
        }

        return -1;
    }
}
