namespace Sitrep.Cli.Commands;

/// <summary>What one ingest run did: inputs read, reports stored as new (or as a new version), unchanged, failed.</summary>
public sealed record IngestSummary(int Read, int New, int Unchanged, int Failed)
{
    /// <summary>With a shared batch: the inputs of the whole batch stored by any worker; otherwise null.</summary>
    public int? BatchDone { get; init; }
}
