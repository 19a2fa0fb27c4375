using Sitrep.Cli.Input;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>How many inputs of a streamed batch became reports and how many failed, known once it is read.</summary>
public sealed class BatchTally
{
    public int Reports { get; internal set; }

    public int Failed { get; internal set; }
}

/// <summary>
/// Runs the extractor over a batch in parallel (results in input order), reports each bad input on one line
/// of standard error, and links reuse and counts corroboration across the batch or across windows of it
/// (<see cref="WindowedBatch"/>).
/// </summary>
public static class BatchRunner
{
    /// <summary>The whole batch, linked as one: every report is held until the last is extracted.</summary>
    public static (IReadOnlyList<ExtractedReport> Reports, int Failed) Run(ReportExtractor extractor, IEnumerable<InputItem> items, TextWriter errors, int jobs)
    {
        var tally = new BatchTally();
        var reports = Stream(extractor, items, errors, jobs, WindowedBatch.Whole, tally).ToList();
        return (reports, tally.Failed);
    }

    /// <summary>
    /// The batch as a stream in input order, linked within windows of <paramref name="window"/> consecutive inputs;
    /// an error line is written when its input's turn comes. <paramref name="tally"/> is complete once the stream is read.
    /// </summary>
    public static IEnumerable<ExtractedReport> Stream(ReportExtractor extractor, IEnumerable<InputItem> items, TextWriter errors, int jobs, int window, BatchTally tally)
    {
        foreach (var outcome in WindowedBatch.Run(items, item => Extract(extractor, item), jobs, window))
        {
            if (outcome.Report is null)
            {
                tally.Failed++;
                errors.WriteLine($"sitrep: {outcome.Source}: {outcome.Error}");
            }
            else
            {
                tally.Reports++;
                yield return outcome.Report;
            }
        }
    }

    private static ExtractionOutcome Extract(ReportExtractor extractor, InputItem item)
    {
        var (doc, error) = ReportReader.Read(item);
        if (doc is null)
        {
            return new ExtractionOutcome(item.Path, null, error);
        }

        try
        {
            return extractor.Extract(doc);
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            return new ExtractionOutcome(item.Path, null, "extraction failed: " + ex.Message);
        }
    }
}
