using Sitrep.Core.Model;

namespace Sitrep.Core.Events;

/// <summary>
/// "Delegations agreed in Damascus on Tuesday on a timetable ... The delegation met the minister for six hours":
/// talks or an agreement of the same sides told in the very next sentence, without a place or day of their own,
/// happened where and when the diplomatic fact before them did.
/// </summary>
internal static class TalksBefore
{
    // A loop, not a lambda: a lambda capturing the sentence start made a closure for every fact.
    private static ExtractedEvent? DiplomaticFactJustBefore(List<ExtractedEvent> events, int sentenceStart)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            var x = events[k];
            if (x.Type is "diplomacy.meeting" or "diplomacy.agreement" && x.Evidence.End <= sentenceStart && sentenceStart - x.Evidence.End <= 2)
            {
                return x;
            }
        }

        return null;
    }

    internal static ExtractedEvent Apply(ExtractedEvent e, List<ExtractedEvent> events, int sentenceStart)
    {
        // Only what happened: talks expected somewhere do not place a deal that is only hoped for.
        if (e.Type is not ("diplomacy.meeting" or "diplomacy.agreement") || e.Status != "completed" || (e.Location is not null && e.Time is not null))
        {
            return e;
        }

        var before = DiplomaticFactJustBefore(events, sentenceStart);
        if (before is null || before.Status != e.Status || !(EventMerger.PartiesOverlap(e, before) || e.Provenance.Any(p => p.Rule == "actor.both-sides")))
        {
            return e;
        }

        var place = e.Location ?? (before.Location is { IsCountry: false } city ? city : null);
        var time = e.Time ?? before.Time;
        if (ReferenceEquals(place, e.Location) && ReferenceEquals(time, e.Time))
        {
            return e;
        }

        List<Provenance> prov = [.. e.Provenance];
        if (!ReferenceEquals(place, e.Location))
        {
            prov.Add(new Provenance("location", "location.talks-told-before", before.Evidence.Sentence));
        }

        if (!ReferenceEquals(time, e.Time))
        {
            prov.Add(new Provenance("time", "time.talks-told-before", before.Evidence.Sentence));
        }

        return e with { Location = place, Time = time, Provenance = prov };
    }
}
