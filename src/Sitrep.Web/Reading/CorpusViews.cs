using Sitrep.Store.Corpus;

namespace Sitrep.Web.Reading;

/// <summary>Where a corpus-level answer comes from: <c>corpus</c> (the stored analysis) or <c>none</c> (not run; a fallback).</summary>
public static class AnalysisSource
{
    public const string Corpus = "corpus";
    public const string None = "none";
}

/// <summary>A page of a corpus-level list, saying whether the stored analysis answered it.</summary>
public sealed record CorpusPage<T>(string Analysis, IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>Makes a <see cref="CorpusPage{T}"/> of a page.</summary>
public static class CorpusPage
{
    public static CorpusPage<T> Of<T>(string analysis, Page<T> page) => new(analysis, page.Items, page.PageNumber, page.PageSize, page.Total);
}

/// <summary>A story: one event as all stored reports tell it, with its corroboration by independent outlets and its flags.</summary>
public sealed record StoryDetail(
    string Analysis,
    string Id,
    string Type,
    string Status,
    string? Actor,
    string? Target,
    string? Place,
    string? Country,
    double? Lat,
    double? Lon,
    string? Date,
    string? Quantity,
    long Corroboration,
    IReadOnlyList<string> IndependentOutlets,
    IReadOnlyList<string> Flags,
    string Evidence,
    IReadOnlyList<MentionView> Mentions);

/// <summary>One report's statement of a story; <see cref="EventKey"/> is null when the report is no longer the latest version.</summary>
public sealed record MentionView(
    long ReportId,
    string? EventKey,
    string? Outlet,
    string? Title,
    string? Published,
    string? DuplicateOf,
    string Status,
    string Evidence);

/// <summary>What an event marker needs of its story: the id to open and the corroboration to size it by.</summary>
public sealed record StoryLink(string Id, long Corroboration, IReadOnlyList<string> Flags);

/// <summary>A dated, cited entry of a register: the change and the reports that state it (none for the knowledge base's starting entry).</summary>
public sealed record RegisterEntry(
    string Status,
    string? Operator,
    string? Date,
    string? StoryId,
    IReadOnlyList<MentionView> Sources);

/// <summary>An agreement of the register with its stage history; the current stage is the latest.</summary>
public sealed record AgreementView(
    string Id,
    string Kind,
    string Parties,
    string? Mediator,
    string Stage,
    string? Date,
    IReadOnlyList<AgreementStage> History);

/// <summary>One stage of an agreement, with the reports that state it.</summary>
public sealed record AgreementStage(
    string Stage,
    string? Date,
    string? Signatories,
    string? Deadline,
    string? Mediator,
    string StoryId,
    IReadOnlyList<MentionView> Sources);

/// <summary>A force's stated size on a date, cited.</summary>
public sealed record ForceLevelView(ForceLevelRow Level, IReadOnlyList<MentionView> Sources);

/// <summary>Two stories that contradict each other, each with its reports.</summary>
public sealed record ContradictionView(
    string Kind,
    string Note,
    string StoryA,
    long ReportA,
    string StoryB,
    long ReportB,
    IReadOnlyList<MentionView> SourcesA,
    IReadOnlyList<MentionView> SourcesB);

/// <summary>An outlet's figures from the stored analysis: its reports, the stories it tells and how many others corroborate.</summary>
public sealed record OutletAnalysis(
    long Reports,
    int Stories,
    int CorroboratedStories,
    double CorroborationRate,
    int SingleSourceStories);
