using Sitrep.Core.Model;

namespace Sitrep.Core.Events;

/// <summary>
/// Folds statements of the same fact into one event (codebook: "Same event"): same type and kind of status,
/// compatible time, and the same place, or no place and the same actor. One survey is one poll. The first
/// statement keeps its evidence; later ones fill the fields it left empty.
/// </summary>
public static class EventMerger
{
    public static List<ExtractedEvent> Merge(IEnumerable<ExtractedEvent> events)
    {
        var kept = new List<ExtractedEvent>();
        foreach (var e in events)
        {
            var index = SameAs(kept, e);
            if (index < 0)
            {
                kept.Add(e);
                continue;
            }

            var k = kept[index];
            kept[index] = k with
            {
                Actor = k.Actor ?? e.Actor,
                Target = k.Target ?? e.Target,
                // A plan folded into a fact of the same sentence does not move the fact to the plan's place.
                Location = k.Location is null || (e.Location is not null && e.Location.Rank < k.Location.Rank && Realis(k.Status) == Realis(e.Status))
                    ? e.Location ?? k.Location : k.Location,
                Time = MorePrecise(k.Time, e.Time),
                Quantity = k.Quantity ?? e.Quantity,
                Provenance = [.. k.Provenance, new Provenance("merged", "merge.same-fact", e.Evidence.Sentence)],
            };
        }

        return kept;
    }

    private static bool Same(ExtractedEvent a, ExtractedEvent b)
    {
        if ((a.Type != b.Type && !OneBackgroundPresence(a, b)) || !TimeCompatible(a.Time, b.Time))
        {
            return false;
        }

        // "committed to the 1974 agreement" names an old fact; an undated one told elsewhere ("a memorandum was
        // signed") is news, not that fact.
        if (NamedByYear(a) != NamedByYear(b) && (a.Time is null || b.Time is null) && a.Evidence.Start != b.Evidence.Start)
        {
            return false;
        }

        // "pulled its forces out of X airport and the Y airbase": distinct installations listed in one sentence are
        // distinct events (codebook), whatever else they share.
        if (a.Evidence.Start == b.Evidence.Start && OnePerInstallation(a) && OnePerInstallation(b) && a.Location?.Id != b.Location?.Id)
        {
            return false;
        }

        // "ambassadors to Turkey, Saudi Arabia and Qatar": one tie per country, never folded together.
        if (a.Type == "diplomacy.recognition" && a.Target is not null && b.Target is not null && a.Target.Side != b.Target.Side && a.Actor?.Side == b.Actor?.Side)
        {
            return false;
        }

        // One sentence, one type, one actor: a single fact, whatever the second cue's modality ("neutralized terrorists
        // who were preparing to attack"); the first statement's status stands.
        // A plan and a fact of an earlier year ("wants a new arrangement ... than the lease agreed in 2017") stay two.
        var oneSentence = a.Evidence.Start == b.Evidence.Start && a.Actor is not null && a.Actor.Side == b.Actor?.Side
            && (a.Location is null || b.Location is null || a.Location.Id == b.Location.Id) && a.Type != "military.base"
            && !(a.Status == "historical" && b.Status is "planned" or "speculative") && !(b.Status == "historical" && a.Status is "planned" or "speculative");
        if (Realis(a.Status) != Realis(b.Status) && !oneSentence)
        {
            return false;
        }

        if (a.Type == "opinion.poll")
        {
            return true; // one survey is one poll, whatever it found
        }

        if (a.Quantity is not null && b.Quantity is not null && Math.Abs(a.Quantity.Value - b.Quantity.Value) > 0.5)
        {
            return false; // different tallies are different facts
        }

        // "removed the last trade restrictions" and, at the same meeting, "added five men to its sanctions list".
        if (a.Type == "diplomacy.sanctions" && a.Evidence.Start != b.Evidence.Start
            && SanctionDirection.Lifted(a) is bool liftedA && SanctionDirection.Lifted(b) is bool liftedB && liftedA != liftedB)
        {
            return false;
        }

        // Sanctions have a side that imposes them: two sanctions on one target by different states are different facts.
        var symmetric = (a.Type.StartsWith("diplomacy.", StringComparison.Ordinal) && a.Type != "diplomacy.sanctions") || a.Type == "politics.leadership";
        var actors = symmetric ? PartiesOverlap(a, b) : a.Actor?.Side is string x && x == b.Actor?.Side;

        // Two cues of one type in one sentence ("a convoy ... arrived ... and was stationed at ...").
        if (a.Evidence.Start == b.Evidence.Start && (actors || a.Actor is null || b.Actor is null)
            && !(a.Target is not null && b.Target is not null && a.Target.Side != b.Target.Side && a.Type == "diplomacy.recognition")
            && (a.Location is null || b.Location is null || a.Location.Id == b.Location.Id || Contains(a.Location, b.Location) || Contains(b.Location, a.Location)
                || (a.Type != "military.base" && (a.Location.Rank >= 3 || b.Location.Rank >= 3 || a.Location.Lat is null || b.Location.Lat is null
                    || (a.Location.Country is not null && string.Equals(a.Location.Country, b.Location.Country, StringComparison.OrdinalIgnoreCase))))))
        {
            return true;
        }

        if (a.Location is not null && b.Location is not null)
        {
            return a.Location.Id == b.Location.Id
                ? actors || a.Actor is null || b.Actor is null
                : actors && a.Actor is not null && (Contains(a.Location, b.Location) || Contains(b.Location, a.Location) || UnmappedStepOfPullback(a, b));
        }

        if (a.Location is null && b.Location is null)
        {
            return actors || (symmetric && a.Type == "diplomacy.agreement" && (a.Actor is null || b.Actor is null));
        }

        // One statement names the place and the other does not: the same actor in the same state of affairs, or the
        // same incident at the same time (incidents differ by when they happened).
        return actors && (StateLike(a.Type) || a.Time?.Start == b.Time?.Start || OneUpcomingMeeting(a, b));
    }

