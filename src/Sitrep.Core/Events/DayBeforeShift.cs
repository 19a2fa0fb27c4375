using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>"... on Sunday, a day after gunmen ambushed a patrol": a clause hung on "a day after" happened the day before the time of the clause it hangs from.</summary>
internal static class DayBeforeShift
{
    /// <summary>The time moved by one day when the cue's clause opens with "a day after" (earlier) or "a day before" (later) and its time was told outside that clause; otherwise the time as it was.</summary>
    internal static (TimeSpec Time, bool Shifted) Apply(AnalyzedText text, int clauseStart, TimeMention mention, TimeSpec time)
    {
        var words = text.Words;
        if (time.Start is not { Length: 10 } day || clauseStart < 3 || mention.End > words[clauseStart].Start
            || words[clauseStart - 1].Norm is not ("after" or "before") || words[clauseStart - 2].Norm != "day"
            || words[clauseStart - 3].Norm is not ("a" or "one")
            || text.SentenceOfWord[clauseStart - 3] != text.SentenceOfWord[clauseStart]
            || EventTiming.IsoDay(day) is not DateOnly date)
        {
            return (time, false);
        }

        var moved = date.AddDays(words[clauseStart - 1].Norm == "after" ? -1 : 1);
        return (time with { Start = PartialDate.From(moved).ToString() }, true);
    }
}
