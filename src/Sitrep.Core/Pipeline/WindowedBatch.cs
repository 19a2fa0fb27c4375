using Sitrep.Core.Corpus;
using Sitrep.Core.Model;

namespace Sitrep.Core.Pipeline;

/// <summary>
/// Runs a batch as a stream: inputs are taken in windows of consecutive inputs, each window is extracted in
/// parallel while the one before it is linked and handed out, and outcomes come out in input order. Reuse
/// (<c>duplicate_of</c>, <c>shares_text_with</c>) and corroboration are computed within each window, so at most two
/// windows are held whatever the size of the batch. A batch no larger than one window is linked as a whole.
/// </summary>
public static class WindowedBatch
{
    /// <summary>
    /// Inputs linked together by default: larger than any hand-made batch, and small enough that a batch of reports
    /// that all share text with each other (the worst case for linking) streams in under 300 MB.
    /// </summary>
    public const int DefaultWindow = 250;

    /// <summary>A window large enough that the batch is one window: everything is held and linked together.</summary>
    public const int Whole = int.MaxValue;

    public static IEnumerable<ExtractionOutcome> Run<T>(IEnumerable<T> inputs, Func<T, ExtractionOutcome> extract, int jobs, int window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(window, 1);
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        using var source = inputs.GetEnumerator();
        // Only one task reads the inputs at a time: the next window starts once the previous one has been taken.
        var next = Task.Run(() => ExtractWindow(source, extract, options, window));
        try
        {
            while (true)
            {
                var (outcomes, shingles) = next.GetAwaiter().GetResult();
                if (outcomes.Length == 0)
                {
                    yield break;
                }

                next = Task.Run(() => ExtractWindow(source, extract, options, window));
                foreach (var outcome in Link(outcomes, shingles))
                {
                    yield return outcome;
                }
            }
        }
        finally
        {
            // A reader that stops early must not dispose the inputs while the next window is still reading them.
            ((IAsyncResult)next).AsyncWaitHandle.WaitOne();
        }
    }

    /// <summary>Links the window's reports with each other, given their shingles; failed inputs keep their place.</summary>
    private static ExtractionOutcome[] Link(ExtractionOutcome[] outcomes, HashSet<ulong>?[] shingles)
    {
        var reports = outcomes.Where(o => o.Report is not null).Select(o => o.Report!).ToList();
        var linked = Corroboration.Count(TextReuse.Link(reports, [.. shingles.Where((_, i) => outcomes[i].Report is not null).Select(s => s!)]));
        var result = new ExtractionOutcome[outcomes.Length];
        var k = 0;
        for (var i = 0; i < outcomes.Length; i++)
        {
            result[i] = outcomes[i].Report is null ? outcomes[i] : outcomes[i] with { Report = linked[k++] };
        }

        return result;
    }

    private static (ExtractionOutcome[] Outcomes, HashSet<ulong>?[] Shingles) ExtractWindow<T>(IEnumerator<T> source, Func<T, ExtractionOutcome> extract, ParallelOptions options, int window)
    {
        var inputs = new List<T>(Math.Min(window, DefaultWindow));
        while (inputs.Count < window && source.MoveNext())
        {
            inputs.Add(source.Current);
        }

        var outcomes = new ExtractionOutcome[inputs.Count];
        var shingles = new HashSet<ulong>?[inputs.Count];
        Parallel.For(0, inputs.Count, options, i =>
        {
            outcomes[i] = extract(inputs[i]);
            shingles[i] = outcomes[i].Report is { } report ? TextReuse.Shingles(report.Document.Body) : null;
        });
        return (outcomes, shingles);
    }
}
