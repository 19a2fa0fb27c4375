using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>
/// Turns triggers into typed facts: finds each trigger's arguments, time, quantity, status and attribution,
/// drops facts that name nobody and nowhere, and merges repeated statements of one fact.
/// </summary>
public sealed class EventExtractor
{
    private readonly TriggerFinder _triggers;
    private readonly ArgumentFinder _arguments = new();
    private readonly StatusClassifier _status;
    private readonly AttributionFinder _attribution;

    public EventExtractor(KnowledgeBase kb)
    {
        _triggers = new TriggerFinder(kb.EventRules);
        _status = new StatusClassifier(kb.Cues);
        _attribution = new AttributionFinder(kb.Cues);
    }

    public List<ExtractedEvent> Extract(string documentId, SentenceContext ctx, IReadOnlyList<TimeMention> times, PartialDate? published, string? outlet)
    {
        var text = ctx.Text;
        var attributions = _attribution.FindAll(ctx, outlet);
        var events = new List<ExtractedEvent>();
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var (from, to) = text.WordRange(s);
            if (to <= from)
            {
                continue;
            }

            var sentence = text.Sentences[s];
            var before = events.Count;
            var sentenceTimes = times.Where(t => t.Start >= sentence.Start && t.End <= sentence.End).ToList();
            var quantities = QuantityFinder.FindAll(text, from, to);
            foreach (var trigger in _triggers.Find(text, s, ctx.BySentence[s]))
            {
                var e = Build(documentId, ctx, trigger, sentence, sentenceTimes, quantities, published, attributions[s]);
                if (e is null || RefersBack(text, trigger, e, events))
                {
                    continue;
                }

                var counterparts = trigger.Rule.Type == "diplomacy.recognition" ? PartyFinder.ListedCountriesAfter(ctx, trigger) : [];
                if (counterparts.Count >= 2)
                {
                    // "appointed ambassadors to Turkey, Saudi Arabia and Qatar": one tie per country.
                    foreach (var (m, k) in counterparts.Select((m, k) => (m, k)))
                    {
                        events.Add(e with
                        {
                            Id = EventId(documentId, e.Type, sentence.Start, trigger.First * 100 + k),
                            Target = new EntityRef(m.Entity.Id, m.Entity.Name),
                            Provenance = [.. e.Provenance, new Provenance("target", "target.one-event-per-listed-country", m.Surface)],
                        });
                    }

                    continue;
                }

                var installations = trigger.Rule.Type == "military.base" ? LocationFinder.InstallationsAfter(ctx, trigger) : [];
                if (installations.Count < 2)
                {
                    events.Add(e);
                    continue;
                }

                // Distinct installations are distinct events.
                foreach (var (m, k) in installations.Select((m, k) => (m, k)))
                {
                    events.Add(e with
                    {
                        Id = EventId(documentId, e.Type, sentence.Start, trigger.First * 100 + k),
                        Location = Place(m.Entity),
                        Provenance = [.. e.Provenance, new Provenance("location", "location.one-event-per-installation", m.Surface)],
                    });
                }
            }
            DropDeploymentsThatOnlySizeAForce(events, before);
            InheritActors(events, before);
        }

