using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

public class NullFieldTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public NullFieldTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    [Fact]
    public void Text_without_header_gives_null_title_outlet_republisher_and_published()
    {
        var document = _extractor.ExtractText("undated.txt", Reports.Undated).Document;

        Assert.Null(document.Title);
        Assert.Null(document.Outlet);
        Assert.Null(document.Republisher);
        Assert.Null(document.Published);
        Assert.False(document.PublishedInferred);
        Assert.Null(document.DuplicateOf);
        Assert.Empty(document.SharesTextWith);
    }

    [Fact]
    public void Relative_times_without_a_publication_date_keep_text_and_have_no_start_or_end()
    {
        var events = _extractor.ExtractText("undated.txt", Reports.Undated).Events;
        var timed = events.Where(e => e.Time is not null).ToList();

        Assert.NotEmpty(timed);
        Assert.All(timed, e =>
        {
            Assert.Null(e.Time!.Start);
            Assert.Null(e.Time.End);
            Assert.False(string.IsNullOrWhiteSpace(e.Time.Text));
            Assert.Contains(e.Time.Text, e.Evidence.Sentence, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Event_in_a_sentence_without_a_time_expression_has_null_time()
    {
        var events = _extractor.ExtractText("undated.txt", Reports.Undated).Events;
        var manbij = events.Where(e => e.Evidence.Sentence.Contains("Manbij", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(manbij);
        Assert.All(manbij, e => Assert.Null(e.Time));
    }

    [Fact]
    public void Event_without_a_stated_number_has_null_quantity()
    {
        var events = _extractor.ExtractText("undated.txt", Reports.Undated).Events;
        var manbij = events.Where(e => e.Evidence.Sentence.Contains("Manbij", StringComparison.Ordinal)).ToList();

        Assert.NotEmpty(manbij);
        Assert.All(manbij, e => Assert.Null(e.Quantity));
    }

    [Fact]
    public void Single_report_events_have_corroboration_one()
    {
        var events = _extractor.ExtractText("wire.txt", Reports.Wire).Events;

        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal(1, e.Corroboration));
    }
}
