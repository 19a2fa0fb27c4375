using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>
/// "about 900 troops, down from roughly 2,000 at the end of 2024": a force size compared with an earlier one states
/// two troop levels; the earlier one is dated by the time told after it.
/// </summary>
internal static class EarlierLevel
{
    public static ExtractedEvent? Find(string documentId, AnalyzedText text, ExtractedEvent level, Trigger trigger, List<QuantityMention> quantities,
        List<TimeMention> times, PartialDate? published)
    {
        var words = text.Words;
        var (from, _) = text.WordRange(trigger.Sentence);
        var earlier = quantities.FirstOrDefault(q => q.First > trigger.Last && QuantityFinder.ComparedWithEarlier(words, q.First, from));
        if (earlier is null)
        {
            return null;
        }

        var after = words[earlier.Last].End;
        var when = times.FirstOrDefault(t => t.Start >= after && t.Start - after <= 30);
        var time = when is null ? null : TimeResolver.Resolve(when, published, ClauseTense.Past);
        var status = time is not null && StatusClassifier.IsBeforeNewsWindow(time, published) ? "historical" : "completed";
        var evidence = text.Body[words[earlier.First].Start..words[earlier.Last].End];
        return level with
        {
            Id = EventExtractor.EventId(documentId, level.Type, level.Evidence.Start, earlier.First),
            Status = status,
            Time = time,
            Quantity = earlier.Quantity,
            Provenance = [new Provenance("type", "rule:" + trigger.Rule.Id, trigger.Cue), new Provenance("quantity", "quantity.earlier-level", evidence),
                .. level.Provenance.Where(p => p.Field is "actor" or "location")],
        };
    }
}
