using Sitrep.Core.Model;
using Sitrep.Web.Knowledge;

namespace Sitrep.Web.Reading;

/// <summary>One page of results: <see cref="Total"/> counts every match, <see cref="Items"/> holds this page's.</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, int PageNumber, int PageSize, int Total);

/// <summary>
/// A stored fact (<see cref="Fact"/>, as <c>extract</c> prints it) with what the dashboard needs beside it: its key
/// "{report id}-{index}", the date it is filed under, its report's outlet and title, and the zones containing it.
/// </summary>
public sealed record EventView(
    string Key,
    long ReportId,
    ExtractedEvent Fact,
    string? Date,
    string? Outlet,
    string? Published,
    string? Title,
    IReadOnlyList<string> Zones,
    StoryLink? Story = null);

/// <summary>A stored report (its latest version) in a list.</summary>
public sealed record ReportSummary(
    long Id,
    string DocumentId,
    string Source,
    string? Title,
    string? Outlet,
    string? Published,
    int Version,
    int Events,
    int Framing);

/// <summary>A report with its body, facts (with evidence offsets), entities and loaded wording.</summary>
public sealed record ReportDetail(
    ReportSummary Report,
    string Body,
    string? DuplicateOf,
    IReadOnlyList<string> SharesTextWith,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ExtractedEntity> Entities,
    IReadOnlyList<FramingTerm> Framing);

/// <summary>An entity over all stored reports: how often it is mentioned and takes part in facts.</summary>
public sealed record EntitySummary(
    string Id,
    EntityType Type,
    string Name,
    double? Lat,
    double? Lon,
    int Reports,
    int Events,
    IReadOnlyList<string> Surfaces);

/// <summary>An installation of the register with how many stored facts are located at it or name it.</summary>
public sealed record InstallationSummary(Installation Installation, int Events, int Reports);

/// <summary>An installation page: the register's history and sources, then the stored facts and reports about it.</summary>
/// With an analysis, <c>Register</c> holds the corpus register's dated, cited entries.
public sealed record InstallationDetail(
    Installation Installation,
    IReadOnlyList<EventView> Events,
    IReadOnlyList<ReportSummary> Reports,
    string Analysis = AnalysisSource.None,
    IReadOnlyList<RegisterEntry>? Register = null);

/// <summary>
/// A story, for now: one fact and the other stored facts of the same type, place and date (the corpus-level
/// story grouping will replace this).
/// </summary>
public sealed record StoryView(EventView Event, IReadOnlyList<EventView> Related, IReadOnlyList<string> Outlets);

/// <summary>How one outlet reports: volume, what kinds of facts, how often others corroborate it, how often it frames.</summary>
public sealed record OutletSummary(
    string Name,
    OutletInfo? Knowledge,
    int Reports,
    int Events,
    int CorroboratedEvents,
    double CorroborationRate,
    int ReportsWithFraming,
    int FramingTerms,
    double FramingRate,
    IReadOnlyDictionary<string, int> EventFamilies,
    OutletAnalysis? Analysis = null);
