using System.Text.RegularExpressions;

namespace Sitrep.Core.Knowledge;

/// <summary>Site furniture (banners, share bars, newsletter prompts) as loaded from data/lexicon/furniture.json.</summary>
public sealed record FurnitureRules(
    IReadOnlySet<string> ExactLines,
    IReadOnlyList<string> LinePrefixes,
    IReadOnlyList<Regex> LineRegexes,
    IReadOnlyList<string> GluedPhrases)
{
    public static FurnitureRules Empty { get; } = new(new HashSet<string>(), [], [], []);

    /// <summary>Lines such as "Most Read" or "Related Articles" after which short lines are lists of other stories.</summary>
    public IReadOnlySet<string> ListMarkers { get; init; } = new HashSet<string>();
}
