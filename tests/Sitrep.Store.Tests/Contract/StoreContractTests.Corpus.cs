using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Sitrep.Store.Corpus;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>The corpus analysis (<see cref="ICorpusStore"/>) on every backend, over <see cref="CorpusReports"/>.</summary>
public abstract partial class StoreContractTests
{
    private static CorpusKnowledge Knowledge => CorpusKnowledge.From(Extraction.Knowledge);

    protected async Task Check_analysis_links_reused_text_across_ingest_runs()
    {
        await using var store = await OpenStoreAsync();
        var corpus = (ICorpusStore)store;
        await IngestEachAsync(store, "a_base.txt", "b_reprint.html", "c_passage.txt");
        Assert.All(await ToListAsync(store.ReadAllAsync()), r => Assert.Empty(r.Report.Document.SharesTextWith));

        var summary = await corpus.AnalyzeAsync(CorpusKnowledge.Empty);

        Assert.Equal(3, summary.NewDocuments);
        var docs = await DocumentsBySourceAsync(store);
        var (a, b, c) = (docs["a_base.txt"], docs["b_reprint.html"], docs["c_passage.txt"]);
        Assert.Null(a.DuplicateOf);
        Assert.Equal(a.Id, b.DuplicateOf);
        Assert.Null(c.DuplicateOf);
        Assert.Equal(new[] { b.Id, c.Id }.Order(StringComparer.Ordinal), a.SharesTextWith);
        Assert.Equal(new[] { a.Id, c.Id }.Order(StringComparer.Ordinal), b.SharesTextWith);
        Assert.Equal(new[] { a.Id, b.Id }.Order(StringComparer.Ordinal), c.SharesTextWith);

        // Only reports not analysed before are indexed; a later report is compared with everything stored.
        Assert.Equal(0, (await corpus.AnalyzeAsync(CorpusKnowledge.Empty)).NewDocuments);
        await IngestEachAsync(store, "d_tass.txt");
        Assert.Equal(1, (await corpus.AnalyzeAsync(CorpusKnowledge.Empty)).NewDocuments);
        Assert.Empty((await DocumentsBySourceAsync(store))["d_tass.txt"].SharesTextWith);
    }

    protected async Task Check_stories_count_independent_outlets_and_flag_their_sourcing()
    {
        await using var store = await OpenStoreAsync();
        await IngestEachAsync(store, CorpusReports.All.Select(r => r.Name).ToArray());

        await ((ICorpusStore)store).AnalyzeAsync(Knowledge);

        var stories = await ((ICorpusReader)store).StoriesAsync();
        var docs = await DocumentsBySourceAsync(store);
        var turkishBase = stories.Single(s => s.Type == "military.base" && s.LocationName == "al-Bab");
        Assert.Equal(["a_base.txt", "b_reprint.html", "c_passage.txt"], turkishBase.Mentions.Select(m => Path.GetFileName(m.Source)).Order(StringComparer.Ordinal));
        Assert.Equal(1, turkishBase.Corroboration);
        Assert.Contains(StoryFlags.SingleSource, turkishBase.FlagList);
        var shelling = stories.Single(s => s.Type == "violence.civilians" && s.LocationName == "Saraqib");
        Assert.Equal(2, shelling.Mentions.Count);
        Assert.Equal(2, shelling.Corroboration);
        Assert.Equal([StoryFlags.StateMediaOnly + ":RU"], shelling.FlagList);

        // The stored facts read back with the corpus's count (export --format jsonl carries it).
        var tass = (await ToListAsync(store.ReadAllAsync())).Single(r => r.Report.Document.Id == docs["d_tass.txt"].Id);
        Assert.Equal(2, tass.Report.Events.Single(e => e.Type == "violence.civilians").Corroboration);

        var outlets = await ((ICorpusReader)store).OutletsAsync();
        Assert.Contains(outlets, o => o is { Name: "TASS", Country: "RU", StateAffiliated: true, Known: true, Documents: 1 });
        Assert.Contains(outlets, o => o is { Name: "Reuters", StateAffiliated: false, Documents: 3 });
    }

