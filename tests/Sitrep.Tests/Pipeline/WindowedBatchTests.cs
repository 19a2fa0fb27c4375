using System.Text;
using Sitrep.Core.Corpus;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>The streamed batch: input order, linking within windows, and how far ahead of its reader it reads.</summary>
public class WindowedBatchTests : IClassFixture<BundledKnowledge>
{
    // Invented reports. The second repeats the first one's second sentence word for word (a reused passage).
    private const string Original = "Turkish drones struck a fuel depot near Qamishli on Tuesday, local officials said. "
        + "The strike set fire to three tankers parked beside the depot and the blaze burned until the early evening.";

    private const string Reuse = "Kurdish authorities protested to Ankara on Wednesday over the attack. "
        + "The strike set fire to three tankers parked beside the depot and the blaze burned until the early evening.";

    private const string Unrelated1 = "Jordan and Iraq signed an agreement on electricity trade in Amman on Sunday.";

    private const string Unrelated2 = "Russian military police withdrew from a checkpoint north of Manbij last week, residents said.";

    private readonly ReportExtractor _extractor;

    public WindowedBatchTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    [Fact]
    public void A_batch_within_one_window_is_linked_as_a_whole()
    {
        var inputs = new[] { ("a.txt", Original), ("b.txt", Unrelated1), ("c.txt", Unrelated2), ("d.txt", Reuse) };
        var whole = Corroboration.Count(TextReuse.Link([.. inputs.Select(i => Extract(i).Report!)]));

        foreach (var window in new[] { 4, 1000, WindowedBatch.Whole })
        {
            var streamed = WindowedBatch.Run(inputs, Extract, jobs: 2, window).Select(o => o.Report!).ToList();
            Assert.Equal(whole.Select(r => ReportJsonWriter.ToJson(r)), streamed.Select(r => ReportJsonWriter.ToJson(r)));
        }

        Assert.Equal([whole[3].Document.Id], whole[0].Document.SharesTextWith);
    }

    [Fact]
    public void Reports_in_different_windows_are_not_linked_and_reports_in_one_window_are()
    {
        var apart = WindowedBatch.Run(new[] { ("a.txt", Original), ("b.txt", Unrelated1), ("c.txt", Unrelated2), ("d.txt", Reuse) }, Extract, 2, window: 2).ToList();
        Assert.All(apart, o => Assert.Empty(o.Report!.Document.SharesTextWith));

        var together = WindowedBatch.Run(new[] { ("a.txt", Original), ("d.txt", Reuse), ("b.txt", Unrelated1), ("c.txt", Unrelated2) }, Extract, 2, window: 2).ToList();
        Assert.Equal([together[1].Report!.Document.Id], together[0].Report!.Document.SharesTextWith);
        Assert.Equal([together[0].Report!.Document.Id], together[1].Report!.Document.SharesTextWith);
    }

    [Fact]
    public void Outcomes_keep_input_order_and_a_failed_input_keeps_its_place()
    {
        var names = Enumerable.Range(0, 23).Select(i => $"r{i:D2}.txt").ToList();
        var outcomes = WindowedBatch.Run(names, name => name == "r07.txt"
            ? _extractor.Extract(new SourceDocument(name, []))
            : Extract((name, name.EndsWith('3') ? Reuse : Original)), jobs: 2, window: 5).ToList();

        Assert.Equal(names, outcomes.Select(o => o.Source));
        Assert.False(outcomes[7].Ok);
        Assert.NotNull(outcomes[7].Error);
        Assert.All(outcomes.Where((_, i) => i != 7), o => Assert.True(o.Ok));
    }

    [Fact]
    public void Reads_no_more_than_two_windows_ahead_of_its_reader()
    {
        const int Window = 5;
        var pulled = 0;
        IEnumerable<int> Inputs()
        {
            for (var i = 0; i < 1000; i++)
            {
                Interlocked.Increment(ref pulled);
                yield return i;
            }
        }

        var read = 0;
        foreach (var outcome in WindowedBatch.Run(Inputs(), i => Extract(($"r{i}.txt", Unrelated1)), 2, Window))
        {
            Assert.True(outcome.Ok);
            if (++read == 12)
            {
                break;
            }
        }

        // Outcome 12 is in the third window; the fourth may be under way, nothing after it.
        Assert.InRange(Volatile.Read(ref pulled), 15, 4 * Window);
    }

    [Fact]
    public void A_window_smaller_than_one_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => WindowedBatch.Run(new[] { ("a.txt", Original) }, Extract, 1, 0).ToList());
    }

    private ExtractionOutcome Extract((string Name, string Text) input) =>
        _extractor.Extract(new SourceDocument(input.Name, Encoding.UTF8.GetBytes(input.Text)));
}
