using System.Globalization;

namespace Sitrep.Core.Corpus;

/// <summary>
/// Finds contradictions across the corpus: a force said to leave a country (or to plan to) while another story
/// has it building a base there, and reports of one event whose figures differ by more than a tenth.
/// </summary>
public static class ContradictionFinder
{
    private const double FigureTolerance = 0.1;

    public static IReadOnlyList<Contradiction> Find(IReadOnlyList<Story> stories)
    {
        var found = new List<Contradiction>();
        found.AddRange(stories.SelectMany(Figures));
        var withdrawals = stories.Where(s => s.Merged is { Type: "military.withdrawal", Actor: not null, Location.Country: not null } && s.Merged.Status != "denied").ToList();
        var bases = stories.Where(s => s.Merged is { Type: "military.base", Actor: not null, Location.Country: not null } && s.Merged.Status is "planned" or "ongoing").ToList();
        foreach (var w in withdrawals)
        {
            foreach (var b in bases.Where(b => b.Merged.Actor!.Side == w.Merged.Actor!.Side && b.Merged.Location!.Country == w.Merged.Location!.Country && w.Merged.Location.IsCountry))
            {
                var note = $"{w.Merged.Actor!.Name}: withdrawal from {w.Merged.Location!.Name} ({w.Merged.Status}{On(w.Date)}) but a base at {b.Merged.Location!.Name} ({b.Merged.Status}{On(b.Date)})";
                found.Add(new Contradiction("withdrawal_vs_base", w.Id, w.Mentions[0].Document.StoreId, b.Id, b.Mentions[0].Document.StoreId, note));
            }
        }

        return found;
    }

    // Within one story: the lowest and the highest figure of a unit, when they differ by more than the tolerance.
    private static IEnumerable<Contradiction> Figures(Story story)
    {
        var counted = story.Mentions.Where(m => m.Event.Quantity is not null).GroupBy(m => m.Event.Quantity!.Unit, StringComparer.Ordinal);
        foreach (var unit in counted)
        {
            var lo = unit.MinBy(m => m.Event.Quantity!.Value)!;
            var hi = unit.MaxBy(m => m.Event.Quantity!.Value)!;
            double a = lo.Event.Quantity!.Value, b = hi.Event.Quantity!.Value;
            if (b > a * (1 + FigureTolerance) && lo.Document.StoreId != hi.Document.StoreId)
            {
                var note = $"{story.Merged.Type}: {Number(a)} {unit.Key} against {Number(b)} {unit.Key}";
                yield return new Contradiction("figures", story.Id, lo.Document.StoreId, story.Id, hi.Document.StoreId, note);
            }
        }
    }

    private static string On(string? date) => date is null ? "" : ", " + date;

    private static string Number(double v) => v.ToString("#,0.##", CultureInfo.InvariantCulture);
}
