using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>
/// A pronoun that names who owns or holds what a cue speaks of: "stop its near-daily strikes", "the five positions it
/// has held". The pronoun stands for the latest party named before it, which outranks the clause's subject
/// ("Lebanon demanded that Israel ... stop its strikes": the strikes are Israel's).
/// </summary>
internal static class PronounOwner
{
    /// <summary>"its latest strike", "their near-daily raids": the party a possessive pronoun before an attack cue stands for.</summary>
    internal static Mention? OfPossessive(SentenceContext ctx, Trigger trigger)
    {
        var words = ctx.Text.Words;
        var (from, _) = ctx.Text.WordRange(trigger.Sentence);
        // Up to three modifiers may stand between ("its near-daily", "their repeated overnight").
        for (var k = trigger.First - 1; k >= from && k >= trigger.First - 4; k--)
        {
            var w = words[k];
            if (w.Norm is "its" or "their")
            {
                return k > from ? UngovernedPartyBefore(ctx, trigger, k) ?? Coreference.LastForceBefore(ctx, trigger, k) : null;
            }

            // "its units had taken over": an auxiliary between makes the cue a verb of its own clause ("its forces
            // occupy" still names the forces' owner).
            if (w.Capitalized || w.Kind == TokenKind.Number || (w.Kind == TokenKind.Punct && w.Norm != "-") || NotModifiers.Contains(w.Norm))
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"the positions it has held", "bases that they built": the party a pronoun after a site cue stands for.</summary>
    internal static Mention? OfHolding(SentenceContext ctx, Trigger trigger)
        => HoldingClause(ctx, trigger) is not null ? Coreference.LastForceBefore(ctx, trigger, trigger.First) : null;

    /// <summary>
    /// A relative clause of holding right after a site cue ("it has held", "they still occupy"): where its pronoun
    /// stands, and whether the holding goes on (a present or perfect verb), which no modal before the cue governs.
    /// </summary>
    internal static (int Pronoun, bool Continuing)? HoldingClause(SentenceContext ctx, Trigger trigger)
    {
        var at = trigger.Last + 1;
        if (ctx.WordAfter(trigger.Last) is "that" or "which")
        {
            at++;
        }

        if (ctx.WordAfter(at - 1) is not ("it" or "they"))
        {
            return null;
        }

        var auxiliary = ctx.WordAfter(at);
        var verb = auxiliary is "has" or "have" or "had" or "still" ? ctx.WordAfter(at + 1) : auxiliary;
        if (!HoldingVerbs.Contains(verb ?? ""))
        {
            return null;
        }

        var continuing = auxiliary is "has" or "have" or "still" || verb is "holds" or "hold" or "occupies" or "occupy" or "controls" or "control"
            or "maintains" or "maintain" or "runs" or "run" or "operates" or "operate" or "keeps" or "keep" or "mans" or "man";
        return (at, continuing);
    }

    private static readonly WordSet NotModifiers = WordSet.Create(
    [
        "had", "has", "have", "was", "were", "is", "are", "been", "be", "would", "will", "could", "not",
    ]);

    private static readonly WordSet HoldingVerbs = WordSet.Create(
    [
        "held", "holds", "hold", "occupies", "occupied", "occupy", "built", "builds", "set", "established", "seized", "controls", "control",
        "controlled", "maintains", "maintain", "maintained", "captured", "erected", "took", "taken", "runs", "run", "ran", "operates", "operate",
        "operated", "keeps", "keep", "kept", "manned", "mans", "man",
    ]);

    // "The IOF has occupied ... since the fall of the former government, and its incursions": a party a preposition
    // governs ("of the former government") is not who the pronoun stands for.
    private static Mention? UngovernedPartyBefore(SentenceContext ctx, Trigger trigger, int before)
    {
        var words = ctx.Text.Words;
        foreach (var m in Enumerable.Reverse(ctx.BySentence[trigger.Sentence]))
        {
            if (m.Last >= before || !Coreference.IsParty(m))
            {
                continue;
            }

            var k = m.First - 1;
            while (k >= 0 && words[k].Norm is "the" or "former" or "then" or "new")
            {
                k--;
            }

            if (k < 0 || ctx.Text.SentenceOfWord[k] != trigger.Sentence || !ArgumentLexicon.Prepositions.Contains(words[k].Norm))
            {
                return m;
            }
        }

        return null;
    }
}
