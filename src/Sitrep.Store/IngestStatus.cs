namespace Sitrep.Store;

/// <summary>What storing one report did.</summary>
public enum IngestStatus
{
    /// <summary>The first version of a report.</summary>
    New,

    /// <summary>Changed content from a source already stored: a new version linked to the previous one.</summary>
    NewVersion,

    /// <summary>Content already stored (same content hash): nothing was written but batch links.</summary>
    Unchanged,
}
