namespace Sitrep.Store.Corpus;

/// <summary>
/// Reads what the corpus analysis stored: stories, the installations and agreements registers, force levels,
/// contradictions and outlets. Both backends implement it; a dashboard reads through it.
/// </summary>
public interface ICorpusReader
{
    /// <summary>Stories whose date lies in the window (ISO prefixes as in search; null: open), with their mentions.</summary>
    Task<IReadOnlyList<StoryRecord>> StoriesAsync(string? from = null, string? to = null, CancellationToken ct = default);

    Task<IReadOnlyList<InstallationRow>> InstallationsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<AgreementRow>> AgreementsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<ForceLevelRow>> ForceLevelsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<ContradictionRow>> ContradictionsAsync(CancellationToken ct = default);

    Task<IReadOnlyList<OutletRow>> OutletsAsync(CancellationToken ct = default);
}

/// <summary>The corpus analysis stage: run after ingest; incremental for reuse, and rebuilds the derived tables.</summary>
public interface ICorpusStore : ICorpusReader
{
    Task<AnalysisSummary> AnalyzeAsync(CorpusKnowledge knowledge, CancellationToken ct = default);
}
