using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>Places told by reference: installations listed after a base cue or named just before ("both facilities"), and "the town", "the base", "the province" pointing back.</summary>
public static partial class LocationFinder
{
    /// <summary>Installations named after the cue in its clause: a base event for each ("distinct installations are distinct events").</summary>
    public static List<Mention> InstallationsAfter(SentenceContext ctx, Trigger trigger)
    {
        var named = ctx.BySentence[trigger.Sentence].Where(m => m.Entity.Type == EntityType.Installation && m.First > trigger.Last && m.First < ctx.ClauseEnd(trigger.Last))
            .DistinctBy(m => m.Entity.Id).ToList();
        return named.Count == 0 && BothSites(ctx, trigger) ? InstallationsToldBefore(ctx, trigger.Sentence, 2) : named;
    }

    /// <summary>"pulled its forces out of X airport and the Y airbase": the installations a withdrawal leaves, listed after
    /// "out of" or "from" and before any destination ("... and moved them to Z").</summary>
    public static List<Mention> InstallationsLeft(SentenceContext ctx, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var left = new List<Mention>();
        var leaving = false;
        var clauseEnd = ctx.ClauseEnd(trigger.Last);
        foreach (var m in ctx.BySentence[trigger.Sentence])
        {
            if (m.First <= trigger.Last || m.First >= clauseEnd)
            {
                continue;
            }

            var k = m.First - 1 >= 0 && words[m.First - 1].Norm == "the" ? m.First - 2 : m.First - 1;
            var before = k >= 0 ? words[k].Norm : "";
            if (before is "to" or "toward" or "towards" or "into" or "at" or "in")
            {
                break; // the destination or a qualifier: the list of places left is over
            }

            leaving |= before is "of" or "from";
            if (leaving && m.Entity.Type == EntityType.Installation && (before is "of" or "from" or "and" or "," or "or") && !left.Any(x => x.Entity.Id == m.Entity.Id))
            {
                left.Add(m);
            }
        }

        return left;
    }

    // "Russia maintains both facilities", "the two bases": the installations told just before.
    private static bool BothSites(SentenceContext ctx, Trigger trigger)
    {
        var words = ctx.Text.Words;
        for (var k = trigger.First - 2; k <= trigger.Last + 1 && k + 1 < words.Count; k++)
        {
            if (k < 0 || ctx.Text.SentenceOfWord[k] != trigger.Sentence)
            {
                continue;
            }

            var two = words[k].Norm == "both" ? k + 1 : words[k].Norm == "the" && k + 2 < words.Count && words[k + 1].Norm == "two" ? k + 2 : -1;
            if (two > 0 && words[two].Norm is "facilities" or "bases" or "sites" or "installations")
            {
                return true;
            }
        }

        return false;
    }

    private static List<Mention> InstallationsToldBefore(SentenceContext ctx, int sentence, int count)
    {
        var told = new List<Mention>();
        for (var s = sentence - 1; s >= 0 && s >= sentence - 3 && told.Count < count; s--)
        {
            foreach (var m in ctx.BySentence[s].Where(m => m.Entity.Type == EntityType.Installation).Reverse())
            {
                if (told.Count < count && !told.Any(t => t.Entity.Id == m.Entity.Id))
                {
                    told.Insert(0, m);
                }
            }
        }

        return told.Count == count ? told : [];
    }

    // Newsletters put the place in a heading line ("Suwayda") above its paragraph.
    internal static Mention? SectionHeading(SentenceContext ctx, Trigger trigger)
    {
        for (var s = trigger.Sentence - 1; s >= 0 && s >= trigger.Sentence - 4; s--)
        {
            var (from, to) = ctx.Text.WordRange(s);
            var only = ctx.BySentence[s];
            if (to - from is >= 1 and <= 4 && only.Count >= 1 && only.Sum(m => m.Last - m.First + 1) >= to - from - 1
                && only.All(m => m.Entity.Type is EntityType.Place or EntityType.Installation))
            {
                return only[0];
            }
        }

        return null;
    }

