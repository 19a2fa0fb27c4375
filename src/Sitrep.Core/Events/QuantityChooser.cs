using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>Chooses the quantity that sizes a fact: the counted cue noun, then a number with a unit that suits the fact type near the cue.</summary>
internal static class QuantityChooser
{
    internal static Quantity? ChooseQuantity(Trigger trigger, List<QuantityMention> quantities, List<Token> words, bool passive)
    {
        if (quantities.Count == 0)
        {
            return null;
        }

        var rule = trigger.Rule;
        if (rule.Type == "opinion.poll")
        {
            foreach (var q in quantities)
            {
                if (q.Quantity.Unit == "percent")
                {
                    return q.Quantity; // a survey's first finding
                }
            }

            return null;
        }

        if (rule.NeedsQuantity)
        {
            return LastEndingIn(quantities, trigger.First - 1, trigger.Last)?.Quantity ?? LastStartingBefore(quantities, trigger.First)?.Quantity;
        }

        // One pass over the quantities of the allowed units, in order; loops instead of LINQ, which allocated a closure,
        // delegates, iterators and a list for every trigger.
        var allowed = rule.Units.Count > 0 ? rule.Units : UnitsFor(rule.Type);
        var reach = rule.Type is "military.clash" or "violence.civilians" or "military.strike" ? 22 : 14;
        var beforeReach = reach > 14 ? 14 : 8;
        QuantityMention? subject = null;
        Quantity? after = null, firstBefore = null, lastBefore = null, farToll = null;
        foreach (var q in quantities)
        {
            // "two gunmen shot dead a pharmacist and his son": the attackers are not the count of the harmed.
            if (!allowed.Contains(q.Quantity.Unit) || (rule.Type == "violence.civilians" && Attackers(q)))
            {
                continue;
            }

            // "five airstrikes", "46 Russian assaults": the cue is the counted noun.
            if (q.Last >= trigger.First && q.First <= trigger.Last)
            {
                return q.Quantity;
            }

            // "13 Syrians were killed", "326 people, four of them ..., were apprehended": the subject of a passive is what
            // was counted, not a part of it ("four of them", "among them six officers").
            if (passive && q.Last < trigger.First && trigger.First - q.Last <= 14 && !PartOfCount(words, q))
            {
                subject = q;
            }

            if (after is null && q.First > trigger.Last && q.First - trigger.Last <= reach)
            {
                after = q.Quantity;
            }
            else if (farToll is null && reach > 14 && q.First > trigger.Last && TollClause(words, q))
            {
                farToll = q.Quantity;
            }

            if (q.Last < trigger.First && trigger.First - q.Last <= beforeReach)
            {
                firstBefore ??= q.Quantity;
                lastBefore = q.Quantity;
            }
        }

        if (subject is not null)
        {
            return subject.Quantity;
        }

        // "Two soldiers were killed and five wounded in the fighting": a casualty count leads with the dead.
        return after ?? (reach > 14 ? firstBefore ?? farToll : lastBefore);
    }

    // "clashes between X, loyal to ..., and Y near Z that left four fighters dead": a toll clause ends the sentence
    // however long the list of sides before it.
    private static bool TollClause(List<Token> words, QuantityMention q) =>
        (q.First > 0 && words[q.First - 1].Norm is "left" or "leaving" or "killing" or "killed")
        || (q.Last + 1 < words.Count && words[q.Last + 1].Norm is "dead" or "killed");

    // The last quantity whose last word is in [from, to].
    private static QuantityMention? LastEndingIn(List<QuantityMention> quantities, int from, int to)
    {
        for (var k = quantities.Count - 1; k >= 0; k--)
        {
            if (quantities[k].Last <= to && quantities[k].Last >= from)
            {
                return quantities[k];
            }
        }

        return null;
    }

    private static QuantityMention? LastStartingBefore(List<QuantityMention> quantities, int word)
    {
        for (var k = quantities.Count - 1; k >= 0; k--)
        {
            if (quantities[k].First < word)
            {
                return quantities[k];
            }
        }

        return null;
    }

    private static bool Attackers(QuantityMention q) =>
        q.Quantity.Text.EndsWith("gunmen", StringComparison.OrdinalIgnoreCase) || q.Quantity.Text.EndsWith("attackers", StringComparison.OrdinalIgnoreCase)
        || q.Quantity.Text.EndsWith("assailants", StringComparison.OrdinalIgnoreCase);

    private static bool PartOfCount(List<Token> words, QuantityMention q) =>
        q.Quantity.Text.Contains(" of them", StringComparison.Ordinal) || q.Quantity.Text.Contains(" of whom", StringComparison.Ordinal)
        || (q.First > 0 && words[q.First - 1].Norm is "them" or "whom") || InIncludingList(words, q.First);

    // "112 civilians, including 14 children and nine women": every count in the list after "including" is a part.
    private static bool InIncludingList(List<Token> words, int first)
    {
        for (var k = first - 1; k >= 0 && k >= first - 6; k--)
        {
            if (words[k].Norm == "including")
            {
                return true;
            }

            if (words[k].Kind == TokenKind.Punct)
            {
                return false;
            }
        }

        return false;
    }

    // Which measures can size a fact of each type: a meeting has no count, a clash counts people or fighters.
    // Made once: a list literal in the switch would be a new array on every call.
    internal static IReadOnlyList<string> UnitsFor(string type) => Units.GetValueOrDefault(type, []);

    private static readonly Dictionary<string, string[]> Units = new(StringComparer.Ordinal)
    {
        ["military.deployment"] = ["troops", "trucks", "vehicles", "tanks", "aircraft", "flights", "posts", "bases", "fighters", "drones"],
        ["military.withdrawal"] = ["troops", "trucks", "vehicles", "tanks", "aircraft", "flights", "posts", "bases", "fighters", "drones"],
        ["military.base"] = ["bases", "posts", "troops"],
        ["military.incursion"] = ["posts", "troops", "vehicles", "tanks", "villages", "km"],
        ["military.strike"] = ["strikes", "attacks", "missiles", "rockets", "drones", "people", "troops", "fighters", "vehicles", "aircraft", "ships"],
        ["military.clash"] = ["people", "troops", "fighters", "attacks", "trucks", "vehicles", "tanks"],
        ["violence.civilians"] = ["people", "troops", "fighters", "attacks"],
        ["security.raid"] = ["people", "troops", "fighters"],
        ["territory.control"] = ["percent", "villages", "km"],
        ["military.troop_level"] = ["troops", "fighters"],
        ["opinion.poll"] = ["percent", "people"],
        ["diplomacy.sanctions"] = ["entities", "people", "ships"],
        ["military.recon"] = ["drones", "aircraft"],
    };
}
