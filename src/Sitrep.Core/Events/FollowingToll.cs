using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// "Gunmen stormed a post on Monday. Four people died, one of them a guard.": a bare toll told in the sentence
/// right after a clash or strike that gave none is that incident's toll, not a separate attack on civilians.
/// </summary>
internal static class FollowingToll
{
    internal static void Fold(AnalyzedText text, int sentence, List<QuantityMention> quantities, List<ExtractedEvent> events, int from)
    {
        if (from == 0 || events.Count - from != 1 || sentence == 0)
        {
            return;
        }

        var toll = events[from];
        var incident = events[from - 1];
        var previous = text.Sentences[sentence - 1];
        var line = toll.Evidence.Sentence;
        if (toll.Type != "violence.civilians" || toll.Actor is not null || line.Contains("civilian", StringComparison.OrdinalIgnoreCase)
            || incident.Type is not ("military.clash" or "military.strike") || incident.Quantity is not null
            || incident.Evidence.Start != previous.Start || incident.Status != toll.Status)
        {
            return;
        }

        // "Five people were killed, two of them soldiers": the toll is the first count, not the share after it, and it
        // opens the sentence; "Those strikes have killed 300 people since May" is a toll of its own.
        var (wordFrom, _) = text.WordRange(sentence);
        if (quantities.FirstOrDefault(q => q.Quantity.Unit == "people") is not { } first || first.First - wordFrom > 2)
        {
            return;
        }

        var count = first.Quantity;

        events[from - 1] = incident with
        {
            Quantity = count,
            Time = incident.Time ?? toll.Time,
            Provenance = [.. incident.Provenance, new Provenance("quantity", "quantity.toll-in-next-sentence", count.Text)],
        };
        events.RemoveAt(from);
    }
}
