using Sitrep.Core.Corpus;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Store.Corpus;

namespace Sitrep.Web.Tests.Support;

/// <summary>
/// A real SQLite store holding the fixture reports (Fixtures/*.txt, written for these tests), extracted and
/// stored as <c>sitrep ingest</c> does.
/// </summary>
public static class TestStore
{
    private static readonly Lazy<ReportExtractor> SharedExtractor = new(() =>
        new ReportExtractor(KnowledgeBaseLoader.Load(KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("data directory not found"))));

    public static ReportExtractor Extractor => SharedExtractor.Value;

    public static string FixturePath(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>Creates <paramref name="path"/> with every fixture report in it.</summary>
    public static async Task<IReadOnlyList<ExtractedReport>> CreateAsync(string path)
    {
        await using var store = await ReportStoreFactory.OpenAsync(path);
        return await IngestAsync(store, Files("Fixtures"));
    }

    /// <summary>
    /// Creates <paramref name="path"/> with the fixture reports and those of Fixtures/Corpus (two outlets telling one
    /// strike, a signed ceasefire), each of those in a run of its own so that only the corpus analysis relates them,
    /// and runs the analysis over it as <c>sitrep analyze</c> does.
    /// </summary>
    public static async Task<IReadOnlyList<ExtractedReport>> CreateAnalysedAsync(string path)
    {
        await using var store = await ReportStoreFactory.OpenAsync(path);
        var reports = (await IngestAsync(store, Files("Fixtures"))).ToList();
        foreach (var file in Files(Path.Combine("Fixtures", "Corpus")))
        {
            reports.AddRange(await IngestAsync(store, [file]));
        }

        var kb = KnowledgeBaseLoader.Load(KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("data directory not found"));
        await ((ICorpusStore)store).AnalyzeAsync(CorpusKnowledge.From(kb));
        return reports;
    }

    private static string[] Files(string folder) =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, folder), "*.txt").Order(StringComparer.Ordinal)];

    // One ingest run, corroboration counted within it, as one `sitrep ingest FILES` does.
    private static async Task<IReadOnlyList<ExtractedReport>> IngestAsync(IReportStore store, string[] files)
    {
        var reports = files
            .Select(f => Extractor.ExtractText(f, File.ReadAllText(f)))
            .ToList();
        var linked = Corroboration.Count(TextReuse.Link(reports));
        await store.IngestAsync(linked);
        return linked;
    }
}
