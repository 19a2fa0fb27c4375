using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>Rules that relate the facts of neighbouring statements: definite references to a fact already told, and actors, parties and places shared by neighbouring facts (the facts a sentence only seems to state are dropped by <see cref="SentenceDrops"/>).</summary>
internal static class SentenceFacts
{
    // "Russian drones spotted reserves near X, after which the area was hit by a missile strike": a military fact
    // with no named actor in a sentence (or right after one) that names who acts is taken to be that actor's.
    internal static void InheritActors(List<ExtractedEvent> events, int from)
    {
        for (var k = from; k < events.Count; k++)
        {
            var e = events[k];
            var harm = e.Type == "violence.civilians" && e.Evidence.Sentence.Contains("strikes", StringComparison.OrdinalIgnoreCase);
            if (e.Actor is not null || !(e.Type.StartsWith("military.", StringComparison.Ordinal) || e.Type == "security.raid" || harm))
            {
                continue;
            }

            // "Those strikes have killed 330 people": the toll of strikes told just before belongs to their author.
            // A force size takes an actor only from its own sentence ("is consolidating ..., adding that 1,500 troops would remain").
            var level = e.Type == "military.troop_level";
            var donor = ActorDonor(events, k, level, harm);
            if (donor is not null)
            {
                e = e with { Actor = donor.Actor, Provenance = [.. e.Provenance, new Provenance("actor", "actor.inherited-from-neighbour", donor.Evidence.Sentence)] };
                // "... pushed into the village on Wednesday. The troops searched houses before pulling back": the next
                // step of a told incident happened when it did.
                if (e.Time is null && donor.Time is not null && e.Status == "completed" && donor.Status == "completed" && !level)
                {
                    e = e with { Time = donor.Time, Provenance = [.. e.Provenance, new Provenance("time", "time.inherited-from-neighbour", donor.Evidence.Sentence)] };
                }

                events[k] = e;
            }
        }
    }

    // The last military fact with an actor before fact k, in its sentence or (unless k is a force size) right before
    // it. Loops here and below, not lambdas: a lambda capturing the fact would allocate a closure for every fact.
    private static ExtractedEvent? ActorDonor(List<ExtractedEvent> events, int k, bool level, bool harm)
    {
        var e = events[k];
        for (var j = k - 1; j >= 0; j--)
        {
            var x = events[j];
            if (x.Actor is not null && x.Type.StartsWith("military.", StringComparison.Ordinal)
                && (x.Evidence.Start == e.Evidence.Start || (!level && (x.Evidence.End + 2 >= e.Evidence.Start || (harm && x.Type == "military.strike")))))
            {
                return x;
            }
        }

        return null;
    }

    // "![...](...)" on the line before: an italic line under an image is its caption.
    private static bool AfterMarkdownImage(string body, int start)
    {
        var lineEnd = body.LastIndexOf('\n', Math.Max(0, start - 1));
        if (lineEnd <= 0 || body.AsSpan(lineEnd, start - lineEnd).Trim().Length > 0)
        {
            return false;
        }

        var lineStart = body.LastIndexOf('\n', lineEnd - 1) + 1;
        return body.AsSpan(lineStart, lineEnd - lineStart).TrimStart().StartsWith("![", StringComparison.Ordinal);
    }

    // "Drone attack on Harir base" on a line of its own, with no full stop, between paragraphs: a sub-heading that names
    // what the paragraph below reports (the first line, the headline, stays a statement).
    internal static bool IsPlainHeading(string body, int start, int end)
    {
        var line = body.AsSpan(start, end - start).Trim();
        if (start == 0 || body[start - 1] != '\n' || (end < body.Length && body[end] != '\n' && body[end] != '\r') || line.Length == 0
            || line[^1] is '.' or '!' or '?' or ':' or '"' or '\u201D' or ')' or '\'')
        {
            return false;
        }

        var words = line.Count(' ') + 1;
        return words <= 12 && end < body.Length;
    }

    // "### Arrests in Daraa": a section heading names what the paragraphs below report; it reports nothing itself.
    internal static bool IsMarkdownHeading(string body, int start) =>
        start < body.Length && body[start] == '#' && (start == 0 || body[start - 1] == '\n');

    // "Troops patrol the border (Photo: Army media)": a caption ending in a photo credit shows a scene; it reports no event.
    // Nor does the text of a Markdown image ("![Troops on patrol](...)").
    internal static bool IsPhotoCaption(string body, int start, int end)
    {
        var t = body.AsSpan(start, end - start).TrimEnd();
        if (t.StartsWith("![", StringComparison.Ordinal) || (t.Length > 0 && t[0] is '*' or '_' && AfterMarkdownImage(body, start)))
        {
            return true;
        }

        var open = t.Length > 0 && t[^1] == ')' ? t.LastIndexOf('(') : -1;
        return open >= 0 && (t[open..].Contains("photo", StringComparison.OrdinalIgnoreCase) || t[open..].Contains("picture", StringComparison.OrdinalIgnoreCase));
    }

