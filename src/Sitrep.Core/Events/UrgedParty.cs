using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// The party asked, urged or pressed to act: "called on Israel to withdraw", "press Israel to pull out", "for
/// Turkey to deploy". It is who would act, not the subject that asks.
/// </summary>
internal static class UrgedParty
{
    internal static Mention? Of(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        var to = trigger.First - 1;
        if (to > from && words[to].Norm is "immediately" or "fully" or "quickly" or "also")
        {
            to--;
        }

        if (to <= from || words[to].Norm != "to" || !words[trigger.First].Norm.All(char.IsLetter))
        {
            return null;
        }

        // "called on Israel to respect ... and to withdraw": the second infinitive asks the same party.
        if (words[to - 1].Norm == "and")
        {
            for (var k = to - 2; k > from + 1; k--)
            {
                if (words[k].Norm == "to" && sentence.LastOrDefault(m => m.Last == k - 1) is Mention first)
                {
                    return Asked(ctx, words, from, first);
                }
            }

            return null;
        }

        return sentence.LastOrDefault(m => m.Last == to - 1) is Mention party ? Asked(ctx, words, from, party) : null;
    }

    private static Mention? Asked(SentenceContext ctx, List<Text.Token> words, int from, Mention party)
    {
        if (words[party.Last].Possessive
            || !Coreference.IsParty(party))
        {
            return null;
        }

        // "sent reinforcements to Syria to deploy": a place a preposition of place governs asks nothing of anyone.
        var before = party.First - 1;
        while (before > from && words[before].Norm is "the" or "all")
        {
            before--;
        }

        if (before <= from)
        {
            return null;
        }

        // "calls for Turkey to deploy", "pressure on Israel to withdraw"; but "the groundwork for Russia to keep its
        // bases" states an aim, not a demand made of Russia.
        return words[before].Norm switch
        {
            "for" => words[before - 1].Norm is "call" or "calls" or "called" or "calling" or "push" or "pushed" or "pushing" or "pressed" or "pressing"
                or "appeal" or "appealed" or "appeals" or "lobbied" or "lobbying" or "demands" or "demand" or "demanded" ? party : null,
            "on" => words[before - 1].Norm is "call" or "calls" or "called" or "calling" or "pressure" or "prevailed" or "urged" ? party : null,
            _ => ArgumentLexicon.Prepositions.Contains(words[before].Norm) || words[before].Norm is "and" or "or" ? null : party,
        };
    }
}
