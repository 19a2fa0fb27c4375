using System.CommandLine;
using Sitrep.Store;
using Sitrep.Store.Corpus;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>sitrep analyze [--db TARGET] [--kb DIR]</c>: the corpus analysis stage after ingest. Links reused text across
/// the whole store (only reports not analysed before are indexed), rebuilds stories, registers and contradictions.
/// </summary>
public static class AnalyzeCommand
{
    public static Command Create()
    {
        var db = StoreOptions.Db();
        var kb = KnowledgeOptions.Kb();
        var command = new Command("analyze", "Link reused text across the stored corpus and build stories, registers and contradictions") { db, kb };
        command.SetAction((parse, ct) => StoreOptions.RunAsync(async () =>
        {
            await using var store = await ReportStoreFactory.OpenAsync(parse.GetValue(db), ct: ct).ConfigureAwait(false);
            var s = await AnalyzeAsync(store, parse.GetValue(kb), ct).ConfigureAwait(false);
            Console.WriteLine($"indexed {s.NewDocuments}, stories {s.Stories}, installation changes {s.InstallationChanges}, agreement stages {s.AgreementChanges}, "
                + $"force levels {s.ForceLevels}, contradictions {s.Contradictions}");
            return 0;
        }));
        return command;
    }

    /// <summary>Runs the analysis on a store with the knowledge base's installations and outlets.</summary>
    public static Task<AnalysisSummary> AnalyzeAsync(IReportStore store, string[]? kb, CancellationToken ct) =>
        ((ICorpusStore)store).AnalyzeAsync(CorpusKnowledge.From(KnowledgeOptions.Load(kb)), ct);
}