    // "The two ministers agreed to form a committee, which will hold its first meeting in X": a meeting that names no
    // party, told in the sentence of an agreement between two, is theirs.
    internal static void InheritParties(List<ExtractedEvent> events, int from)
    {
        for (var k = from; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Type != "diplomacy.meeting" || e.Actor is not null || e.Target is not null)
            {
                continue;
            }

            if (AgreementInSentence(events, from, e.Evidence.Start) is { } deal)
            {
                events[k] = e with { Actor = deal.Actor, Target = deal.Target, Provenance = [.. e.Provenance, new Provenance("actor", "actor.parties-of-agreement-in-sentence", deal.Actor!.Name)] };
            }
        }
    }

    private static ExtractedEvent? AgreementInSentence(List<ExtractedEvent> events, int from, int sentenceStart)
    {
        for (var j = from; j < events.Count; j++)
        {
            var x = events[j];
            if (x.Type == "diplomacy.agreement" && x.Actor is not null && x.Target is not null && x.Evidence.Start == sentenceStart)
            {
                return x;
            }
        }

        return null;
    }

    // "Troops stormed the village of X ... Residents clashed with them for hours": a military fact or harm to civilians
    // that names no place, told right after a fact placed at a town or a site by the same (or an unnamed) actor,
    // happened there. Only a point as exact as a town is handed on; a new topic ("Meanwhile, ...") breaks the chain.
    internal static void InheritPlaces(List<ExtractedEvent> events, int from)
    {
        for (var k = Math.Max(from, 1); k < events.Count; k++)
        {
            var e = events[k];
            if (e.Location is not null || !(e.Type.StartsWith("military.", StringComparison.Ordinal) || e.Type is "violence.civilians" or "security.raid")
                || e.Type is "military.troop_level" or "military.base" || NewTopic(e.Evidence.Sentence))
            {
                continue;
            }

            // The incident told just before (a base named on the way is no incident); its first sentence may be a
            // little earlier when a second statement of it was folded in.
            var donor = IncidentBefore(events, k);
            if (donor?.Location is LocationRef place && place.Precision is "exact" or "approx_5km" && !place.IsCountry
                && e.Evidence.Start - donor.Evidence.End <= 400 && donor.Status == e.Status
                && (e.Actor is null || donor.Actor is null || donor.Actor.Id == e.Actor.Id))
            {
                events[k] = e with
                {
                    Location = place,
                    Time = e.Time ?? donor.Time,
                    Provenance = [.. e.Provenance, new Provenance("location", "location.inherited-from-neighbour", donor.Evidence.Sentence)],
                };
            }
        }
    }

    private static ExtractedEvent? IncidentBefore(List<ExtractedEvent> events, int k)
    {
        for (var j = k - 1; j >= 0; j--)
        {
            if (events[j].Evidence.Start < events[k].Evidence.Start && events[j].Type != "military.base")
            {
                return events[j];
            }
        }

        return null;
    }

    private static bool NewTopic(string sentence) =>
        sentence.StartsWith("Meanwhile", StringComparison.Ordinal) || sentence.StartsWith("Separately", StringComparison.Ordinal)
        || sentence.StartsWith("Elsewhere", StringComparison.Ordinal) || sentence.StartsWith("In other", StringComparison.Ordinal)
        || sentence.StartsWith("In a separate", StringComparison.Ordinal) || sentence.StartsWith("Also", StringComparison.Ordinal);

    // "The attack hit a vehicle near Diban": a definite noun names an event already told; it may place it better.
    internal static bool RefersBack(AnalyzedText text, Trigger trigger, ExtractedEvent e, List<ExtractedEvent> events)
    {
        var (from, _) = text.WordRange(trigger.Sentence);
        // "the ambush", "the Russian-Turkish deal", "the latest strike": a determiner and at most names or adjectives.
        var definite = false;
        for (var k = trigger.First - 1; k >= from && k >= trigger.First - 3; k--)
        {
            var w = text.Words[k];
            if (w.Norm is "the" or "this" or "that")
            {
                definite = true;
                break;
            }

            if (!w.Capitalized && w.Norm is not ("recent" or "latest" or "new" or "deadly" or "reported" or "alleged" or "same" or "previous" or "first" or "second" or "last" or "subsequent" or "ensuing" or "further"))
            {
                break;
            }
        }

        // Only nouns refer back: "The RSF seized ..." is a new statement, not "the seizure". "The protocol was signed
        // in Ankara" does: the diplomatic cue's noun, named before it, is definite.
        var cue = text.Words[trigger.First].Norm;
        var definiteNoun = e.Type.StartsWith("diplomacy.", StringComparison.Ordinal) && trigger.CompanionWord is int c && c > from && PassiveSubject(text, c, trigger.First)
            && text.Words[c - 1].Norm is "the" or "this" or "that";
        if (!definiteNoun && (!definite || trigger.First != trigger.Last || cue.EndsWith("ed", StringComparison.Ordinal)
            || cue is "struck" or "hit" or "met" or "fought" or "held" or "took" or "sent" or "began" or "shot" or "killed" or "left"))
        {
            return false;
        }

        // "added five men to the EU's sanctions list": the sentence already tells its fact of this type; the noun is part of it.
        if (!definiteNoun && events.Count > 0 && events[^1].Evidence.Start == e.Evidence.Start && events[^1].Type == e.Type)
        {
            return true;
        }

        var earlier = LastOfTypeBefore(events, e.Type, e.Evidence.Start);
        if (definiteNoun && (earlier < 0 || (e.Time is not null && events[earlier].Time is not null && e.Time.Start != events[earlier].Time!.Start)))
        {
            return false;
        }

        if (earlier < 0)
        {
            // "... linked to the ambush": a definite event noun deep in a sentence names an event, it does not report one;
            // "led to the arrest of 17 men" does report one.
            return trigger.First - from > 4 && !(trigger.Last + 1 < text.Words.Count && text.Words[trigger.Last + 1].Norm == "of");
        }

        var x = events[earlier];
        // "the attack near Diban" places the earlier fact; "the pullback builds on the deal initialed at the White House"
        // does not: only a place named right after the noun counts.
        // "The strike hit a vehicle outside the town of X": what the noun hit is where it happened.
        var place = NamedRightAfter(text, trigger, e)
            || (trigger.Last + 1 < text.Words.Count && text.Words[trigger.Last + 1].Norm is "hit" or "struck" or "targeted" or "destroyed" or "occurred")
            ? e.Location : null;
        // A town named now places better a fact told before only by its province or region ("in northwest Syria").
        var sharper = place is not null && x.Location is { Rank: >= 2 } broad && place.Rank < broad.Rank
            && (broad.Country is null || string.Equals(place.Country, broad.Country, StringComparison.OrdinalIgnoreCase));
        // The statement that places it also dates it: its time and status are the fact's.
        var time = (definiteNoun || sharper) && x.Time is null ? e.Time : null;
        if (sharper && time is not null)
        {
            x = x with { Status = e.Status };
        }

        if ((place is not null && x.Location is null) || sharper || (e.Quantity is not null && x.Quantity is null) || time is not null)
        {
            events[earlier] = x with
            {
                Location = sharper ? place : x.Location ?? place,
                Quantity = x.Quantity ?? e.Quantity,
                Time = x.Time ?? time,
                Provenance = [.. x.Provenance, new Provenance("merged", "merge.definite-reference", e.Evidence.Sentence)],
            };
        }

        return true;
    }

    // A loop, not a lambda: a lambda capturing the fact made a closure on every call of RefersBack.
    private static int LastOfTypeBefore(List<ExtractedEvent> events, string type, int start)
    {
        for (var k = events.Count - 1; k >= 0; k--)
        {
            if (events[k].Type == type && events[k].Evidence.Start < start)
            {
                return k;
            }
        }

        return -1;
    }

    // "the protocol was signed", "the deal has been approved": the noun is the subject of the passive cue.
    private static bool PassiveSubject(AnalyzedText text, int noun, int cue)
    {
        if (noun >= cue - 1)
        {
            return false;
        }

        for (var k = noun + 1; k < cue; k++)
        {
            if (text.Words[k].Norm is not ("was" or "were" or "has" or "have" or "had" or "been" or "is" or "are"))
            {
                return false;
            }
        }

        return true;
    }

    private static bool NamedRightAfter(AnalyzedText text, Trigger trigger, ExtractedEvent e)
    {
        var said = e.Provenance.LastOrDefault(p => p.Field == "location")?.Text;
        if (said is null)
        {
            return false;
        }

        var after = text.Words[trigger.Last].End;
        var at = text.Body.IndexOf(said, after, StringComparison.Ordinal);
        return at >= 0 && at - after <= 40 && at < e.Evidence.End;
    }
}
