using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;

namespace Sitrep.Web.Bench;

/// <summary>
/// Times <c>POST /api/reports</c> one report at a time: each is extracted, stored, and added to the server's snapshot
/// before the answer. Every report is new (its source and text carry a fresh number), so the store grows by one each.
/// </summary>
public sealed class IngestProbe(HttpClient client, string token)
{
    public async Task<LoadResult> RunAsync(int count)
    {
        var stamp = DateTime.UtcNow.Ticks.ToString(CultureInfo.InvariantCulture);
        var latencies = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var n = 0; n < count; n++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = JsonContent.Create(new { source = $"bench://ingest/{stamp}/{n}", text = Text(stamp, n) }) };
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            var start = Stopwatch.GetTimestamp();
            using var response = await client.SendAsync(request);
            latencies.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
            failures += (int)response.StatusCode >= 400 ? 1 : 0;
        }

        var sorted = latencies.Order().ToArray();
        return new LoadResult("ingest one report (POST, 1 client)", sorted.Length, failures, clock.Elapsed.TotalSeconds,
            sorted.Length == 0 ? double.NaN : sorted[sorted.Length / 2], sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    // A short wire report written for the benchmark; the number makes each one new content.
    private static string Text(string stamp, int n) => $"""
        Reuters

        Patrol leaves outpost near Manbij, item {stamp}-{n}

        March 3, 2026

        MANBIJ, Syria, March 3 (Reuters) - Turkish forces withdrew from an outpost near Manbij on Monday after a week of talks, two local officials said.
        A convoy of about 30 vehicles was seen heading north on the main road, the officials said, in the benchmark's item number {n}.
        """;
}
