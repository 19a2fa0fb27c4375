using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

public class OffsetTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public OffsetTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    public static TheoryData<string, string> AllReports => new()
    {
        { "wire.txt", Reports.Wire },
        { "syndicated.txt", Reports.Syndicated },
        { "undated.txt", Reports.Undated },
        { "crlf.txt", Reports.Wire.ReplaceLineEndings("\r\n") },
    };

    [Theory]
    [MemberData(nameof(AllReports))]
    public void Evidence_offsets_cut_the_evidence_sentence_out_of_the_body(string name, string text)
    {
        var report = _extractor.ExtractText(name, text);
        var body = report.Document.Body;

        Assert.NotEmpty(report.Events);
        Assert.All(report.Events, e =>
        {
            Assert.InRange(e.Evidence.Start, 0, body.Length);
            Assert.InRange(e.Evidence.End, e.Evidence.Start, body.Length);
            Assert.Equal(e.Evidence.Sentence, body.Substring(e.Evidence.Start, e.Evidence.End - e.Evidence.Start));
        });
    }

    [Fact]
    public void Framing_start_points_at_the_term_in_the_body()
    {
        var report = _extractor.ExtractText("wire.txt", Reports.Wire);
        var body = report.Document.Body;

        Assert.NotEmpty(report.Framing);
        Assert.All(report.Framing, f => Assert.Equal(f.Term, body.Substring(f.Start, f.Term.Length)));
    }

    [Theory]
    [MemberData(nameof(AllReports))]
    public void Entity_spans_point_at_mention_text(string name, string text)
    {
        var report = _extractor.ExtractText(name, text);
        var body = report.Document.Body;

        Assert.NotEmpty(report.Entities);
        Assert.All(report.Entities, e =>
        {
            Assert.NotEmpty(e.Spans);
            var surfaces = e.Spans.Select(s => body[s.Start..s.End]).ToList();
            Assert.All(surfaces, s => Assert.Contains(s, e.Mentions));
            Assert.All(e.Mentions, m => Assert.Contains(m, surfaces));
        });
    }

    [Fact]
    public void Body_excludes_headline_and_dateline()
    {
        var report = _extractor.ExtractText("wire.txt", Reports.Wire);

        Assert.StartsWith("Israeli jets struck two weapons depots", report.Document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("(Reuters)", report.Document.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Israeli jets strike depots south of the capital", report.Document.Body, StringComparison.Ordinal);
        Assert.Equal("Israeli jets strike depots south of the capital", report.Document.Title);
    }

    [Fact]
    public void Ids_are_deterministic_for_the_same_input()
    {
        var first = _extractor.ExtractText("wire.txt", Reports.Wire);
        var second = new ReportExtractor(KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory)).ExtractText("wire.txt", Reports.Wire);

        Assert.Equal(first.Document.Id, second.Document.Id);
        Assert.Equal(first.Events.Select(e => e.Id), second.Events.Select(e => e.Id));
    }

    [Fact]
    public void Ids_differ_for_different_inputs()
    {
        var original = _extractor.ExtractText("wire.txt", Reports.Wire);
        var edited = _extractor.ExtractText("wire.txt", Reports.Wire.Replace("two weapons depots", "three weapons depots", StringComparison.Ordinal));

        Assert.NotEqual(original.Document.Id, edited.Document.Id);
        Assert.Empty(original.Events.Select(e => e.Id).Intersect(edited.Events.Select(e => e.Id)));
    }

    [Fact]
    public void Event_ids_are_unique_within_a_report()
    {
        var events = _extractor.ExtractText("wire.txt", Reports.Wire).Events;

        Assert.Equal(events.Count, events.Select(e => e.Id).Distinct().Count());
    }

    [Fact]
    public void Entity_ids_do_not_depend_on_the_document()
    {
        static IEnumerable<(string, EntityType)> Keys(ExtractedReport r) => r.Entities.Select(e => (e.Id, e.Type));
        var a = _extractor.ExtractText("a.txt", Reports.Wire);
        var b = _extractor.ExtractText("b.txt", Reports.Undated);

        Assert.Contains(("israel", EntityType.Country), Keys(a));
        Assert.Contains(("israel", EntityType.Country), Keys(b));
    }
}
