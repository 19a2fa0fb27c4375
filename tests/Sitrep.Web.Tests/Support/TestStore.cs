using Sitrep.Core.Corpus;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;

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
        var reports = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Fixtures"), "*.txt").Order(StringComparer.Ordinal)
            .Select(f => Extractor.ExtractText(f, File.ReadAllText(f)))
            .ToList();
        var linked = Corroboration.Count(TextReuse.Link(reports));
        await using var store = await ReportStoreFactory.OpenAsync(path);
        await store.IngestAsync(linked);
        return linked;
    }
}
