using System.Diagnostics;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Store.Corpus;

namespace Sitrep.Bench;

/// <summary>
/// Times the corpus analysis on a generated corpus stored in a temporary SQLite file, in growing steps, so the
/// cost of indexing one new report can be read against the size of the store (it should stay flat: the look-ups
/// are indexed). Reports are extracted one by one, without the batch pass, so every link comes from the analysis;
/// the links found are then scored against the generator's manifest of copies and reused passages.
/// </summary>
internal static class CorpusAnalysisBenchmark
{
    public static async Task<int> RunAsync(KnowledgeBase kb, IReadOnlyList<GeneratedReport> generated, int jobs, string? target)
    {
        // The generator's copies are byte for byte, which ingest stores once; a reprint line makes them near-copies.
        var corpus = generated.Select(r => r.DuplicateOf is null ? r : r with { Bytes = Reprinted(r.Bytes) }).ToList();
        var extractor = new ReportExtractor(kb);
        var sw = Stopwatch.StartNew();
        var reports = corpus.AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, jobs))
            .Select(r => extractor.Extract(new SourceDocument(r.Name, r.Bytes)).Report)
            .ToList();
        Console.WriteLine($"extracted {reports.Count} reports in {sw.Elapsed.TotalSeconds:F1} s ({reports.Count(r => r is null)} failed)");
        var path = Path.Combine(Path.GetTempPath(), $"sitrep-bench-corpus-{Environment.ProcessId}.db");
        try
        {
            await using var store = await ReportStoreFactory.OpenAsync(target ?? path);
            Console.WriteLine($"store: {store.Backend} {store.Description}");
            var analysis = (ICorpusStore)store;
            var knowledge = CorpusKnowledge.From(kb);
            Console.WriteLine();
            Console.WriteLine("stored   new   indexing s   ms/new report   near-copy look-up ms/report   rebuild s   stories   events");
            var stored = 0;
            foreach (var step in Steps(reports.Count))
            {
                var batch = reports.Skip(stored).Take(step - stored).OfType<ExtractedReport>().ToList();
                foreach (var chunk in batch.Chunk(250))
                {
                    await store.IngestAsync(chunk);
                }

                stored = step;
                var s = await analysis.AnalyzeAsync(knowledge);
                var events = (await store.CountsAsync()).Events;
                Console.WriteLine($"{stored,6} {s.NewDocuments,5} {s.Indexing.TotalSeconds,12:F2} {s.Indexing.TotalMilliseconds / Math.Max(1, s.NewDocuments),15:F3} {s.NearCopyLookup.TotalMilliseconds / Math.Max(1, s.NewDocuments),29:F3} {s.Rebuilding.TotalSeconds,11:F2} {s.Stories,9} {events,8}");
            }

            await ScoreAsync(store, corpus);
        }
        finally
        {
            foreach (var f in target is null ? new[] { path, path + "-wal", path + "-shm" } : [])
            {
                File.Delete(f);
            }
        }

        return 0;
    }

    private static byte[] Reprinted(byte[] bytes)
    {
        var text = System.Text.Encoding.UTF8.GetString(bytes);
        const string Line = "This report was republished with permission by a regional news site.";
        var end = text.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        text = end < 0 ? text.TrimEnd() + "\n\n" + Line + "\n" : text.Insert(end, "<p>" + Line + "</p>");
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static IEnumerable<int> Steps(int count) =>
        new[] { count / 10, count / 4, count / 2, count }.Where(n => n > 0).Distinct();

    // Precision and recall of duplicate_of and shares_text_with against the generator's manifest.
    private static async Task ScoreAsync(IReportStore store, List<GeneratedReport> corpus)
    {
        var idOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var docs = new List<DocumentInfo>();
        await foreach (var r in store.ReadAllAsync())
        {
            docs.Add(r.Report.Document);
            idOf[r.Report.Document.Id] = Path.GetFileName(r.Report.Document.Source);
        }

        var copies = docs.Where(d => d.DuplicateOf is not null).Select(d => (Path.GetFileName(d.Source), idOf[d.DuplicateOf!])).ToHashSet();
        // A copy whose reprint line the cleaner dropped has the original's content: ingest stored it once, as it should.
        var storedNames = docs.Select(d => Path.GetFileName(d.Source)).ToHashSet(StringComparer.Ordinal);
        var expectedCopies = corpus.Where(r => r.DuplicateOf is int && storedNames.Contains(r.Name)).Select(r => (r.Name, corpus[r.DuplicateOf!.Value].Name)).ToHashSet();
        Console.WriteLine($"copies stored once (same content as their original): {corpus.Count(r => r.DuplicateOf is int && !storedNames.Contains(r.Name))}");
        var shared = docs.SelectMany(d => d.SharesTextWith.Select(o => Pair(Path.GetFileName(d.Source), idOf[o]))).ToHashSet();
        var expectedShared = corpus.Where(r => r.PassageFrom is int || r.DuplicateOf is int)
            .Where(r => storedNames.Contains(r.Name)).Select(r => Pair(r.Name, corpus[(r.PassageFrom ?? r.DuplicateOf)!.Value].Name)).ToHashSet();
        Console.WriteLine();
        Print("duplicate_of", copies, expectedCopies);
        Print("shares_text_with (pairs)", shared, expectedShared);
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static void Print(string what, HashSet<(string, string)> found, HashSet<(string, string)> expected)
    {
        var hit = found.Count(expected.Contains);
        Console.WriteLine($"{what,-26} found {found.Count,6}  expected {expected.Count,6}  precision {Share(hit, found.Count)}  recall {Share(hit, expected.Count)}");
    }

    private static string Share(int part, int whole) => whole == 0 ? "n/a" : $"{100.0 * part / whole:F1}%";
}
