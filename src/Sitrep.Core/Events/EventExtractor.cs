using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Unicode;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;
using static Sitrep.Core.Events.BorrowedTime;
using static Sitrep.Core.Events.EventTiming;
using static Sitrep.Core.Events.QuantityChooser;
using static Sitrep.Core.Events.SentenceDrops;
using static Sitrep.Core.Events.SentenceFacts;

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

    private readonly StateActors _stateActors;

    private readonly KnowledgeBase _kb;

    private readonly BorderPlace _borders;

    public EventExtractor(KnowledgeBase kb)
    {
        _stateActors = new StateActors(kb);
        _borders = new BorderPlace(kb);
        _kb = kb;
        _triggers = new TriggerFinder(kb.EventRules, kb.Words);
        _status = new StatusClassifier(kb.Cues);
        _attribution = new AttributionFinder(kb.Cues);
    }

    public List<ExtractedEvent> Extract(string documentId, SentenceContext ctx, IReadOnlyList<TimeMention> times, PartialDate? published, string? outlet)
    {
        var text = ctx.Text;
        var attributions = _attribution.FindAll(ctx, outlet);
        var events = new List<ExtractedEvent>();
        var surveyAttitudes = _kb.Cues["survey_attitudes"];
        for (var s = 0; s < text.Sentences.Count; s++)
        {
            var (from, to) = text.WordRange(s);
            if (to <= from)
            {
                continue;
            }

            var triggers = _triggers.Find(text, s, ctx.BySentence[s]);
            if (triggers.Count == 0)
            {
                continue; // most sentences: no times or quantities to read
            }

            var sentence = text.Sentences[s];
            if (IsPhotoCaption(text.Body, sentence.Start, sentence.End) || IsMarkdownHeading(text.Body, sentence.Start) || IsPlainHeading(text.Body, sentence.Start, sentence.End))
            {
                continue;
            }

            var before = events.Count;
            string? sentenceText = null; // made by the first fact of the sentence that is kept, shared by the others
            var sentenceTimes = TimesWithin(times, sentence);
            var quantities = QuantityFinder.FindAll(text, from, to);
            foreach (var trigger in triggers)
            {
                var e = Build(documentId, ctx, trigger, sentence, ref sentenceText, sentenceTimes, quantities, published, attributions[s]);
                e = e is null ? null : RemainingForce.Apply(DatedByDayBefore(DatedByAlso(DatedBySameDay(_borders.Apply(ctx, trigger, TalksBefore.Apply(DatedByMeetingBefore(e, events, sentence.Start), events, sentence.Start)), events), events), events), events);
                if (e is null || RefersBack(text, trigger, e, events))
                {
                    continue;
                }

                // "appointed ambassadors to Turkey, Saudi Arabia and Qatar": one tie per country.
                if (trigger.Rule.Type == "diplomacy.recognition" && PartyFinder.ListedCountriesAfter(ctx, trigger) is { Count: >= 2 } counterparts)
                {
                    for (var k = 0; k < counterparts.Count; k++)
                    {
                        var m = counterparts[k];
                        events.Add(e with
                        {
                            Id = EventId(documentId, e.Type, sentence.Start, trigger.First * 100 + k),
                            Target = new EntityRef(m.Entity.Id, m.Entity.Name),
                            Provenance = [.. e.Provenance, new Provenance("target", "target.one-event-per-listed-country", m.Surface)],
                        });
                    }

                    continue;
                }

                if (BreakdownByPlace.Split(ctx, trigger, e, quantities) is { } parts)
                {
                    events.AddRange(parts);
                    continue;
                }

                var installations = trigger.Rule.Type == "military.base" ? WithInstallationTwins(ctx, trigger, LocationFinder.InstallationsAfter(ctx, trigger))
                    : trigger.Rule.Type == "military.withdrawal" ? LocationFinder.InstallationsLeft(ctx, trigger) : null;
                if (installations is not { Count: >= 2 })
                {
                    events.Add(e);
                    if (e.Type == "military.troop_level" && EarlierLevel.Find(documentId, text, e, trigger, quantities, sentenceTimes, published) is ExtractedEvent earlierLevel)
                    {
                        events.Add(earlierLevel);
                    }

                    continue;
                }

                // Distinct installations are distinct events.
                for (var k = 0; k < installations.Count; k++)
                {
                    var m = installations[k];
                    events.Add(e with
                    {
                        Id = EventId(documentId, e.Type, sentence.Start, trigger.First * 100 + k),
                        Location = Place(m.Entity),
                        Provenance = [.. e.Provenance, new Provenance("location", "location.one-event-per-installation", m.Surface)],
                    });
                }
            }
            DropDeploymentsThatOnlySizeAForce(events, before);
            DropRaidsThatAreTheStrike(events, before);
            DropEntriesThatAreTheConvoy(events, before);
            DropOpinionsInSurveyFindings(text, s, surveyAttitudes, events, before);
            DropFactsInLaterFindings(text, s, surveyAttitudes, events, before);
            FollowingToll.Fold(text, s, quantities, events, before);
            InheritActors(events, before);
            InheritParties(events, before);
        }

        InheritPlaces(events, 0);
        LaterLevel.Add(documentId, text, _kb.Cues, events);
        BlamedParty.Assign(ctx, events);
        return EventMerger.Merge(events);
    }

    // "kept aircraft at Hmeimim and warships at Tartus": a town that shares its name with an installation, listed
    // beside one, is that installation.
    private List<Mention> WithInstallationTwins(SentenceContext ctx, Trigger trigger, List<Mention> installations)
    {
        if (installations.Count == 0)
        {
            return installations;
        }

        var clauseEnd = ctx.ClauseEnd(trigger.Last);
        var twins = ctx.BySentence[trigger.Sentence]
            .Where(m => m.Entity.Type == EntityType.Place && m.First > trigger.Last && m.First < clauseEnd && !m.AsActor)
            .Select(m => (Mention: m, Twin: _kb.Names.Lookup(KnowledgeBase.KeysOf(m.Surface))?.FirstOrDefault(n => n.Entity.Type == EntityType.Installation)?.Entity))
            .Where(x => x.Twin is not null && installations.All(i => i.Entity.Id != x.Twin.Id))
            .Select(x => x.Mention with { Entity = x.Twin! });
        return [.. installations.Concat(twins).OrderBy(m => m.First).DistinctBy(m => m.Entity.Id)];
    }

    // "2027" is later than "2026-11-14"; "2026-11" is not (it contains the day).
    private static bool OwnGround(EventArguments args) =>
        args.Actor?.Entity is { Country: string state } actor && (actor.Type == EntityType.Country || actor.ActsFor is not null)
        && args.Location is { Type: EntityType.Place or EntityType.Installation, Country: string place }
        && string.Equals(state, place, StringComparison.OrdinalIgnoreCase);

    private static bool LaterThan(string? when, string? published) =>
        when is not null && published is not null && string.CompareOrdinal(when, 0, published, 0, Math.Min(when.Length, published.Length)) > 0;

    private static bool RelativeClauseBetween(AnalyzedText text, int cueWord, int timeStart)
    {
        for (var k = cueWord + 1; k < text.Words.Count && text.Words[k].Start < timeStart; k++)
        {
            if (text.Words[k].Norm is "that" or "which")
            {
                return true;
            }
        }

        return false;
    }

    private ExtractedEvent? Build(string documentId, SentenceContext ctx, Trigger trigger, TextSpan sentence, ref string? sentenceText, List<TimeMention> times,
        List<QuantityMention> quantities, PartialDate? published, Attribution? attribution)
    {
        var text = ctx.Text;
        var args = RegionOfCountry.Apply(_kb, ctx, trigger, RulerPlace.Apply(_kb, ctx, trigger, _arguments.Find(ctx, trigger)));
        var clauseStart = ctx.ClauseStart(trigger.First);
        var (status, why) = _status.Classify(ctx, trigger, clauseStart, null, published);
        var timeMention = NearestTime(text, trigger, times, clauseStart, ctx.ClauseEnd(trigger.Last));
        if (trigger.Rule.Type == "military.troop_level" && timeMention?.Role == TimeRole.Deadline)
        {
            timeMention = null; // "10,000 peacekeepers are to leave by 2027": the deadline dates the leaving, not the size
        }

        TimeSpec? time = null;
        if (timeMention is not null)
        {
            var tense = TenseNear(text, timeMention, why.Rule == "status.rule-default" ? "completed" : status);
            time = TimeResolver.Resolve(timeMention, published, tense);
            // "have signed a protocol that will see a base built in 2027": a verb in the past tense is not dated after
            // publication by a relative clause that follows it; that date belongs to the clause.
            // A force's size is told as it stands: "10,000 peacekeepers, whose mandate ends on Dec. 31" dates the end.
            if ((why.Rule == "status.past-tense" && timeMention.Role == TimeRole.Point && RelativeClauseBetween(text, trigger.Last, timeMention.Start)
                    || trigger.Rule.Type == "military.troop_level") && LaterThan(time.Start, published?.ToString()))
            {
                (time, timeMention) = (null, null);
            }
        }

        if (timeMention is not null && time is not null)
        {
            // "when the ministers meet in Brussels next month": a later month than the report's is after it too.
            if (status is "completed" or "ongoing" && published?.AsDate() is DateOnly day
                && ((time.Start is { Length: 10 } iso && IsoDay(iso) is DateOnly when && when > day)
                    || (time.Start is { Length: 7 } month && string.CompareOrdinal(month, $"{day.Year:D4}-{day.Month:D2}") > 0
                        && !StatusClassifier.IsPastForm(text.Words[trigger.First].Norm))))
            {
                (status, why) = ("planned", new Provenance("status", "status.dated-after-publication", time.Text));
            }
            // "the 1974 Disengagement Agreement": a year naming the fact itself makes it background, whatever the clause plans.
            if (timeMention.Absolute is { HasMonth: false } && timeMention.Role == TimeRole.Point && timeMention.End < text.Words[trigger.First].Start
                && text.Words[trigger.First].Start - timeMention.End < 30 && !text.Body.AsSpan(timeMention.End, text.Words[trigger.First].Start - timeMention.End).Contains(',')
                && StatusClassifier.IsBeforeNewsWindow(time, published))
            {
                (status, why) = ("historical", new Provenance("status", "status.dated-name", time.Text));
            }

            // A deadline still ahead ("by the end of the year") makes the fact a plan.
            if (status is "completed" or "ongoing" && trigger.Rule.Type != "military.troop_level" && timeMention.Role == TimeRole.Deadline && published?.ToString() is string now
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

            // Talks "since September" are still going on, as are operations stepped up "since the start of the year"; a base
            // held "since 2015" is background.
            if (timeMention.Role == TimeRole.Since && status is "completed" or "ongoing"
                && (trigger.Rule.Type is "diplomacy.meeting" || (trigger.Rule.Type is "military.deployment" && published is PartialDate pubDate && time.Start is string since
                    && since.StartsWith(pubDate.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal))))
            {
                (status, why) = ("ongoing", new Provenance("status", "status.talks-since", time.Text));
            }
            else if ((status is "completed" or "ongoing" || why.Rule == "status.rule-default" || timeMention.Role == TimeRole.Until)
                && StatusClassifier.IsBeforeNewsWindow(time, published))
            {
                (status, why) = ("historical", new Provenance("status", "status.dated-before-news-window", time.Text));
            }
        }

        // "At the height of the crisis of October 2023, the force had 40,000 troops": a past size in a sentence dated
        // before the news window is background, even when the date belongs to another clause.
        if (time is null && trigger.Rule.Type == "military.troop_level" && why.Rule == "status.past-tense"
            && TimeBeforeNewsWindow(text, trigger, times, published) is TimeMention earlier)
        {
            (status, why) = ("historical", new Provenance("status", "status.past-size-in-dated-sentence", earlier.Text));
        }

        var quantity = ChooseQuantity(trigger, quantities, text.Words, ctx.WordBefore(trigger.First) is "was" or "were" or "been" or "being");
        var type = trigger.Rule.Type;
        if (type == "territory.transfer" && args.Actor?.Entity.Kind is "armed_group" or "military")
        {
            type = "military.withdrawal"; // an armed force handing over ground leaves it (codebook, Roles)
        }
        // "Army units entered the city of Tabqa": a state's forces entering a town of their own state deploy there; an
        // incursion crosses into ground of another state.
        var ownGround = type == "military.incursion" && trigger.Rule.Id is "incursion.entered-place" or "incursion.enter" && OwnGround(args);
        if (ownGround)
        {
            type = "military.deployment";
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
        if (ownGround)
        {
            prov.Add(new Provenance("type", "type.entry-into-own-state", args.LocationText ?? args.Location!.Name));
        }

        prov.AddRange(args.Provenance);
        if (timeMention is not null)
        {
            prov.Add(new Provenance("time", timeMention.Rule, timeMention.Text));
            if (time is not null && DayBeforeShift.Apply(text, clauseStart, timeMention, time) is (TimeSpec moved, true))
            {
                time = moved;
                prov.Add(new Provenance("time", "time.a-day-after", text.Body[text.Words[clauseStart - 3].Start..text.Words[clauseStart - 1].End]));
            }
        }

        if (quantity is not null)
        {
            prov.Add(new Provenance("quantity", "quantity.number-unit", quantity.Text));
        }

        var actor = _stateActors.Resolve(ctx, type, args.Actor, args.Location, published, prov) ?? _stateActors.AuthoringState(type, attribution, prov);

        var evidence = new Evidence(sentenceText ??= text.Body[sentence.Start..sentence.End], sentence.Start, sentence.End);
        return new ExtractedEvent(
            EventId(documentId, type, sentence.Start, trigger.First),
            type,
            status,
            actor,
            Ref(args.Target),
            args.Location is KbEntity loc ? Place(loc) : null,
            time,
            quantity,
            attribution,
            evidence,
            1,
            prov);
    }

    // A loop, not a lambda: a lambda capturing the text made a closure on every call of Build.
    private static TimeMention? TimeBeforeNewsWindow(AnalyzedText text, Trigger trigger, List<TimeMention> times, PartialDate? published)
    {
        foreach (var t in times)
        {
            if (t.End <= text.Words[trigger.First].Start && StatusClassifier.IsBeforeNewsWindow(TimeResolver.Resolve(t, published, TenseNear(text, t, "completed")), published))
            {
                return t;
            }
        }

        return null;
    }

    private static Mention? OfficialSource(SentenceContext ctx, Trigger trigger) =>
        ctx.BySentence[trigger.Sentence].FirstOrDefault(m => m.Entity.Type == EntityType.Organization && m.Entity.ActsFor is not null
            && m.Entity.Kind is "ministry" or "military" or "government" or "agency" && ctx.WordAfter(m.Last) is "said" or "says" or "announced" or "reported");

    internal static LocationRef Place(KbEntity loc) =>
        new(loc.Id, loc.Name, loc.Lat, loc.Lon, loc.Lat is null ? null : loc.Precision ?? (loc.Type == EntityType.Country ? "country" : null))
        {
            Country = loc.Country,
            IsCountry = loc.Type == EntityType.Country,
            Rank = LocationFinder.Specificity(loc),
        };

    internal static EntityRef? Ref(Mention? m) => m is null ? null : new EntityRef(m.Entity.Id, m.Entity.Name) { Side = m.Entity.ActsFor ?? m.Entity.Id };

    public static string EventId(string documentId, string type, int start, int word)
    {
        // Written and hashed in buffers on the stack: an id is made for every candidate fact, and the key's text, its
        // bytes, the hash and its hex digits would otherwise be four objects each time.
        var length = Encoding.UTF8.GetMaxByteCount(documentId.Length + type.Length) + 3 + 2 * 11; // three bars, two ints
        Span<byte> key = length <= 1024 ? stackalloc byte[length] : new byte[length];
        if (!Utf8.TryWrite(key, $"{documentId}|{type}|{start}|{word}", out var written))
        {
            throw new InvalidOperationException("event id key longer than its buffer");
        }

        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(key[..written], hash);
        Span<char> id = stackalloc char[3 + 16];
        "ev_".CopyTo(id);
        Convert.TryToHexStringLower(hash[..8], id[3..], out _);
        return new string(id);
    }
}