    protected async Task Check_registers_and_contradictions_cite_their_stories()
    {
        await using var store = await OpenStoreAsync();
        await IngestEachAsync(store, CorpusReports.All.Select(r => r.Name).ToArray());
        await ((ICorpusStore)store).AnalyzeAsync(Knowledge);
        var reader = (ICorpusReader)store;
        var stories = (await reader.StoriesAsync()).ToDictionary(s => s.Id);
        var docs = await DocumentsBySourceAsync(store);

        var installations = await reader.InstallationsAsync();
        var built = installations.Single(i => i.StoryId is not null && i.Name.StartsWith("Conoco", StringComparison.Ordinal));
        Assert.Equal(("under construction", "United States", "2025-08-06"), (built.Status, built.Operator, built.Date));
        Assert.Contains(installations, i => i.InstallationId == built.InstallationId && i.StoryId is null);

        var agreement = Assert.Single(await reader.AgreementsAsync());
        Assert.Equal(("security agreement", "Israel – Syria", "United States", "signed", "2025-09-12"), (agreement.Kind, agreement.Parties, agreement.Mediator, agreement.Stage, agreement.Date));

        var force = Assert.Single(await reader.ForceLevelsAsync());
        Assert.Equal(("United States", "SY", 1500.0, "troops"), (force.ActorName, force.Country, force.Value, force.Unit));
        Assert.Contains(stories[force.StoryId].Mentions, m => m.DocId == docs["f_withdraw.txt"].Id);

        var contradictions = await reader.ContradictionsAsync();
        var figures = contradictions.Single(x => x.Kind == "figures");
        Assert.Equal(docs["e_sputnik.txt"].Id, StoreIdToDocId(stories, figures.DocumentA));
        Assert.Equal(docs["d_tass.txt"].Id, StoreIdToDocId(stories, figures.DocumentB));
        Assert.Contains("25", figures.Note, StringComparison.Ordinal);
        Assert.Contains("40", figures.Note, StringComparison.Ordinal);
        var exit = contradictions.Single(x => x.Kind == "withdrawal_vs_base");
        Assert.Equal(docs["f_withdraw.txt"].Id, StoreIdToDocId(stories, exit.DocumentA));
        Assert.Equal(docs["g_newbase.txt"].Id, StoreIdToDocId(stories, exit.DocumentB));
    }

    protected async Task Check_two_concurrent_analyses_index_each_report_once()
    {
        await using (var setup = await OpenStoreAsync())
        {
            await IngestEachAsync(setup, "a_base.txt", "b_reprint.html", "c_passage.txt", "d_tass.txt");
        }

        await using var first = await OpenStoreAsync();
        await using var second = await OpenStoreAsync();

        var runs = await Task.WhenAll(
            Task.Run(() => ((ICorpusStore)first).AnalyzeAsync(CorpusKnowledge.Empty)),
            Task.Run(() => ((ICorpusStore)second).AnalyzeAsync(CorpusKnowledge.Empty)));

        Assert.Equal(4, runs.Sum(r => r.NewDocuments));
        Assert.All(runs, r => Assert.Equal(runs[0].Stories, r.Stories));
        var docs = await DocumentsBySourceAsync(first);
        Assert.Equal(docs["a_base.txt"].Id, docs["b_reprint.html"].DuplicateOf);
        Assert.Equal(2, docs["a_base.txt"].SharesTextWith.Count);
    }

    private static string StoreIdToDocId(Dictionary<string, StoryRecord> stories, long storeId) =>
        stories.Values.SelectMany(s => s.Mentions).First(m => m.StoreId == storeId).DocId;

    /// <summary>Ingests each named report of <see cref="CorpusReports"/> in a run of its own, so no batch pass sees two.</summary>
    private async Task IngestEachAsync(IReportStore store, params string[] names)
    {
        foreach (var name in names)
        {
            var text = CorpusReports.All.Single(r => r.Name == name).Text;
            await store.IngestAsync(Extract(new Dictionary<string, string> { [name] = text }, "run_" + Path.GetFileNameWithoutExtension(name)));
        }
    }

    private static async Task<Dictionary<string, DocumentInfo>> DocumentsBySourceAsync(IReportStore store) =>
        (await ToListAsync(store.ReadAllAsync())).ToDictionary(r => Path.GetFileName(r.Report.Document.Source), r => r.Report.Document);
}
