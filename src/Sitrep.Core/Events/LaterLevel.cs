using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>
/// "About 2,000 US troops were in Syria ... fewer than 1,000 now remain", "numbered about 2,000 and has fallen below
/// 1,000": a bare number told after a force size, later in its sentence or in the next two, that says how many are
/// left is a new troop level of the same force.
/// </summary>
internal static class LaterLevel
{
    public static void Add(string documentId, AnalyzedText text, CueLexicon cues, List<ExtractedEvent> events)
    {
        var words = text.Words;
        var levels = new List<ExtractedEvent>();
        foreach (var e in events)
        {
            if (e.Type == "military.troop_level" && e.Quantity is not null)
            {
                levels.Add(e);
            }
        }

        foreach (var level in levels)
        {
            var first = text.WordAt(level.Evidence.Start);
            if (first < 0)
            {
                continue;
            }

            var sentence = text.SentenceOfWord[first];
            var added = false;
            for (var s = sentence; s < text.Sentences.Count && s <= sentence + 2 && !added; s++)
            {
                if (s > sentence && SizesAForce(events, text.Sentences[s].Start))
                {
                    break; // the next sentence sizes a force of its own
                }

                var (from, to) = text.WordRange(s);
                var start = s == sentence ? AfterValue(words, from, to, level.Quantity!.Value) : from;
                for (var k = start; k < to && !added; k++)
                {
                    if (QuantityFinder.Value(words[k]) is not double value || words[k].Kind != TokenKind.Number || value < 10 || value == level.Quantity!.Value
                        || TimeExpressionFinder.Year(words[k].Norm) is not null || !StatesWhatIsLeft(text, cues, k, from, to)
                        || HasLevel(events, level, value))
                    {
                        continue;
                    }

                    var sentenceSpan = text.Sentences[s];
                    events.Add(level with
                    {
                        Id = EventExtractor.EventId(documentId, level.Type, sentenceSpan.Start, k),
                        Status = "ongoing",
                        Time = null,
                        Quantity = new Quantity(value, level.Quantity!.Unit, words[k].Norm),
                        Evidence = new Evidence(text.Body[sentenceSpan.Start..sentenceSpan.End], sentenceSpan.Start, sentenceSpan.End),
                        Provenance = [new Provenance("quantity", "quantity.later-level", text.Body[words[k].Start..words[k].End]),
                            .. level.Provenance.Where(p => p.Field is "type" or "actor" or "location")],
                    });
                    added = true; // one level left per force size told
                }
            }
        }
    }

    // Loops, not lambdas: a lambda capturing the sentence or the number made a closure for every word tried.
    private static bool SizesAForce(List<ExtractedEvent> events, int sentenceStart)
    {
        foreach (var e in events)
        {
            if (e.Type == "military.troop_level" && e.Evidence.Start == sentenceStart)
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasLevel(List<ExtractedEvent> events, ExtractedEvent level, double value)
    {
        foreach (var e in events)
        {
            if (e.Type == level.Type && e.Quantity?.Value == value && e.Actor?.Side == level.Actor?.Side)
            {
                return true;
            }
        }

        return false;
    }

    private static int AfterValue(List<Token> words, int from, int to, double value)
    {
        for (var k = from; k < to; k++)
        {
            if (QuantityFinder.Value(words[k]) == value)
            {
                return k + 1;
            }
        }

        return to;
    }


    // "has fallen below 1,000", "fewer than 1,000 now remain": a cue right before the number (past approximations),
    // or right after it.
    private static bool StatesWhatIsLeft(AnalyzedText text, CueLexicon cues, int number, int from, int to)
    {
        var b = number - 1;
        while (b >= from && b >= number - 3 && PhraseMatcher.AnyAt(text, b, to, cues["later_level_approximations"]) == 1)
        {
            b--;
        }

        if (b >= from && PhraseMatcher.AnyAt(text, b, to, cues["later_level_before"]) == 1)
        {
            return true;
        }

        return number + 1 < to && PhraseMatcher.AnyAt(text, number + 1, to, cues["later_level_after"]) > 0;
    }
}
