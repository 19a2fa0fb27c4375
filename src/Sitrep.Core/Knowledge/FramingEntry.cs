namespace Sitrep.Core.Knowledge;

/// <summary>A loaded or partisan term with the neutral wording a wire service would use.</summary>
public sealed record FramingEntry(string Term, string Category, string Neutral, string? RefersTo);
