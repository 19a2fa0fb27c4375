namespace Sitrep.Store.Corpus;

/// <summary>What one analysis run did: reports newly indexed for reuse, and the sizes of the derived tables.</summary>
public sealed record AnalysisSummary(int NewDocuments, int Stories, int InstallationChanges, int AgreementChanges, int ForceLevels, int Contradictions);
