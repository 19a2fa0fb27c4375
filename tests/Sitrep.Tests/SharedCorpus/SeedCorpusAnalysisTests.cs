using Sitrep.Core.Corpus;
using Sitrep.Core.Pipeline;
using Sitrep.Store;
using Sitrep.Store.Corpus;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.SharedCorpus;

/// <summary>
/// The corpus analysis over the seed reports, each stored by an ingest run of its own so that only the analysis
/// can relate them: the gold annotations name exactly one pair of reports that share text (000 and 001), and the
/// "nearly 10,000" deaths claim the two carry is one independent source.
/// </summary>
public sealed class SeedCorpusAnalysisTests(BundledKnowledge knowledge) : IClassFixture<BundledKnowledge>, IDisposable
{
    private readonly TempDirectory _temp = new();

    [SharedCorpusFact]
    public async Task Finds_exactly_the_one_reuse_pair_of_the_seeds_and_counts_its_claim_once()
    {
        await using var store = await ReportStoreFactory.OpenAsync(Path.Combine(_temp.Path, "seeds.db"));
        foreach (var file in Directory.EnumerateFiles(RepoPaths.SharedSeeds).Order(StringComparer.Ordinal))
        {
            var outcome = knowledge.Extractor.Extract(new SourceDocument(file, await File.ReadAllBytesAsync(file)));
            await store.IngestAsync([outcome.Report!]);
        }

        var summary = await ((ICorpusStore)store).AnalyzeAsync(CorpusKnowledge.From(knowledge.Kb));

        Assert.Equal(5, summary.NewDocuments);
        var docs = new List<Sitrep.Core.Model.DocumentInfo>();
        await foreach (var r in store.ReadAllAsync())
        {
            docs.Add(r.Report.Document);
        }

        var byName = docs.ToDictionary(d => Path.GetFileName(d.Source)[..3]);
        var pairs = docs.SelectMany(d => d.SharesTextWith.Select(o => string.Join("+", new[] { d.Id, o }.Order(StringComparer.Ordinal)))).Distinct().ToList();
        Assert.Equal([string.Join("+", new[] { byName["000"].Id, byName["001"].Id }.Order(StringComparer.Ordinal))], pairs);
        Assert.All(docs, d => Assert.Null(d.DuplicateOf));

        var stories = await ((ICorpusReader)store).StoriesAsync();
        var deaths = stories.Single(s => s.Type == "violence.civilians" && s.QuantityValue == 10000);
        Assert.Contains(deaths.Mentions, m => m.DocId == byName["000"].Id);
        Assert.Contains(deaths.Mentions, m => m.DocId == byName["001"].Id);
        Assert.Equal(1, deaths.Corroboration);
        Assert.Contains(StoryFlags.SingleSource, deaths.FlagList);
    }

    public void Dispose() => _temp.Dispose();
}
