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
public sealed record StoryFilter(string? Type, string? Place, string? Actor, string? From, string? To, string? Flag, int? MinCorroboration)
{
    /// <summary>Dates compare as ISO prefixes, as in search; an undated story is outside any window.</summary>
    public bool Matches(string type, string? place, string? actor, string? target, string? date, IReadOnlyList<string> flags, long corroboration) =>
        (Type is null || type == Type || type.StartsWith(Type + ".", StringComparison.Ordinal))
        && (Place is null || (place?.Contains(Place, StringComparison.OrdinalIgnoreCase) ?? false))
        && (Actor is null || (actor?.Contains(Actor, StringComparison.OrdinalIgnoreCase) ?? false) || (target?.Contains(Actor, StringComparison.OrdinalIgnoreCase) ?? false))
        && (From is null || (date is not null && string.CompareOrdinal(date, From) >= 0))
        && (To is null || (date is not null && string.CompareOrdinal(date[..Math.Min(date.Length, To.Length)], To) <= 0))
        && (Flag is null || flags.Any(f => f == Flag || f.StartsWith(Flag + ":", StringComparison.Ordinal)))
        && (MinCorroboration is null || corroboration >= MinCorroboration);
}
