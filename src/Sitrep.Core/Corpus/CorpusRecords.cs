using Sitrep.Core.Model;

namespace Sitrep.Core.Corpus;

/// <summary>A stored report as the corpus analysis sees it: its store row id and what names its source.</summary>
public sealed record CorpusDocument(long StoreId, string DocId, string Source, string? Title, string? Outlet, string? Republisher, string? Published);

/// <summary>One extracted fact of one stored report (<see cref="RowId"/> is its row in the store).</summary>
public sealed record CorpusEvent(long RowId, CorpusDocument Document, ExtractedEvent Event);

/// <summary>What the knowledge base says about an outlet: its country and whether a state owns or controls it.</summary>
public sealed record OutletInfo(string Name, string? Country, bool StateAffiliated);

/// <summary>
/// One real-world event as the whole corpus reports it: every mention kept, the fields merged from them, the
/// number of independent outlets carrying it and flags about its sourcing (<see cref="StoryFlags"/>).
/// </summary>
public sealed record Story(
    string Id,
    ExtractedEvent Merged,
    string? Date,
    IReadOnlyList<CorpusEvent> Mentions,
    int Corroboration,
    IReadOnlyList<string> Flags);

/// <summary>Flags a story can carry.</summary>
public static class StoryFlags
{
    /// <summary>Only one independent outlet carries the claim.</summary>
    public const string SingleSource = "single_source";

    /// <summary>Prefix of "state_media_only:IR": every outlet carrying it is state media of that one country.</summary>
    public const string StateMediaOnly = "state_media_only";
}
