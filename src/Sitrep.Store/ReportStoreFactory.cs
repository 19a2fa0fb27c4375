using Sitrep.Store.Postgres;
using Sitrep.Store.Sqlite;

namespace Sitrep.Store;

/// <summary>Opens the store a target string names (see <see cref="StoreTarget"/>), migrating its schema first.</summary>
public static class ReportStoreFactory
{
    /// <exception cref="StoreException">The store cannot be opened: corrupt or foreign file, unreachable server, newer schema.</exception>
    public static Task<IReportStore> OpenAsync(string? target, TimeProvider? clock = null, CancellationToken ct = default) =>
        OpenAsync(StoreTarget.Parse(target), clock, ct);

    public static async Task<IReportStore> OpenAsync(StoreTarget target, TimeProvider? clock = null, CancellationToken ct = default)
    {
        clock ??= TimeProvider.System;
        return target.IsPostgres
            ? await PostgresReportStore.OpenAsync(target.Value, clock, ct).ConfigureAwait(false)
            : await SqliteReportStore.OpenAsync(target.Value, clock, ct).ConfigureAwait(false);
    }
}
