namespace Sitrep.Store;

/// <summary>
/// Store-level facts about one document version: its row id, content hash, version chain and ingestion time
/// (UTC, ISO 8601). <see cref="DocumentId"/> is the codebook id (a hash of the body).
/// </summary>
public sealed record StoredDocument(
    long StoreId,
    string DocumentId,
    string ContentHash,
    string Source,
    int Version,
    long? PreviousVersionId,
    string IngestedAt);
