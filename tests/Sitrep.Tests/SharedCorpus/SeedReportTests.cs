using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.SharedCorpus;

public class SeedReportTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public SeedReportTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private static List<string> SeedFiles() =>
        Directory.EnumerateFiles(RepoPaths.SharedSeeds, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();

    [SharedCorpusFact]
    public void Every_seed_report_has_a_body_and_evidence_that_matches_it()
    {
        var files = SeedFiles();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var outcome = _extractor.Extract(new SourceDocument(file, File.ReadAllBytes(file)));

            Assert.True(outcome.Ok, $"{Path.GetFileName(file)}: {outcome.Error}");
            var body = outcome.Report!.Document.Body;
            Assert.False(string.IsNullOrWhiteSpace(body), $"{Path.GetFileName(file)}: empty body");
            Assert.All(outcome.Report.Events, e =>
                Assert.Equal(e.Evidence.Sentence, body.Substring(e.Evidence.Start, e.Evidence.End - e.Evidence.Start)));
            Assert.All(outcome.Report.Framing, f => Assert.Equal(f.Term, body.Substring(f.Start, f.Term.Length)));
        }
    }

    [SharedCorpusFact]
    public void Every_seed_report_gives_the_same_ids_when_extracted_twice()
    {
        foreach (var file in SeedFiles())
        {
            var decoded = TextDecoder.Decode(File.ReadAllBytes(file));
            Assert.True(decoded.Ok, $"{Path.GetFileName(file)}: {decoded.Error}");

            var first = _extractor.ExtractText(file, decoded.Text!);
            var second = _extractor.ExtractText(file, decoded.Text!);

            Assert.Equal(first.Document.Id, second.Document.Id);
            Assert.Equal(first.Events.Select(e => e.Id), second.Events.Select(e => e.Id));
        }
    }
}
