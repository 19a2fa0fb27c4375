using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Core.Corpus;

/// <summary>
/// When two reported facts can be the same real-world event (codebook: type, actor/target, place and time
/// compatible). A missing field is compatible with anything; quantities must be within a factor of two, so
/// that disagreeing casualty figures stay one event (and become a contradiction) while unrelated tallies do not.
/// </summary>
public static class StoryCompatibility
{
    private const int DaysApart = 3;

    public static bool Compatible(ExtractedEvent a, ExtractedEvent b) =>
        a.Type == b.Type
        && Modality(a.Status) == Modality(b.Status)
        && Parties(a, b)
        && Places(a.Location, b.Location)
        && Times(Date(a), Date(b))
        && Quantities(a.Quantity, b.Quantity);

    /// <summary>The date a fact is filed under: its start, else its end (a deadline), else null.</summary>
    public static string? Date(ExtractedEvent e) => e.Time?.Start ?? e.Time?.End;

    // What happened, what is intended or possible, and what is denied are different claims.
    private static int Modality(string status) => status switch
    {
        "planned" or "speculative" => 1,
        "denied" => 2,
        _ => 0,
    };

    private static bool Parties(ExtractedEvent a, ExtractedEvent b)
    {
        if (a.Type.StartsWith("diplomacy.", StringComparison.Ordinal))
        {
            // The two sides of talks or a deal, in either order: one side list must contain the other.
            var x = Sides(a);
            var y = Sides(b);
            return x.IsSubsetOf(y) || y.IsSubsetOf(x);
        }

        return Same(a.Actor, b.Actor) && Same(a.Target, b.Target);
    }

    private static HashSet<string> Sides(ExtractedEvent e) =>
        new[] { e.Actor?.Side, e.Target?.Side }.OfType<string>().ToHashSet(StringComparer.Ordinal);

    private static bool Same(EntityRef? a, EntityRef? b) => a is null || b is null || a.Side == b.Side;

    private static bool Places(LocationRef? a, LocationRef? b)
    {
        if (a is null || b is null || a.Id == b.Id)
        {
            return true;
        }

        // A country and a place inside it can be one event told at two scales.
        return (a.IsCountry && a.Country is not null && a.Country == b.Country) || (b.IsCountry && b.Country is not null && b.Country == a.Country);
    }

    private static bool Times(string? a, string? b)
    {
        if (a is null || b is null)
        {
            return true;
        }

        var common = Math.Min(a.Length, b.Length);
        if (string.CompareOrdinal(a, 0, b, 0, common) == 0)
        {
            return true;
        }

        return a.Length == 10 && b.Length == 10
            && DateOnly.TryParseExact(a, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var x)
            && DateOnly.TryParseExact(b, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var y)
            && Math.Abs(x.DayNumber - y.DayNumber) <= DaysApart;
    }

    private static bool Quantities(Quantity? a, Quantity? b)
    {
        if (a is null || b is null || a.Unit != b.Unit)
        {
            return true;
        }

        var lo = Math.Min(a.Value, b.Value);
        var hi = Math.Max(a.Value, b.Value);
        return lo > 0 ? hi / lo <= 2 : hi == lo;
    }
}
