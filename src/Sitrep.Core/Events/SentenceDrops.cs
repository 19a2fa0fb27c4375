using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>Rules that drop facts a sentence seems to state but does not: findings of a survey, a force size told with its own deployment, civilian harm told with the strike that caused it, raids that are the strike.</summary>
internal static class SentenceDrops
{
    // "64 per cent of Britons said they backed further sanctions": what respondents think is a finding, not a fact;
    // only the poll itself (and facts with a named actor) stand in a sentence that reports survey results.
    // "Only 20% of respondents said they would back a pullback": a finding worded as an attitude drops named facts too.
    internal static void DropOpinionsInSurveyFindings(AnalyzedText text, int sentenceIndex, IReadOnlyList<string[]> attitudes, List<ExtractedEvent> events, int from)
    {
        if (from >= events.Count)
        {
            return;
        }

        var sentence = events[from].Evidence.Sentence;
        var percent = sentence.Contains("per cent", StringComparison.OrdinalIgnoreCase) || sentence.Contains("percent", StringComparison.OrdinalIgnoreCase) || sentence.Contains('%');
        if (!percent || !ContainsAny(sentence, SurveyWords))
        {
            return;
        }

        var (wordFrom, wordTo) = text.WordRange(sentenceIndex);
        RemoveFindings(events, from, PhraseMatcher.AnyIn(text, wordFrom, wordTo, attitudes));
    }

    // Apart, so that its closure is made only when findings are dropped, not on every call.
    private static void RemoveFindings(List<ExtractedEvent> events, int from, bool attitude) =>
        events.RemoveAll(e => events.IndexOf(e) >= from && e.Type != "opinion.poll" && (e.Actor is null || attitude));

