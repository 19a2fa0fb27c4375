using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>One input of a shared batch: its queue row and the path every worker reads it from.</summary>
public sealed record QueuedInput(long Id, string Path);

/// <summary>
/// A work queue in the store, so that several ingest processes split one batch: each enqueues the same inputs
/// (idempotently), then claims and completes pending ones until none is left. Only the PostgreSQL backend has one.
/// </summary>
public interface ISharedBatch
{
    /// <summary>Adds the inputs of a batch that are not queued yet; returns how many rows the batch has.</summary>
    Task<int> EnqueueAsync(string batch, IReadOnlyList<string> paths, CancellationToken ct = default);

    /// <summary>Locks up to <paramref name="max"/> pending inputs of the batch for this worker, or returns null when none is left unclaimed.</summary>
    Task<IIngestClaim?> ClaimAsync(string batch, int max, CancellationToken ct = default);

    /// <summary>How many inputs of the batch are done (stored, or already stored), by any worker.</summary>
    Task<int> CountDoneAsync(string batch, CancellationToken ct = default);
}

/// <summary>
/// Claimed inputs, locked until <see cref="CompleteAsync"/> commits their reports and marks them done, or until the
/// claim is disposed (rolled back: the inputs are pending again, for any worker).
/// </summary>
public interface IIngestClaim : IAsyncDisposable
{
    IReadOnlyList<QueuedInput> Inputs { get; }

    /// <summary>Stores the reports extracted from the claimed inputs, marks the others failed with their error, and commits.</summary>
    Task<IReadOnlyList<IngestOutcome>> CompleteAsync(IReadOnlyList<ExtractedReport> reports, IReadOnlyDictionary<long, string> failures, CancellationToken ct = default);
}
