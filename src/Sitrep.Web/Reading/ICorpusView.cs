namespace Sitrep.Web.Reading;

/// <summary>
/// Corpus-level reads: stories across reports, the registers, force levels and contradictions. Each answer says
/// whether the stored analysis gave it (<c>corpus</c>) or, when it has not run, the per-report fallback (<c>none</c>).
/// </summary>
public interface ICorpusView
{
    string Analysis { get; }

    CorpusPage<StoryDetail> Stories(StoryFilter filter, Paging paging);

    StoryDetail? Story(string id);

    /// <summary>The story a stored fact belongs to, or null when the analysis has not seen it.</summary>
    StoryLink? StoryOf(EventView e);

    CorpusPage<AgreementView> Agreements(Paging paging);

    AgreementView? Agreement(string id);

    CorpusPage<ForceLevelView> ForceLevels(string? actor, Paging paging);

    CorpusPage<ContradictionView> Contradictions(Paging paging);

    /// <summary>The register's dated, cited entries for one installation, oldest first (empty without an analysis).</summary>
    IReadOnlyList<RegisterEntry> InstallationRegister(string installationId);

    OutletAnalysis? Outlet(string name);
}

/// <summary>Filters of <c>/api/stories</c>: type prefix, place or actor name part, date window, a flag, a minimum corroboration.</summary>
public sealed record StoryFilter(string? Type, string? Place, string? Actor, string? From, string? To, string? Flag, int? MinCorroboration);