    // "forces started withdrawing from the frontier in Tavush ... units had already left seven positions near the village
    // of X": one side's pullback told again at a village the gazetteer cannot place is the same pullback.
    private static bool UnmappedStepOfPullback(ExtractedEvent a, ExtractedEvent b) =>
        a.Type == "military.withdrawal" && a.Evidence.Start != b.Evidence.Start && (a.Location!.Lat is null) != (b.Location!.Lat is null)
        && !OnePerInstallation(a) && !OnePerInstallation(b);

    // "Its presence dates back to September 2015, when Moscow launched its air campaign": a presence and the deployment
    // that began it, told in one background sentence with one date, are one fact.
    private static bool OneBackgroundPresence(ExtractedEvent a, ExtractedEvent b) =>
        a.Evidence.Start == b.Evidence.Start && a.Status == "historical" && b.Status == "historical"
        && a.Type is "military.base" or "military.deployment" && b.Type is "military.base" or "military.deployment"
        && a.Time?.Start is not null && a.Time.Start == b.Time?.Start && a.Actor is not null && a.Actor.Side == b.Actor?.Side
        && (a.Location is null || b.Location is null || a.Location.Id == b.Location.Id);

    private static bool OnePerInstallation(ExtractedEvent e) => e.Provenance.Any(p => p.Rule == "location.one-event-per-installation");

    private static bool NamedByYear(ExtractedEvent e) =>
        e.Provenance.Any(p => p.Field == "status" && p.Rule is "status.dated-name" or "status.named-by-earlier-year");

    // "Talks are due in Paris next week ... The envoy is expected to meet the minister": the same sides' upcoming
    // meeting, told once with its place and date and once without a date, is one meeting.
    private static bool OneUpcomingMeeting(ExtractedEvent a, ExtractedEvent b) =>
        a.Type == "diplomacy.meeting" && a.Status == "planned" && b.Status == "planned" && (a.Time is null || b.Time is null);

    // A statement placed in a country and one placed in a town of that country can be the same fact.
    private static bool Contains(LocationRef outer, LocationRef inner) =>
        outer.IsCountry && !inner.IsCountry && outer.Country is not null && string.Equals(outer.Country, inner.Country, StringComparison.OrdinalIgnoreCase);

    // Whether a side of b (actor or target) is a side of a. Compared directly: it is asked for every pair of facts, and
    // sets of two sides cost two arrays, a set and a closure each time.
    internal static bool PartiesOverlap(ExtractedEvent a, ExtractedEvent b) => IsSideOf(b.Actor?.Side, a) || IsSideOf(b.Target?.Side, a);

    private static bool IsSideOf(string? side, ExtractedEvent e) => side is not null && (side == e.Actor?.Side || side == e.Target?.Side);

    // The index of the first kept fact that e states again, or -1; a loop, not a lambda capturing e for every fact.
    private static int SameAs(List<ExtractedEvent> kept, ExtractedEvent e)
    {
        for (var k = 0; k < kept.Count; k++)
        {
            if (Same(kept[k], e))
            {
                return k;
            }
        }

        return -1;
    }

    // "last month" and "on October 26" told of one fact: keep the exact day.
    private static TimeSpec? MorePrecise(TimeSpec? a, TimeSpec? b) =>
        a is null ? b : b is null ? a : (b.Start?.Length ?? 0) > (a.Start?.Length ?? 0) && (a.Start is null || b.Start!.StartsWith(a.Start, StringComparison.Ordinal)) ? b : a;

    private static bool StateLike(string type) => type is "territory.control" or "military.base" or "military.troop_level"
        or "diplomacy.agreement" or "diplomacy.recognition" or "diplomacy.sanctions";

    private static bool Realis(string status) => status is "completed" or "ongoing" or "historical" or "alleged";

    private static bool TimeCompatible(TimeSpec? a, TimeSpec? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        var x = a.Start ?? a.End;
        var y = b.Start ?? b.End;
        if (x is null || y is null)
        {
            return x is null && y is null && string.Equals(a.Text, b.Text, StringComparison.OrdinalIgnoreCase);
        }

        var n = Math.Min(Math.Min(x.Length, y.Length), 7);
        return string.CompareOrdinal(x, 0, y, 0, n) == 0;
    }
}
