using Sitrep.Core.Recognition;
using Sitrep.Core.Time;

namespace Sitrep.Core.Metadata;

/// <summary>
/// Infers a publication date the header does not give (codebook section 1): the latest dated reference to
/// something that already happened. Deadlines, "until" dates and dates in sentences about the future are
/// ignored. An undated month-day that falls before the latest dated month in the narrative ("in late November
/// 2024 ... on January 29") points into the next year, and then only the year is claimed. No dated past
/// reference: no date.
/// </summary>
public static class PublicationInference
{
    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "will", "expected", "scheduled", "set", "plans", "planned", "planning", "deadline", "upcoming", "would", "next", "aims", "target",
    };

    public static (PartialDate? Date, string? Evidence) Infer(AnalyzedText text, IReadOnlyList<TimeMention> times)
    {
        PartialDate? latest = null;
        string? evidence = null;
        var pastMentions = new List<TimeMention>();
        foreach (var t in times)
        {
            if (t.Role is TimeRole.Deadline or TimeRole.Until || InFutureSentence(text, t))
            {
                continue;
            }

            pastMentions.Add(t);
            if (t.Absolute is PartialDate a && (latest is null || a.CompareKey > latest.Value.CompareKey))
            {
                latest = a;
                evidence = t.Text;
            }
        }

        if (latest is not PartialDate l)
        {
            return (null, null);
        }

        if (l.HasMonth && !l.HasDay && pastMentions.Any(t => t.Relative is { Unit: "month-day" or "named-month" } r && r.Value < l.Month && t.Start > 0))
        {
            var rollover = pastMentions.First(t => t.Relative is { Unit: "month-day" or "named-month" } r && r.Value < l.Month);
            return (new PartialDate(l.Year + 1, 0, 0), rollover.Text);
        }

        return (l.HasMonth ? new PartialDate(l.Year, l.Month, 0) : l, evidence);
    }

    private static bool InFutureSentence(AnalyzedText text, TimeMention t)
    {
        foreach (var s in text.Sentences)
        {
            if (t.Start >= s.Start && t.Start < s.End)
            {
                var (from, to) = text.WordRange(text.Sentences.IndexOf(s));
                for (var k = from; k < to; k++)
                {
                    if (FutureWords.Contains(text.Words[k].Norm))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }
}
