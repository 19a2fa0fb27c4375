using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>Places told by a fixed phrase right after the cue, which win over the most specific place of the clause.</summary>
internal static class PlacePhrases
{
    // "signed in Ankara", "agreed in the Jordanian capital on Tuesday": where an agreement was made. Other places in
    // the sentence are what it is about, and an agreement is not placed by them.
    // "The Amman roadmap agreed by ...", "the Astana memorandum": an agreement named after a city was made there.
    internal static (KbEntity?, string?, string) SigningPlace(SentenceContext ctx, List<Mention> sentence, Trigger trigger) =>
        PlaceAfter(ctx, sentence, trigger, 3, "in", "at") is Mention m && CityOrSite(m) is KbEntity place
            ? (place, m.Surface, "location.made-in")
            : NamedAfterCity(ctx, sentence, trigger) is Mention named && CityOrSite(named) is KbEntity city
                ? (city, named.Surface, "location.agreement-named-after-city")
                : (null, null, "");

    private static Mention? NamedAfterCity(SentenceContext ctx, List<Mention> sentence, Trigger trigger)
    {
        var words = ctx.Text.Words;
        foreach (var m in sentence)
        {
            var noun = m.Last + 1;
            if (noun < words.Count && Math.Abs(noun - trigger.First) <= 4 && ctx.Text.SentenceOfWord[noun] == trigger.Sentence
                && (m.Place is not null || m.Entity.Type == EntityType.Place)
                && words[noun].Norm is "roadmap" or "agreement" or "accord" or "accords" or "memorandum" or "protocol" or "declaration" or "communique"
                    or "understanding" or "understandings" or "format" or "deal" or "pact" or "treaty")
            {
                return m;
            }
        }

        return null;
    }

    // "would reopen its embassy in Damascus": a mission opened or closed is placed in the city it sits in.
    internal static (KbEntity?, string?, string) MissionPlace(SentenceContext ctx, List<Mention> sentence, Trigger trigger) =>
        ctx.Text.Words[trigger.Last].Norm is "embassy" or "embassies" or "consulate" or "mission"
        && PlaceAfter(ctx, sentence, trigger, 1, "in") is Mention m && CityOrSite(m) is KbEntity place
            ? (place, m.Surface, "location.mission-in")
            : (null, null, "");

    // "900 US troops in Syria, concentrated at ...": a force size is placed where the force is said to be, not at the
    // sites listed after it.
    internal static Mention? PlaceOfForce(SentenceContext ctx, List<Mention> sentence, Trigger trigger) =>
        PlaceAfter(ctx, sentence, trigger, 1, "in", "inside", "across") is Mention m
        && (m.Entity.Type is EntityType.Place or EntityType.Installation || (m.Entity.Type == EntityType.Country && !m.AsActor))
            ? m
            : null;

    // "has cut its force in the country to fewer than 1,000 troops": a force "in the country" is in the country the
    // report is about, whatever places a later clause names.
    internal static Mention? CountryOfForce(SentenceContext ctx, Trigger trigger, int clauseStart)
    {
        var words = ctx.Text.Words;
        var (_, to) = ctx.Text.WordRange(trigger.Sentence);
        for (var k = Math.Max(clauseStart, 1); k + 2 < Math.Min(to, trigger.Last + 6); k++)
        {
            if (words[k].Norm is "in" or "inside" && words[k + 1].Norm == "the" && words[k + 2].Norm == "country"
                && words[k - 1].Norm is "force" or "forces" or "troops" or "presence" or "contingent" or "personnel" or "soldiers" or "footprint")
            {
                return ctx.HomeCountry;
            }
        }

        return null;
    }

    private static KbEntity? CityOrSite(Mention m) =>
        m.Place ?? (m.Entity.Type is EntityType.Place or EntityType.Installation ? m.Entity : null);

    // The mention right after one of the prepositions (an article may stand between), the preposition at most
    // `reach` words after the cue.
    private static Mention? PlaceAfter(SentenceContext ctx, List<Mention> sentence, Trigger trigger, int reach, params string[] prepositions)
    {
        var words = ctx.Text.Words;
        for (var k = trigger.Last + 1; k <= trigger.Last + reach && k + 1 < words.Count && ctx.Text.SentenceOfWord[k + 1] == trigger.Sentence; k++)
        {
            if (!prepositions.Contains(words[k].Norm))
            {
                continue;
            }

            var at = words[k + 1].Norm == "the" ? k + 2 : k + 1;
            return sentence.FirstOrDefault(m => m.First == at);
        }

        return null;
    }
}
