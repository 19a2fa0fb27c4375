using Sitrep.Core.Model;

namespace Sitrep.Core.Events;

/// <summary>
/// "About 1,100 US troops remain in Syria ... Most of those who remain are concentrated at the Qasrak base": a sentence
/// about "those who remain" or "the rest" tells of the force whose size was told just before it.
/// </summary>
internal static class RemainingForce
{
    private static readonly string[] Openings = ["Most of those", "Those who remain", "Those remaining", "The rest of them", "Most of them", "The remaining troops", "The rest"];

    internal static ExtractedEvent Apply(ExtractedEvent e, List<ExtractedEvent> events)
    {
        if (e.Type is not ("military.base" or "military.deployment" or "military.withdrawal") || !OpensWithRemainder(e.Evidence.Sentence)
            || !(e.Actor is null || e.Provenance.Any(p => p.Field == "actor" && p.Rule == "actor.installation-operator")))
        {
            return e;
        }

        var x = BorrowedTime.LastToldBefore(events, e.Evidence.Start);
        if (x is not { Type: "military.troop_level", Actor: not null } || e.Evidence.Start - x.Evidence.End > 300)
        {
            return e;
        }

        return e with
        {
            Actor = x.Actor,
            Provenance = [.. e.Provenance.Where(p => p.Field != "actor"), new Provenance("actor", "actor.remainder-of-force-told-before", x.Evidence.Sentence)],
        };
    }

    private static bool OpensWithRemainder(string sentence)
    {
        foreach (var opening in Openings)
        {
            // A whole word: "The rest" is not "The restrictions".
            if (sentence.StartsWith(opening, StringComparison.Ordinal) && (sentence.Length == opening.Length || !char.IsLetter(sentence[opening.Length])))
            {
                return true;
            }
        }

        return false;
    }
}
