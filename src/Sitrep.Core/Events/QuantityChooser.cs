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
            return quantities.FirstOrDefault(q => q.Quantity.Unit == "percent")?.Quantity; // a survey's first finding
        }

        if (rule.NeedsQuantity)
        {
            return quantities.LastOrDefault(q => q.Last <= trigger.Last && q.Last >= trigger.First - 1)?.Quantity
                ?? quantities.LastOrDefault(q => q.First < trigger.First)?.Quantity;
        }

        var allowed = rule.Units.Count > 0 ? rule.Units : UnitsFor(rule.Type);
        // "two gunmen shot dead a pharmacist and his son": the attackers are not the count of the harmed.
        var pool = quantities.Where(q => allowed.Contains(q.Quantity.Unit) && !(rule.Type == "violence.civilians" && Attackers(q))).ToList();
        // "five airstrikes", "46 Russian assaults": the cue is the counted noun.
        if (pool.FirstOrDefault(q => q.Last >= trigger.First && q.First <= trigger.Last) is QuantityMention counted)
        {
            return counted.Quantity;
        }

        var reach = rule.Type is "military.clash" or "violence.civilians" or "military.strike" ? 22 : 14;
        // "13 Syrians were killed", "326 people, four of them ..., were apprehended": the subject of a passive is what
        // was counted, not a part of it ("four of them", "among them six officers").
        if (passive && pool.LastOrDefault(q => q.Last < trigger.First && trigger.First - q.Last <= 14 && !PartOfCount(words, q)) is QuantityMention subject)
        {
            return subject.Quantity;
        }

        var after = pool.Where(q => q.First > trigger.Last && q.First - trigger.Last <= reach).Select(q => q.Quantity).FirstOrDefault();
        var before = pool.Where(q => q.Last < trigger.First && trigger.First - q.Last <= (reach > 14 ? 14 : 8)).Select(q => q.Quantity).ToList();
        // "Two soldiers were killed and five wounded in the fighting": a casualty count leads with the dead.
        return after ?? (reach > 14 ? before.FirstOrDefault() : before.LastOrDefault());
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
    internal static IReadOnlyList<string> UnitsFor(string type) => type switch
    {
        "military.deployment" or "military.withdrawal" => ["troops", "trucks", "vehicles", "tanks", "aircraft", "flights", "posts", "bases", "fighters", "drones"],
        "military.base" => ["bases", "posts", "troops"],
        "military.incursion" => ["posts", "troops", "vehicles", "tanks", "villages", "km"],
        "military.strike" => ["strikes", "attacks", "missiles", "rockets", "drones", "people", "troops", "fighters", "vehicles", "aircraft", "ships"],
        "military.clash" => ["people", "troops", "fighters", "attacks", "trucks", "vehicles", "tanks"],
        "violence.civilians" => ["people", "troops", "fighters", "attacks"],
        "security.raid" => ["people", "troops", "fighters"],
        "territory.control" => ["percent", "villages", "km"],
        "military.troop_level" => ["troops", "fighters"],
        "opinion.poll" => ["percent", "people"],
        "diplomacy.sanctions" => ["entities", "people", "ships"],
        "military.recon" => ["drones", "aircraft"],
        _ => [],
    };
}
