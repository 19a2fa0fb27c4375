namespace Sitrep.Core.Cleaning;

/// <summary>A line of the report after cleaning; furniture lines are kept, marked, for outlet detection and explanations.</summary>
public sealed record Line(string Text, bool Furniture, string? Rule);

/// <summary>What the page's markup says about itself (HTML only): title, site name, publication time, address.</summary>
public sealed record PageHints(string? Title, string? SiteName, string? PublishedTime, string? Url)
{
    public static PageHints None { get; } = new(null, null, null, null);
}

/// <summary>Output of the cleaning stage: lines in order, and the hints the markup gave.</summary>
public sealed record CleanedText(IReadOnlyList<Line> Lines, PageHints Hints, bool FromHtml);
