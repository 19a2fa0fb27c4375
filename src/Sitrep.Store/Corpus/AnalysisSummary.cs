namespace Sitrep.Store.Corpus;

/// <summary>
/// What one analysis run did: reports newly indexed for reuse, the sizes of the derived tables, and how long the
/// two halves took (indexing new reports; rebuilding stories, registers and contradictions).
/// </summary>
public sealed record AnalysisSummary(int NewDocuments, int Stories, int InstallationChanges, int AgreementChanges, int ForceLevels, int Contradictions)
{
    public TimeSpan Indexing { get; init; }

    public TimeSpan Rebuilding { get; init; }

    /// <summary>Of <see cref="Indexing"/>, the time spent finding near-copies (LSH bucket look-up and signature comparison).</summary>
    public TimeSpan NearCopyLookup { get; init; }
}