        return EventMerger.Merge(events);
    }

    // "Russian drones spotted reserves near X, after which the area was hit by a missile strike": a military fact
    // with no named actor in a sentence (or right after one) that names who acts is taken to be that actor's.
    private static void InheritActors(List<ExtractedEvent> events, int from)
    {
        for (var k = from; k < events.Count; k++)
        {
            var e = events[k];
            if (e.Actor is not null || !e.Type.StartsWith("military.", StringComparison.Ordinal) || e.Type == "military.troop_level")
            {
                continue;
            }

            var donor = events.Take(k).LastOrDefault(x => x.Actor is not null && x.Type.StartsWith("military.", StringComparison.Ordinal)
                && (x.Evidence.Start == e.Evidence.Start || x.Evidence.End + 2 >= e.Evidence.Start));
            if (donor is not null)
            {
                events[k] = e with { Actor = donor.Actor, Provenance = [.. e.Provenance, new Provenance("actor", "actor.inherited-from-neighbour", donor.Evidence.Sentence)] };
            }
        }
    }

    // "The attack hit a vehicle near Diban": a definite noun names an event already told; it may place it better.
    private static bool RefersBack(AnalyzedText text, Trigger trigger, ExtractedEvent e, List<ExtractedEvent> events)
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

        // Only nouns refer back: "The RSF seized ..." is a new statement, not "the seizure".
        var cue = text.Words[trigger.First].Norm;
        if (!definite || trigger.First != trigger.Last || cue.EndsWith("ed", StringComparison.Ordinal))
        {
            return false;
        }

        var earlier = events.FindLastIndex(x => x.Type == e.Type && x.Evidence.Start < e.Evidence.Start);
        if (earlier < 0)
        {
            // "... linked to the ambush": a definite event noun deep in a sentence names an event, it does not report one;
            // "led to the arrest of 17 men" does report one.
            return trigger.First - from > 4 && !(trigger.Last + 1 < text.Words.Count && text.Words[trigger.Last + 1].Norm == "of");
        }

        var x = events[earlier];
        if ((e.Location is not null && x.Location is null) || (e.Quantity is not null && x.Quantity is null))
        {
            events[earlier] = x with
            {
                Location = x.Location ?? e.Location,
                Quantity = x.Quantity ?? e.Quantity,
                Provenance = [.. x.Provenance, new Provenance("merged", "merge.definite-reference", e.Evidence.Sentence)],
            };
        }

        return true;
    }

    // "About 900 US troops remain stationed there" states a force size: a troop level, not also a deployment.
    // "A drone struck a market, killing 12": violence against civilians, not also a strike (codebook, Roles).
    private static void DropDeploymentsThatOnlySizeAForce(List<ExtractedEvent> events, int from)
    {
        if (events.Skip(from).Any(e => e.Type == "violence.civilians"))
        {
            events.RemoveAll(e => events.IndexOf(e) >= from && e.Type is "military.strike" or "military.clash");
        }

        var level = events.Skip(from).FirstOrDefault(e => e.Type == "military.troop_level");
        if (level is not null)
        {
            events.RemoveAll(e => events.IndexOf(e) >= from && e.Type == "military.deployment"
                && (e.Quantity is null || Math.Abs(e.Quantity.Value - level.Quantity!.Value) < 0.5));
        }
    }

    private ExtractedEvent? Build(string documentId, SentenceContext ctx, Trigger trigger, TextSpan sentence, List<TimeMention> times,
        List<QuantityMention> quantities, PartialDate? published, Attribution? attribution)
    {
        var text = ctx.Text;
        var args = _arguments.Find(ctx, trigger);
        var clauseStart = ctx.ClauseStart(trigger.First);
        var (status, why) = _status.Classify(ctx, trigger, clauseStart, null, published);
        var timeMention = NearestTime(text, trigger, times, clauseStart, ctx.ClauseEnd(trigger.Last));
        TimeSpec? time = null;
        if (timeMention is not null)
        {
            var tense = TenseNear(text, timeMention, why.Rule == "status.rule-default" ? "completed" : status);
            time = TimeResolver.Resolve(timeMention, published, tense);
            if (status is "completed" or "ongoing" && published?.AsDate() is DateOnly day && time.Start is { Length: 10 } iso
                && DateOnly.TryParse(iso, System.Globalization.CultureInfo.InvariantCulture, out var when) && when > day)
            {
                (status, why) = ("planned", new Provenance("status", "status.dated-after-publication", time.Text));
            }
            // "the 1974 Disengagement Agreement": a year naming the fact itself makes it background, whatever the clause plans.
            if (timeMention.Absolute is { HasMonth: false } && timeMention.End < text.Words[trigger.First].Start
                && text.Words[trigger.First].Start - timeMention.End < 30 && StatusClassifier.IsBeforeNewsWindow(time, published))
            {
                (status, why) = ("historical", new Provenance("status", "status.dated-name", time.Text));
            }

            // A deadline still ahead ("by the end of the year") makes the fact a plan.
            if (status is "completed" or "ongoing" && timeMention.Role == TimeRole.Deadline && published?.ToString() is string now
                && time.End is string due && string.CompareOrdinal(due, now) >= 0)
            {
                // Talks with a deadline are going on; other facts with a deadline are plans.
                (status, why) = (trigger.Rule.Type == "diplomacy.meeting" ? "ongoing" : "planned", new Provenance("status", "status.deadline-ahead", time.Text));
            }

            // An agreement dated in the past ("the March 10 agreement") was made; its default status does not apply.
            if (why.Rule == "status.rule-default" && status == "planned" && published?.ToString() is string pub && time.Start is string start
                && string.CompareOrdinal(start, pub) < 0 && timeMention.Role == TimeRole.Point)
            {
                (status, why) = ("completed", new Provenance("status", "status.dated-before-publication", time.Text));
            }

            // Talks "since September" are still going on; a base held "since 2015" is background.
            if (timeMention.Role == TimeRole.Since && trigger.Rule.Type is "diplomacy.meeting" && status is "completed" or "ongoing")
            {
                (status, why) = ("ongoing", new Provenance("status", "status.talks-since", time.Text));
            }
            else if ((status is "completed" or "ongoing" || why.Rule == "status.rule-default" || timeMention.Role == TimeRole.Until)
                && StatusClassifier.IsBeforeNewsWindow(time, published))
            {
                (status, why) = ("historical", new Provenance("status", "status.dated-before-news-window", time.Text));
            }
        }

        var quantity = ChooseQuantity(trigger, quantities);
        var type = trigger.Rule.Type;
        if (type == "territory.transfer" && args.Actor?.Entity.Kind is "armed_group" or "military")
        {
            type = "military.withdrawal"; // an armed force handing over ground leaves it (codebook, Roles)
        }
        // "..., the Interior Ministry said": the organ announcing arrests is the one that made them.
        if (args.Actor is null && type == "security.raid" && OfficialSource(ctx, trigger) is Mention announcer)
        {
            args = args with { Actor = announcer, Provenance = [.. args.Provenance, new Provenance("actor", "actor.announcing-state-organ", announcer.Surface)] };
        }

        var symmetric = trigger.Rule.Type.StartsWith("diplomacy.", StringComparison.Ordinal) || trigger.Rule.Type == "politics.leadership";
        if (args.Actor is null && args.Location is null && quantity is null && !(symmetric && args.Target is not null))
        {
            return null; // names nobody and nowhere: not a fact an analyst can use
        }

        if (type == "diplomacy.meeting" && (args.Actor is null || args.Target is null) && args.Location is null)
        {
            return null; // a meeting needs two sides or a place
        }

        var prov = new List<Provenance> { new("type", "rule:" + trigger.Rule.Id, trigger.Cue), why };
        prov.AddRange(args.Provenance);
        if (timeMention is not null)
        {
            prov.Add(new Provenance("time", timeMention.Rule, timeMention.Text));
        }

        if (quantity is not null)
        {
            prov.Add(new Provenance("quantity", "quantity.number-unit", quantity.Text));
        }

        var evidence = new Evidence(text.Body[sentence.Start..sentence.End], sentence.Start, sentence.End);
        return new ExtractedEvent(
            EventId(documentId, type, sentence.Start, trigger.First),
            type,
            status,
            Ref(args.Actor),
            Ref(args.Target),
            args.Location is KbEntity loc ? Place(loc) : null,
            time,
            quantity,
            attribution,
            evidence,
            1,
            prov);
    }

    private static Mention? OfficialSource(SentenceContext ctx, Trigger trigger) =>
        ctx.BySentence[trigger.Sentence].FirstOrDefault(m => m.Entity.Type == EntityType.Organization && m.Entity.ActsFor is not null
            && m.Entity.Kind is "ministry" or "military" or "government" or "agency" && ctx.WordAfter(m.Last) is "said" or "says" or "announced" or "reported");

    private static LocationRef Place(KbEntity loc) =>
        new(loc.Id, loc.Name, loc.Lat, loc.Lon, loc.Lat is null ? null : loc.Precision ?? (loc.Type == EntityType.Country ? "country" : null))
        {
            Country = loc.Country,
            IsCountry = loc.Type == EntityType.Country,
            Rank = LocationFinder.Specificity(loc),
        };

    private static EntityRef? Ref(Mention? m) => m is null ? null : new EntityRef(m.Entity.Id, m.Entity.Name) { Side = m.Entity.ActsFor ?? m.Entity.Id };

    private static readonly HashSet<string> Reporting = new(StringComparer.Ordinal) { "said", "told", "reported", "announced", "added", "stated" };

    private static readonly HashSet<string> PastIrregular = new(StringComparer.Ordinal)
    {
        "met", "held", "took", "sent", "struck", "began", "fought", "hit", "killed", "signed", "came", "went", "left", "made", "won", "lost",
    };

    // The verb next to a time expression decides its direction: "met on Monday" looks back, "will meet on Monday" ahead.
    private static ClauseTense TenseNear(AnalyzedText text, TimeMention t, string status)
    {
        var first = text.WordAt(t.Start);
        var next = text.WordAt(t.End);
        for (var k = first - 1; k >= 0 && k >= first - 3; k--)
        {
            var n = text.Words[k].Norm;
            if (n is "will" or "would" or "next" or "scheduled" or "due" or "planned" or "expected")
            {
                return ClauseTense.Future;
            }

            if (!Reporting.Contains(n) && (n.EndsWith("ed", StringComparison.Ordinal) || PastIrregular.Contains(n)))
            {
                return ClauseTense.Past;
            }
        }

        // "In September, four states proposed a truce": the first verb after an opening time.
        for (var k = next; k >= 0 && k < text.Words.Count && k < next + 14 && text.SentenceOfWord[k] == text.SentenceOfWord[Math.Max(0, first)]; k++)
        {
            var n = text.Words[k].Norm;
            if (n is "will" or "would" or "is" or "are")
            {
                return n is "will" or "would" ? ClauseTense.Future : status is "planned" or "speculative" ? ClauseTense.Future : ClauseTense.Past;
            }

            if (!Reporting.Contains(n) && text.Words[k].Kind == TokenKind.Word && !text.Words[k].Capitalized
                && (n.EndsWith("ed", StringComparison.Ordinal) && n.Length > 4 || PastIrregular.Contains(n)))
            {
                return ClauseTense.Past;
            }
        }

        return status is "planned" or "speculative" ? ClauseTense.Future : ClauseTense.Past;
    }

    private static TimeMention? NearestTime(AnalyzedText text, Trigger trigger, List<TimeMention> times, int clauseStart, int clauseEnd)
    {
        if (times.Count == 0)
        {
            return null;
        }

        var anchor = text.Words[trigger.First].Start;
        // A time in another clause ("..., which it has used since 2019") belongs to that clause's verb.
        var clauseFrom = text.Words[clauseStart].Start;
        var clauseTo = clauseEnd < text.Words.Count ? text.Words[clauseEnd].Start : int.MaxValue;
        var inClause = times.Where(t => t.Start >= clauseFrom && t.Start < clauseTo).ToList();

        // "In March, ...": a time opening the sentence dates its main clause.
        var opening = times.FirstOrDefault(t => text.Sentences[trigger.Sentence].Start + 4 >= t.Start && t.End < text.Body.Length && text.Body[t.End] == ',');
        if (inClause.Count == 0)
        {
            // "X reported last month that ...": when only the report is dated, its date dates the event.
            var framing = clauseStart > 0 && text.Words[clauseStart - 1].Norm == "that" ? times.LastOrDefault(t => t.Start < clauseFrom) : null;
            // "... were killed when a drone struck a market on Sunday": a subordinate clause after the cue tells when.
            return opening ?? framing ?? times.Where(t => t.Start > anchor).MinBy(t => t.Start - anchor)
                ?? times.Where(t => Math.Abs(t.Start - anchor) <= 60).MinBy(t => Math.Abs(t.Start - anchor));
        }

        var nearest = inClause.MinBy(t => Math.Abs(t.Start - anchor) + (t.Start < anchor ? 20 : 0))!;
        return opening is not null && Math.Abs(nearest.Start - anchor) > 60 ? opening : nearest;
    }

    private static Quantity? ChooseQuantity(Trigger trigger, List<QuantityMention> quantities)
    {
        if (quantities.Count == 0)
        {
            return null;
        }

        var rule = trigger.Rule;
        if (rule.Type == "opinion.poll")
        {
            return quantities.FirstOrDefault(q => q.Quantity.Unit == "percent")?.Quantity; // a survey's first finding
        }

        if (rule.NeedsQuantity)
        {
            return quantities.LastOrDefault(q => q.Last <= trigger.Last && q.Last >= trigger.First - 1)?.Quantity
                ?? quantities.LastOrDefault(q => q.First < trigger.First)?.Quantity;
        }

        var allowed = rule.Units.Count > 0 ? rule.Units : UnitsFor(rule.Type);
        var pool = quantities.Where(q => allowed.Contains(q.Quantity.Unit)).ToList();
        // "five airstrikes", "46 Russian assaults": the cue is the counted noun.
        if (pool.FirstOrDefault(q => q.Last >= trigger.First && q.First <= trigger.Last) is QuantityMention counted)
        {
            return counted.Quantity;
        }

        var reach = rule.Type is "military.clash" or "violence.civilians" or "military.strike" ? 22 : 14;
        var after = pool.Where(q => q.First > trigger.Last && q.First - trigger.Last <= reach).Select(q => q.Quantity).FirstOrDefault();
        var before = pool.Where(q => q.Last < trigger.First && trigger.First - q.Last <= (reach > 14 ? 14 : 8)).Select(q => q.Quantity).ToList();
        // "Two soldiers were killed and five wounded in the fighting": a casualty count leads with the dead.
        return after ?? (reach > 14 ? before.FirstOrDefault() : before.LastOrDefault());
    }

    // Which measures can size a fact of each type: a meeting has no count, a clash counts people or fighters.
    private static IReadOnlyList<string> UnitsFor(string type) => type switch
    {
        "military.deployment" or "military.withdrawal" => ["troops", "trucks", "vehicles", "tanks", "aircraft", "posts", "bases", "fighters", "drones"],
        "military.base" => ["bases", "posts", "troops"],
        "military.incursion" => ["posts", "troops", "vehicles", "tanks", "villages", "km"],
        "military.strike" => ["strikes", "missiles", "rockets", "drones", "people", "aircraft", "ships"],
        "military.clash" => ["people", "troops", "fighters", "attacks", "trucks", "vehicles", "tanks"],
        "violence.civilians" or "security.raid" => ["people", "troops", "fighters"],
        "territory.control" => ["percent", "villages", "km"],
        "military.troop_level" => ["troops", "fighters"],
        "opinion.poll" => ["percent", "people"],
        "diplomacy.sanctions" => ["entities", "people"],
        "military.recon" => ["drones", "aircraft"],
        _ => [],
    };

    public static string EventId(string documentId, string type, int start, int word)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{documentId}|{type}|{start}|{word}"));
        return "ev_" + Convert.ToHexStringLower(bytes, 0, 8);
    }
}
