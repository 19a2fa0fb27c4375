using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Cli.Input;
using Sitrep.Core.Pipeline;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>
/// <c>ingest</c> into a store with a work queue (PostgreSQL): enqueue the batch's inputs, then claim a few at a time,
/// extract them and store them with the claim, until no input of the batch is left. Processes given the same inputs
/// share the work; each input is extracted and stored by one of them.
/// </summary>
public static class SharedBatchIngest
{
    private const int ClaimSize = 25;
    private const int TransientRetries = 10;

    public static async Task<IngestSummary> RunAsync(ISharedBatch queue, ReportExtractor extractor, IReadOnlyList<InputItem> items, int jobs, IngestReporter progress, CancellationToken ct)
    {
        var byPath = items.GroupBy(i => i.Path, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var batch = BatchKey(byPath.Keys);
        await queue.EnqueueAsync(batch, [.. byPath.Keys], ct).ConfigureAwait(false);
        int read = 0, fresh = 0, unchanged = 0, failed = 0, retries = 0;
        while (true)
        {
            await using var claim = await queue.ClaimAsync(batch, ClaimSize, ct).ConfigureAwait(false);
            if (claim is null)
            {
                break;
            }

            var inputs = claim.Inputs.Select(q => byPath.GetValueOrDefault(q.Path) ?? new InputItem(q.Path, null)).ToList();
            using var errors = new StringWriter();
            var (reports, _) = BatchRunner.Run(extractor, inputs, errors, jobs);
            var stored = reports.Select(r => r.Document.Source).ToHashSet(StringComparer.Ordinal);
            var lines = errors.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var failures = claim.Inputs.Where(q => !stored.Contains(q.Path))
                .ToDictionary(q => q.Id, q => lines.FirstOrDefault(l => l.StartsWith($"sitrep: {q.Path}: ", StringComparison.Ordinal)) ?? "not extracted");
            IReadOnlyList<IngestOutcome> outcomes;
            try
            {
                outcomes = await claim.CompleteAsync(reports, failures, ct).ConfigureAwait(false);
            }
            catch (DbException ex) when (ex.IsTransient && ++retries <= TransientRetries)
            {
                continue; // a deadlock with another worker: the claim is rolled back and its inputs are pending again
            }

            retries = 0;
            await progress.Errors.WriteAsync(errors.ToString()).ConfigureAwait(false);
            read += claim.Inputs.Count;
            failed += failures.Count;
            fresh += outcomes.Count(o => o.Status != IngestStatus.Unchanged);
            unchanged += outcomes.Count(o => o.Status == IngestStatus.Unchanged);
            progress.Extracted(read);
        }

        // The process's exit code speaks for the batch: it succeeded if any worker stored any of its reports.
        var batchDone = await queue.CountDoneAsync(batch, ct).ConfigureAwait(false);
        return new IngestSummary(read, fresh, unchanged, failed) { BatchDone = batchDone };
    }

    /// <summary>
    /// The batch's name: a hash of its inputs with their sizes and modification times, so that processes given the
    /// same inputs share one batch, and a changed file makes a new batch (and is read again).
    /// </summary>
    public static string BatchKey(IEnumerable<string> paths)
    {
        var text = new StringBuilder();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var info = new FileInfo(path);
            var stamp = info.Exists ? string.Create(CultureInfo.InvariantCulture, $"{info.Length}\t{info.LastWriteTimeUtc.Ticks}") : "missing";
            text.Append(path).Append('\t').Append(stamp).Append('\n');
        }

        return "b_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())), 0, 16);
    }
}
