using System.Globalization;
using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Xunit;

namespace Sitrep.Tests.Corpus;

/// <summary>
/// The batch pass's cut-off for stock phrases: a run of eight words found in reports of many outlets is common
/// wording and links nothing, while the same run kept within fewer outlets, or a passage two outlets share, is reuse.
/// </summary>
public sealed class TextReuseStockPhraseTests
{
    private const string Stock = "Officials at the provincial council declined to comment when reached by telephone.";

    private const string Passage = "Engineers finished a pontoon crossing over the canal south of the grain silos before the floods reached the lower fields.";

    [Fact]
    public void A_run_in_reports_of_as_many_outlets_as_the_cut_off_links_nothing()
    {
        var reports = Enumerable.Range(0, TextReuse.StockPhraseOutlets).Select(i => Report(i, "outlet " + i, Stock)).ToList();

        var linked = TextReuse.Link(reports);

        Assert.All(linked, r => Assert.Empty(r.Document.SharesTextWith));
    }

    [Fact]
    public void The_same_run_in_reports_of_one_outlet_fewer_links_them_all()
    {
        var reports = Enumerable.Range(0, TextReuse.StockPhraseOutlets - 1).Select(i => Report(i, "outlet " + i, Stock)).ToList();

        var linked = TextReuse.Link(reports);

        Assert.All(linked, r => Assert.Equal(reports.Count - 1, r.Document.SharesTextWith.Count));
    }

    [Fact]
    public void Many_reports_of_a_few_outlets_are_one_source_each_and_still_linked()
    {
        var reports = Enumerable.Range(0, 2 * TextReuse.StockPhraseOutlets).Select(i => Report(i, i % 2 == 0 ? "Harbour Gazette" : "Valley Wire", Stock)).ToList();

        var linked = TextReuse.Link(reports);

        Assert.All(linked, r => Assert.Equal(reports.Count - 1, r.Document.SharesTextWith.Count));
    }

    [Fact]
    public void A_passage_two_reports_share_links_them_though_both_also_use_a_stock_phrase()
    {
        var reports = Enumerable.Range(0, 10).Select(i => Report(i, "outlet " + i, i < 2 ? Stock + " " + Passage : Stock)).ToList();

        var linked = TextReuse.Link(reports);

        Assert.Equal([reports[1].Document.Id], linked[0].Document.SharesTextWith);
        Assert.Equal([reports[0].Document.Id], linked[1].Document.SharesTextWith);
        Assert.All(linked.Skip(2), r => Assert.Empty(r.Document.SharesTextWith));
    }

    [Fact]
    public void Reports_without_an_outlet_count_as_outlets_of_their_own()
    {
        var reports = Enumerable.Range(0, TextReuse.StockPhraseOutlets).Select(i => Report(i, null, Stock)).ToList();

        var linked = TextReuse.Link(reports);

        Assert.All(linked, r => Assert.Empty(r.Document.SharesTextWith));
    }

    // Words of their own before and after the shared text, so that reports share nothing else.
    private static ExtractedReport Report(int i, string? outlet, string shared)
    {
        var n = i.ToString(CultureInfo.InvariantCulture);
        var body = $"Dispatch{n} opens with kestrel{n} notes. {shared} It closes with heron{n} remarks and osprey{n} sightings.";
        var document = new DocumentInfo("doc" + n.PadLeft(4, '0'), $"r{n}.txt", "Title " + n, outlet, null, "2025-03-01", false, body);
        return new ExtractedReport(document, [], [], []);
    }
}
