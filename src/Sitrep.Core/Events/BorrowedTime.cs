using Sitrep.Core.Model;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>Times a fact borrows from the fact told before it: the meeting it followed, "the same day", or the step it "also" took.</summary>
internal static class BorrowedTime
{
    // "... met on Monday. The two sides agreed to ...": what "the two sides" did right after a dated meeting happened then.
    // "Following the talks, a memorandum was signed ...": what is told as following the meeting told before happened
    // when and, unless it says otherwise, where that meeting was.
    internal static ExtractedEvent DatedByMeetingBefore(ExtractedEvent e, List<ExtractedEvent> events, int sentenceStart)
    {
        var bothSides = e.Provenance.Any(p => p.Rule == "actor.both-sides");
        var following = FollowsTheMeeting(e.Evidence.Sentence);
        if (e.Time is not null || !(bothSides || following))
        {
            return e;
        }

        var meeting = MeetingBefore(events, sentenceStart, following ? 1500 : 2);
        if (meeting?.Time is not TimeSpec when)
        {
            return e;
        }

        return e with
        {
            Time = when,
            Location = following ? e.Location ?? meeting.Location : e.Location,
            Provenance = [.. e.Provenance, new Provenance("time", "time.meeting-before", meeting.Evidence.Sentence)],
        };
    }

    // Loops, not lambdas: a lambda capturing the sentence or the fact would allocate a closure for every fact.
    private static ExtractedEvent? MeetingBefore(List<ExtractedEvent> events, int sentenceStart, int within)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var x = events[k];
            if (x.Type == "diplomacy.meeting" && x.Evidence.End <= sentenceStart && sentenceStart - x.Evidence.End <= within)
            {
                return x;
            }
        }

        return null;
    }

    private static bool FollowsTheMeeting(string sentence)
    {
        foreach (var o in FollowingOpeners)
        {
            if (sentence.StartsWith(o, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] FollowingOpeners =
    [
        "Following the talks,", "Following the meeting,", "After the talks,", "After the meeting,", "At the end of the talks,",
        "At the end of the meeting,", "On the sidelines of the talks,", "On the sidelines of the meeting,", "During the talks,", "During the meeting,",
    ];

    // "On the same day, warplanes struck ...", "... was struck the same week", "during that week": the time of the latest dated event
    // told before, as precise as the phrase allows (a week is told by its month).
    internal static ExtractedEvent DatedBySameDay(ExtractedEvent e, List<ExtractedEvent> events)
    {
        if (e.Time is not null)
        {
            return e;
        }

        var sentence = e.Evidence.Sentence;
        foreach (var (phrase, length) in SamePeriods)
        {
            var at = sentence.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
            if (at < 0)
            {
                continue;
            }

            if (LatestDatedBefore(events, e.Evidence.Start, length) is not { Time: TimeSpec then } before)
            {
                return e;
            }

            return e with
            {
                Time = new TimeSpec(then.Start![..length], null, sentence.Substring(at, phrase.Length)),
                Provenance = [.. e.Provenance, new Provenance("time", length == 10 ? "time.same-day-as-before" : "time.same-period-as-before", before.Evidence.Sentence)],
            };
        }

        return e;
    }

    // "The ministry announced arrests on Wednesday. It said it had also sent reinforcements": a further step the same
    // side "also" took, told just after a dated one, is dated by it.
    internal static ExtractedEvent DatedByAlso(ExtractedEvent e, List<ExtractedEvent> events)
    {
        if (e.Time is not null || e.Status != "completed" || e.Actor is null || !e.Evidence.Sentence.Contains(" also ", StringComparison.Ordinal))
        {
            return e;
        }

        // The fact told last before it, a sentence or two back.
        var before = LastToldBefore(events, e.Evidence.Start);
        if (before is not { Time: TimeSpec then, Status: "completed" } || before.Actor?.Side != e.Actor.Side || e.Evidence.Start - before.Evidence.End > 400)
        {
            return e;
        }

        return e with { Time = then, Provenance = [.. e.Provenance, new Provenance("time", "time.also-after-dated-step", before.Evidence.Sentence)] };
    }

    // "On Saturday, 21 November, a sniper killed a soldier. The day before, gunmen fired on a protest": a sentence that
    // opens with "the day before" tells of the day before the fact just told, not of the day before the report.
    internal static ExtractedEvent DatedByDayBefore(ExtractedEvent e, List<ExtractedEvent> events)
    {
        var opening = e.Evidence.Sentence.StartsWith("The day before", StringComparison.Ordinal) ? "The day before"
            : e.Evidence.Sentence.StartsWith("The previous day", StringComparison.Ordinal) ? "The previous day" : null;
        if (opening is null || !e.Provenance.Any(p => p.Field == "time" && p.Rule == "time.previous-day"))
        {
            return e;
        }

        var before = LastToldBefore(events, e.Evidence.Start);
        if (before?.Time?.Start is not { Length: 10 } day || e.Evidence.Start - before.Evidence.End > 400 || EventTiming.IsoDay(day) is not DateOnly date)
        {
            return e;
        }

        var moved = PartialDate.From(date.AddDays(-1)).ToString();
        return e with
        {
            Time = new TimeSpec(moved, null, e.Time?.Text ?? opening),
            Provenance = [.. e.Provenance, new Provenance("time", "time.day-before-fact-told-before", before.Evidence.Sentence)],
        };
    }

    internal static ExtractedEvent? LastToldBefore(List<ExtractedEvent> events, int end)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            if (events[k].Evidence.End <= end)
            {
                return events[k];
            }
        }

        return null;
    }

    // The last fact told before offset `end` whose time is known to at least `length` characters.
    private static ExtractedEvent? LatestDatedBefore(List<ExtractedEvent> events, int end, int length)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var x = events[k];
            if (x.Evidence.End <= end && x.Time?.Start is string start && start.Length >= length)
            {
                return x;
            }
        }

        return null;
    }

    // The phrase and the precision it needs of the earlier time (and keeps): a day needs a day, a week or a month a month.
    private static readonly (string Phrase, int Length)[] SamePeriods = [("the same day", 10), ("the same meeting", 10), ("the same session", 10), ("the same summit", 10), ("the same week", 7), ("the same month", 7), ("the same year", 4),
        ("that day", 10), ("that week", 7), ("that month", 7), ("that year", 4)];
}
