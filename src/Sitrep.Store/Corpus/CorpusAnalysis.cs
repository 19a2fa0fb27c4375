using System.Data.Common;
using System.Diagnostics;
using Sitrep.Core.Corpus;

namespace Sitrep.Store.Corpus;

/// <summary>
/// The corpus analysis stage, in one transaction: index new reports for reuse (incremental), then rebuild the
/// stories, registers and contradictions from every stored fact. Stories are rebuilt whole because one new
/// report can join or split earlier ones; this reads the facts once and costs milliseconds per thousand.
/// </summary>
public static class CorpusAnalysis
{
    public static async Task<AnalysisSummary> RunAsync(DbConnection c, CorpusDialect dialect, CorpusKnowledge knowledge, DateTimeOffset now, CancellationToken ct)
    {
        await using var tx = await dialect.BeginAsync(c, ct).ConfigureAwait(false);
        var clock = Stopwatch.StartNew();
        var indexer = new ReuseIndexer(c, tx, dialect, now, ct);
        var fresh = await indexer.IndexNewAsync().ConfigureAwait(false);
        var indexing = clock.Elapsed;
        var (events, reuse, documents) = await CorpusLoader.LoadAsync(c, tx, ct).ConfigureAwait(false);
        var independence = new SourceIndependence(reuse, knowledge.Outlet);
        var stories = StoryBuilder.Build(events, independence);
        var installations = InstallationRegister.Build(knowledge.Installations, stories);
        var agreements = AgreementRegister.Build(stories);
        var forces = ForceLevels.Build(stories);
        var contradictions = ContradictionFinder.Find(stories);
        var outlets = documents.Where(d => d.Outlet is not null).GroupBy(d => d.Outlet!, StringComparer.OrdinalIgnoreCase).Select(g =>
        {
            var info = knowledge.Outlet(g.Key);
            return new OutletRow { Name = info?.Name ?? g.Key, Country = info?.Country, StateAffiliated = info?.StateAffiliated ?? false, Known = info is not null, Documents = g.Count() };
        }).GroupBy(o => o.Name, StringComparer.Ordinal).Select(g => g.First() with { Documents = g.Sum(o => o.Documents) }).OrderBy(o => o.Name, StringComparer.Ordinal).ToList();
        await new CorpusWriter(c, tx, dialect, ct).ReplaceAsync(stories, installations, agreements, forces, contradictions, outlets).ConfigureAwait(false);
        await tx.CommitAsync(ct).ConfigureAwait(false);
        return new AnalysisSummary(fresh, stories.Count, installations.Count, agreements.Count, forces.Count, contradictions.Count)
        {
            Indexing = indexing,
            Rebuilding = clock.Elapsed - indexing,
            NearCopyLookup = indexer.NearCopyLookup,
        };
    }
}