    private static bool ContainsAny(string sentence, string[] words)
    {
        foreach (var w in words)
        {
            if (sentence.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // "A survey found 60 percent ... . Only 20 percent would accept a French mission. Distrust of X was highest in Y.":
    // the sentences after a poll in its paragraph that give shares or attitudes are more findings, not facts.
    internal static void DropFactsInLaterFindings(AnalyzedText text, int sentence, IReadOnlyList<string[]> attitudes, List<ExtractedEvent> events, int from)
    {
        if (from >= events.Count)
        {
            return;
        }

        var poll = LastOfTypeBefore(events, from, "opinion.poll");
        var start = text.Sentences[sentence].Start;
        if (poll is null || poll.Evidence.End > start || start - poll.Evidence.End > 600
            || text.Body.AsSpan(poll.Evidence.End, start - poll.Evidence.End).Contains('\n'))
        {
            return;
        }

        var line = text.Body.AsSpan(start, text.Sentences[sentence].End - start);
        var (wordFrom, wordTo) = text.WordRange(sentence);
        var finding = line.Contains("per cent", StringComparison.OrdinalIgnoreCase) || line.Contains("percent", StringComparison.OrdinalIgnoreCase)
            || line.Contains('%') || PhraseMatcher.AnyIn(text, wordFrom, wordTo, attitudes);
        if (finding)
        {
            events.RemoveRange(from, events.Count - from);
        }
    }

    private static ExtractedEvent? LastOfTypeBefore(List<ExtractedEvent> events, int end, string type)
    {
        for (var j = end - 1; j >= 0; j--)
        {
            if (events[j].Type == type)
            {
                return events[j];
            }
        }

        return null;
    }

    private static ExtractedEvent? FirstOfTypeFrom(List<ExtractedEvent> events, int from, string type)
    {
        for (var j = from; j < events.Count; j++)
        {
            if (events[j].Type == type)
            {
                return events[j];
            }
        }

        return null;
    }

    private static readonly string[] SurveyWords = ["survey", "poll", "those questioned", "respondents", "those asked", "those surveyed", "those polled"];

    // "deployed", "sent", "dispatched" in the past tense, before the number, and not after a form of "to be" ("are
    // deployed" sizes a force).
    private static bool ActivePastCue(ExtractedEvent e)
    {
        if (e.Provenance.FirstOrDefault(p => p.Field == "status")?.Rule != "status.past-tense"
            || TypeProvenance(e)?.Text is not string cue)
        {
            return false;
        }

        // The number must follow the cue ("deployed some 2,500 troops"), not precede it ("has 10,000 soldiers deployed").
        var at = e.Evidence.Sentence.IndexOf(cue, StringComparison.Ordinal);
        var size = e.Quantity?.Text is string q ? e.Evidence.Sentence.IndexOf(q, StringComparison.Ordinal) : -1;
        if (at <= 0 || size < at)
        {
            return false;
        }

        var before = e.Evidence.Sentence.AsSpan(0, at).TrimEnd();
        var space = before.LastIndexOf(' ');
        var word = before[(space + 1)..].ToString().ToLowerInvariant();
        return word is not ("are" or "is" or "was" or "were" or "be" or "been" or "being" or "remain" or "remained" or "remains" or "currently" or "still");
    }

    // "About 900 US troops remain stationed there" states a force size: a troop level, not also a deployment.
    // "A drone struck a market, killing 12": violence against civilians, not also a strike (codebook, Roles).
    internal static void DropDeploymentsThatOnlySizeAForce(List<ExtractedEvent> events, int from)
    {
        if (FirstOfTypeFrom(events, from, "violence.civilians") is ExtractedEvent harm)
        {
            // "warplanes struck an ammunition depot near X, killing four people": a strike on a military site that kills
            // people no word marks as civilians is the strike, and its toll is the strike's.
            if (FirstOfTypeFrom(events, from, "military.strike") is not null && MilitaryTargetWithoutCivilians(harm.Evidence.Sentence))
            {
                events.RemoveAll(e => events.IndexOf(e) >= from && e.Type == "violence.civilians");
            }
            else
            {
                RemoveStrikesAndClashes(events, from);
            }
        }

        var level = FirstOfTypeFrom(events, from, "military.troop_level");
        if (level is not null)
        {
            DropSizeOrDeployment(events, from, level);
        }
    }

    private static readonly string[] MilitaryTargets = ["depot", "facility", "military base", "headquarters", "barracks", "airbase", "air base", "military position", "weapons", "ammunition", "radar", "air defence", "air defense", " members", "fighters", "militants", "operatives", "commander"];

    private static readonly string[] CivilianMarks = ["civilian", "child", "women", "woman", "family", "families", "market", "home", "house", "school", "hospital", "mosque", "farmer", "shepherd", "residents", "motorcycle", "car ", "vehicle carrying"];

    private static bool MilitaryTargetWithoutCivilians(string sentence)
    {
        var military = false;
        foreach (var w in MilitaryTargets)
        {
            military |= sentence.Contains(w, StringComparison.OrdinalIgnoreCase);
        }

        if (!military)
        {
            return false;
        }

        foreach (var w in CivilianMarks)
        {
            if (sentence.Contains(w, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return true;
    }

    // The removals are apart so that their closures are made only when a sentence has something to drop.
    private static void RemoveStrikesAndClashes(List<ExtractedEvent> events, int from) =>
        events.RemoveAll(e => events.IndexOf(e) >= from && e.Type is "military.strike" or "military.clash");

    private static void DropSizeOrDeployment(List<ExtractedEvent> events, int from, ExtractedEvent level)
    {
        // "The government on Tuesday deployed some 2,500 troops along the highway": a named side sending a force is a
        // movement, and the number is its size; the force size alone is not a second fact.
        ExtractedEvent? movement = null;
        for (var j = from; j < events.Count && movement is null; j++)
        {
            var e = events[j];
            if (e.Type == "military.deployment" && e.Actor is not null && e.Quantity is not null && Math.Abs(e.Quantity.Value - level.Quantity!.Value) < 0.5 && ActivePastCue(e))
            {
                movement = e;
            }
        }

        if (movement is not null)
        {
            events.RemoveAll(e => events.IndexOf(e) >= from && e.Type == "military.troop_level" && Math.Abs(e.Quantity!.Value - movement.Quantity!.Value) < 0.5);
        }
        else
        {
            events.RemoveAll(e => events.IndexOf(e) >= from && e.Type == "military.deployment"
                && (e.Quantity is null || Math.Abs(e.Quantity.Value - level.Quantity!.Value) < 0.5));
        }
    }

    // "The airport was struck the same week, in raids officials described as a message": raids told with a strike
    // are that strike from the air, not a search and arrest.
    internal static void DropRaidsThatAreTheStrike(List<ExtractedEvent> events, int from)
    {
        if (FirstOfTypeFrom(events, from, "military.strike") is not null)
        {
            RemoveRaids(events, from);
        }
    }

    // "A convoy of 60 US trucks entered Hasakah province": the convoy's entry is its deployment, not also an incursion.
    internal static void DropEntriesThatAreTheConvoy(List<ExtractedEvent> events, int from)
    {
        for (var j = from; j < events.Count; j++)
        {
            if (events[j].Type == "military.deployment" && TypeProvenance(events[j])?.Rule == "rule:deploy.convoy")
            {
                var convoy = events[j];
                events.RemoveAll(e => events.IndexOf(e) >= from && e.Type == "military.incursion" && TypeProvenance(e)?.Rule == "rule:incursion.enter"
                    && (e.Actor is null || convoy.Actor is null || e.Actor.Side == convoy.Actor.Side));
                return;
            }
        }
    }

    // What typed the fact: the rule and the cue it rests on.
    private static Provenance? TypeProvenance(ExtractedEvent e)
    {
        foreach (var p in e.Provenance)
        {
            if (p.Field == "type")
            {
                return p;
            }
        }

        return null;
    }

    private static void RemoveRaids(List<ExtractedEvent> events, int from) =>
        events.RemoveAll(e => events.IndexOf(e) >= from && e.Type == "security.raid" && e.Quantity is null
            && TypeProvenance(e)?.Text?.ToLowerInvariant() is "raid" or "raids");
}
