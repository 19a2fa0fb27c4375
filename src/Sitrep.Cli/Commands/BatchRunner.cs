using Sitrep.Cli.Input;
using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Runs the extractor over a batch in parallel (results in input order), reports each bad input on one line
/// of standard error, then links reuse and counts corroboration across the batch.
/// </summary>
public static class BatchRunner
{
    public static (IReadOnlyList<ExtractedReport> Reports, int Failed) Run(ReportExtractor extractor, IEnumerable<InputItem> items, TextWriter errors, int jobs)
    {
        var outcomes = items
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Math.Max(1, jobs))
            .Select(item =>
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
            })
            .ToList();
        var reports = new List<ExtractedReport>();
        var failed = 0;
        foreach (var o in outcomes)
        {
            if (o.Report is null)
            {
                failed++;
                errors.WriteLine($"sitrep: {o.Source}: {o.Error}");
            }
            else
            {
                reports.Add(o.Report);
            }
        }

        var linked = Corroboration.Count(TextReuse.Link(reports));
        return (linked, failed);
    }
}
