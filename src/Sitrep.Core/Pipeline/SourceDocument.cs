namespace Sitrep.Core.Pipeline;

/// <summary>A report as read: where it came from and its bytes.</summary>
public sealed record SourceDocument(string Source, byte[] Bytes);

/// <summary>The result of extracting one report: the report, or a one-line reason it could not be read.</summary>
public sealed record ExtractionOutcome(string Source, Model.ExtractedReport? Report, string? Error)
{
    public bool Ok => Report is not null;
}