    internal static Mention? AnaphoricLocation(SentenceContext ctx, Trigger trigger)
    {
        var (from, to) = ctx.Text.WordRange(trigger.Sentence);
        var words = ctx.Text.Words;
        var wantInstallation = false;
        var wantTerritory = false;
        var wantSettlement = false;
        var wantProvince = false;
        var found = false;
        string? installationNoun = null;
        for (var k = from; k < to - 1; k++)
        {
            // "the base", "the air base", "the province"
            // "the same village" points back as "the village" does.
            var noun = k + 2 < to && words[k + 1].Norm is "air" or "naval" or "military" or "army" or "same" ? k + 2 : k + 1;
            if (words[k].Norm is "the" or "that" or "this" && (words[noun].Norm is "base" or "site" or "facility" or "area" or "region" or "airbase"
                or "province" or "city" or "town" or "village" or "camp" or "airport" or "port" or "river" or "border" or "territory" or "enclave" or "strip"
                or "airfield" or "airstrip" or "garrison" or "hilltop" or "ridge"
                || (words[noun].Norm == "summit" && !trigger.Rule.Type.StartsWith("diplomacy.", StringComparison.Ordinal))
                || (words[noun].Norm is "ministry" or "palace" && trigger.Rule.Type == "diplomacy.meeting")))
            {
                found = true;
                wantInstallation |= words[noun].Norm is "base" or "site" or "facility" or "airbase" or "airport" or "port" or "airfield" or "airstrip" or "garrison";
                installationNoun ??= words[noun].Norm is "airport" or "airfield" or "airstrip" or "garrison" or "port" ? words[noun].Norm : null;
                wantTerritory |= words[noun].Norm is "territory" or "enclave" or "strip";
                // "hosted him at the ministry": a meeting there is in the city told before.
                wantSettlement |= words[noun].Norm is "town" or "city" or "village" or "ministry" or "palace";
                wantProvince |= words[noun].Norm is "province" or "region";
            }
        }

        if (!found)
        {
            return SectionHeading(ctx, trigger);
        }

        // "still hold 53 percent of the territory": the territory is the last province or region told before.
        if (wantTerritory)
        {
            for (var s = trigger.Sentence; s >= 0 && s >= trigger.Sentence - 2; s--)
            {
                if (ctx.BySentence[s].LastOrDefault(m => !m.AsActor && (s < trigger.Sentence || m.Last < trigger.First)
                        && m.Entity.Type == EntityType.Place && Specificity(m.Entity) is 2 or 3) is Mention territory)
                {
                    return territory;
                }
            }

            return null;
        }

        // "... near Gulyaipole, after which the area was hit": the place may be earlier in the same sentence.
        if (ctx.BySentence[trigger.Sentence].LastOrDefault(m => m.Last < trigger.First && !m.AsActor
                && m.Entity.Type is EntityType.Place or EntityType.Installation) is Mention same)
        {
            return same;
        }

        // "the airport" points back to the last installation told as an airport, however far back.
        if (installationNoun is not null && NamedWithNoun(ctx, trigger.Sentence, installationNoun) is Mention named)
        {
            return named;
        }

        for (var s = trigger.Sentence - 1; s >= 0 && s >= trigger.Sentence - 2; s--)
        {
            // "stormed the town of Beit Jinn in the countryside of Damascus ... pushed into the town": the last town told.
            var hit = (wantInstallation ? ctx.BySentence[s].LastOrDefault(m => m.Entity.Type == EntityType.Installation) : null)
                ?? (wantSettlement ? ctx.BySentence[s].LastOrDefault(m => !m.AsActor && m.Entity.Type == EntityType.Place && Specificity(m.Entity) == 1) : null)
                ?? (wantProvince ? ctx.BySentence[s].LastOrDefault(m => !m.AsActor && m.Entity.Type == EntityType.Place && Specificity(m.Entity) is 2 or 3) : null)
                ?? ctx.BySentence[s].LastOrDefault(m => !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation && m.Entity.Kind != "river")
                ?? ctx.BySentence[s].LastOrDefault(m => !m.AsActor && m.Entity.Type is EntityType.Place or EntityType.Installation);
            if (hit is not null)
            {
                return hit;
            }
        }

        return null;
    }

    private static Mention? NamedWithNoun(SentenceContext ctx, int sentence, string noun)
    {
        for (var s = sentence - 1; s >= 0; s--)
        {
            if (ctx.BySentence[s].LastOrDefault(m => m.Entity.Type == EntityType.Installation
                    && (m.Surface.Contains(noun, StringComparison.OrdinalIgnoreCase) || m.Entity.Name.Contains(noun, StringComparison.OrdinalIgnoreCase))) is Mention m)
            {
                return m;
            }
        }

        return null;
    }
}
