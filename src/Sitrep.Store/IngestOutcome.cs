namespace Sitrep.Store;

/// <summary>The result of storing one report: the stored row it is (or already was) and its version.</summary>
public sealed record IngestOutcome(string DocumentId, string Source, IngestStatus Status, long StoreId, int Version);
