using System.Diagnostics;

namespace Sitrep.Web.Bench;

/// <summary>One measured endpoint: requests per second and latency percentiles.</summary>
public sealed record LoadResult(string Name, int Requests, int Failures, double Seconds, double P50Ms, double P99Ms)
{
    public double PerSecond => Requests / Seconds;
}

/// <summary>
/// A bounded load generator: <c>concurrency</c> workers send GETs to one loopback URL until the time budget or the
/// request cap is reached, whichever comes first, then it stops by itself.
/// </summary>
public sealed class LoadRunner(HttpClient client, int concurrency, TimeSpan budget, int maxRequests)
{
    public async Task<LoadResult> RunAsync(string name, Func<int, HttpRequestMessage> request)
    {
        var latencies = new List<double>[concurrency];
        var failures = 0;
        var issued = 0;
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, concurrency).Select(async w =>
        {
            var mine = latencies[w] = [];
            while (clock.Elapsed < budget)
            {
                var n = Interlocked.Increment(ref issued);
                if (n > maxRequests)
                {
                    break;
                }

                using var message = request(n);
                var start = Stopwatch.GetTimestamp();
                using var response = await client.SendAsync(message, HttpCompletionOption.ResponseContentRead);
                mine.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                if ((int)response.StatusCode >= 400)
                {
                    Interlocked.Increment(ref failures);
                }
            }
        }).ToList();
        await Task.WhenAll(workers);
        var seconds = clock.Elapsed.TotalSeconds;
        var all = latencies.SelectMany(l => l).Order().ToArray();
        return new LoadResult(name, all.Length, failures, seconds, Percentile(all, 0.50), Percentile(all, 0.99));
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
