namespace Sitrep.Store;

/// <summary>Row counts: documents (all versions), canonical entities, events, framing terms, document links.</summary>
public sealed record StoreCounts(long Documents, long Entities, long Events, long Framing, long Links);
