using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>
/// "The army killed smugglers crossing from Syria over the northeastern border", "deployed units along its frontier
/// with Syria": a border named only by the common noun, in the sentence of one state's act with one other country
/// named, is the border between the two, when the knowledge base knows it (places of kind "border", "A–B border").
/// </summary>
internal sealed class BorderPlace
{
    private static readonly WordSet BorderNouns = WordSet.Create(["border", "borders", "frontier", "frontiers"]);

    private static readonly WordSet BorderActs = WordSet.Create(
    [
        "military.clash", "military.deployment", "military.incursion", "military.recon", "military.strike", "security.raid",
    ]);

    private readonly KnowledgeBase _kb;

    private readonly Dictionary<(string, string), KbEntity> _borders = [];

    public BorderPlace(KnowledgeBase kb)
    {
        _kb = kb;
        foreach (var place in kb.Entities.Where(e => e.Type == EntityType.Place && e.Kind == "border" && e.Name.EndsWith(" border", StringComparison.Ordinal)))
        {
            var sides = place.Name[..^" border".Length].Split('–', '-');
            if (sides.Length == 2 && CountryNamed(sides[0]) is KbEntity a && CountryNamed(sides[1]) is KbEntity b)
            {
                _borders.TryAdd(Key(a.Id, b.Id), place);
            }
        }
    }

    public ExtractedEvent Apply(SentenceContext ctx, Trigger trigger, ExtractedEvent e)
    {
        // Only a country (or no place: "on the border with Syria") stands in for the border: a town named, or one told in
        // a neighbouring sentence, is more exact.
        if (!BorderActs.Contains(e.Type) || e.Actor is null || (e.Location is { IsCountry: false } && !BorrowedFromAnotherSentence(ctx, trigger, e))
            || !NamesABorderAfter(ctx, trigger)
            || StateOf(_kb.Get(e.Actor.Id)) is not KbEntity state)
        {
            return e;
        }

        var others = OtherCountries(ctx.BySentence[trigger.Sentence], state.Id);
        if (others.Count != 1 || !_borders.TryGetValue(Key(state.Id, others[0]), out var border))
        {
            return e;
        }

        return e with
        {
            Location = EventExtractor.Place(border),
            Provenance = [.. e.Provenance.Where(p => p.Field != "location"), new Provenance("location", "location.border-of-two-states", border.Name)],
        };
    }

    // The border is where the act went on when it is told after the cue ("killed ... across the border"); one told before
    // belongs to another clause ("kept soldiers on its side of the frontier and carries out strikes").
    private static bool NamesABorderAfter(SentenceContext ctx, Trigger trigger)
    {
        var (_, to) = ctx.Text.WordRange(trigger.Sentence);
        for (var i = trigger.Last + 1; i < to; i++)
        {
            if (BorderNouns.Contains(ctx.Text.Words[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    // "the border with Syria" read as "the border" of a place told in an earlier paragraph: the two states named in the
    // sentence are more exact than a place the sentence does not name.
    private static bool BorrowedFromAnotherSentence(SentenceContext ctx, Trigger trigger, ExtractedEvent e) =>
        e.Provenance.Any(p => p.Field == "location" && p.Rule == "location.coreference")
        && !ctx.BySentence[trigger.Sentence].Any(m => m.Entity.Id == e.Location!.Id);

    // Apart from Apply, so that the closure of its lambda is made only when a border is named.
    private static List<string> OtherCountries(List<Mention> sentence, string state) =>
        sentence.Where(m => m.Entity.Type == EntityType.Country && m.Entity.Id != state).Select(m => m.Entity.Id).Distinct().ToList();

    private KbEntity? StateOf(KbEntity? actor) =>
        actor is null ? null : actor.Type == EntityType.Country ? actor : _kb.Get(actor.ActsFor) is { Type: EntityType.Country } state ? state : _kb.CountryByIso(actor.Country);

    private KbEntity? CountryNamed(string name) =>
        _kb.Names.Lookup(KnowledgeBase.KeysOf(name.Trim()))?.Select(n => n.Entity).FirstOrDefault(e => e.Type == EntityType.Country);

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
