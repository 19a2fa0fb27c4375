namespace Sitrep.Store.Rows;

/// <summary>All rows of one report, before the document has a store id (the rows' DocumentId is 0).</summary>
public sealed record ReportRowSet(
    DocumentRow Document,
    IReadOnlyList<MentionRow> Mentions,
    IReadOnlyList<EventRow> Events,
    IReadOnlyList<FramingRow> Framing,
    IReadOnlyList<LinkRow> Links);
