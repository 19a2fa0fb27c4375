using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
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
        var latestAt = 0;
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
                latestAt = t.Start;
            }
        }

        if (latest is not PartialDate l)
        {
            return (null, null);
        }

        // Only a month told after the dated one rolls over: one told before it is background of an earlier year.
        if (l.HasMonth && !l.HasDay && pastMentions.Any(t => t.Relative is { Unit: "month-day" or "named-month" } r && r.Value < l.Month && t.Start > latestAt))
        {
            var rollover = pastMentions.First(t => t.Relative is { Unit: "month-day" or "named-month" } r && r.Value < l.Month && t.Start > latestAt);
            return (new PartialDate(l.Year + 1, 0, 0), rollover.Text);
        }

        return (l.HasMonth ? new PartialDate(l.Year, l.Month, 0) : l, evidence);
    }

    /// <summary>
    /// A headline that is a dated label ("Weekly Brief, March 12") gives the day, in the year inferred from the body
    /// (the next year when the inferred month comes later than the headline's).
    /// </summary>
    public static PartialDate? WithHeadlineDay(PartialDate inferred, string? title)
    {
        if (title is null || inferred.HasDay)
        {
            return null;
        }

        var day = TimeExpressionFinder.Find(title, Tokenizer.Tokenize(title)).Select(t => t.Relative).FirstOrDefault(r => r is { Unit: "month-day" });
        return day is null ? null : new PartialDate(inferred.Month > day.Value ? inferred.Year + 1 : inferred.Year, day.Value, day.Day);
    }

    /// <summary>
    /// A short header line that gives a day without a year ("Nov 23 at 20:14", a channel post's stamp) gives the day, in
    /// the year inferred from the body, as a dated headline does.
    /// </summary>
    public static PartialDate? WithHeaderDay(PartialDate inferred, IEnumerable<string> headerLines)
    {
        foreach (var line in headerLines)
        {
            if (SpaceWords.Count(line) <= 6 && WithHeadlineDay(inferred, line) is PartialDate day)
            {
                return day;
            }
        }

        return null;
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
