using Sitrep.Store;

namespace Sitrep.Web.Reading;

/// <summary>
/// Holds the current snapshot. Loading reads every latest version from the store once; an ingested report is
/// added by building the next snapshot from the previous one's reports, so readers never see a half-built one.
/// </summary>
public sealed class SnapshotHolder
{
    private readonly object _swap = new();
    private DashboardSnapshot? _current;

    public DashboardSnapshot Current => Volatile.Read(ref _current) ?? throw new InvalidOperationException("the store has not been loaded yet");

    public bool Loaded => Volatile.Read(ref _current) is not null;

    public async Task LoadAsync(StoreAccess store, KnowledgeLayers knowledge, CancellationToken ct)
    {
        var reports = await store.ReadAllAsync(ct).ConfigureAwait(false);
        Volatile.Write(ref _current, SnapshotBuilder.Build(1, reports, knowledge));
    }

    /// <summary>Adds a newly stored report; a new version replaces its previous one.</summary>
    public void Add(StoredReport report)
    {
        lock (_swap)
        {
            var old = Current;
            var reports = old.Reports
                .Where(r => r.Stored.StoreId != report.Stored.StoreId && r.Stored.StoreId != report.Stored.PreviousVersionId)
                .Append(report)
                .ToList();
            Volatile.Write(ref _current, SnapshotBuilder.Build(old.Generation + 1, reports, old.Knowledge, old));
        }
    }
}
