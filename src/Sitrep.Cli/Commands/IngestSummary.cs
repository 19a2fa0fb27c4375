namespace Sitrep.Cli.Commands;

/// <summary>What one ingest run did: inputs read, reports stored as new (or as a new version), unchanged, failed.</summary>
public sealed record IngestSummary(int Read, int New, int Unchanged, int Failed);
