using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Store;
using Sitrep.Store.Corpus;
using Sitrep.Web;
using Sitrep.Web.Bench;
using Sitrep.Web.Knowledge;

// sitrep-web-bench [--events N] [--db FILE] [--seconds S] [--concurrency C] [--max-requests M] [--analyze true] [--ingest K]
// With --analyze true it runs the corpus analysis over the store first and also loads the corpus endpoints.
// Fills a store to N facts if it has fewer, serves it on a loopback port, and loads the main endpoints in turn.
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var options = args.Select((a, i) => (a, i)).Where(x => x.a.StartsWith("--", StringComparison.Ordinal) && x.i + 1 < args.Length).ToDictionary(x => x.a[2..], x => args[x.i + 1]);
var target = int.Parse(options.GetValueOrDefault("events", "100000"), CultureInfo.InvariantCulture);
var db = options.GetValueOrDefault("db", Path.Combine(Path.GetTempPath(), "sitrep-web-bench.db"));
var budget = TimeSpan.FromSeconds(double.Parse(options.GetValueOrDefault("seconds", "5"), CultureInfo.InvariantCulture));
var concurrency = int.Parse(options.GetValueOrDefault("concurrency", "8"), CultureInfo.InvariantCulture);
var maxRequests = int.Parse(options.GetValueOrDefault("max-requests", "50000"), CultureInfo.InvariantCulture);

var data = KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("data directory not found");
await using var store = await ReportStoreFactory.OpenAsync(db);
var counts = await store.CountsAsync();
if (counts.Events < target)
{
    var corpus = new SyntheticCorpus(InstallationRegister.Read(Path.Combine(data, "kb", "installations.csv")), seed: 42);
    var first = (int)counts.Documents;
    var needed = (int)Math.Ceiling((target - counts.Events) / (double)SyntheticCorpus.EventsPerReport);
    var clock = Stopwatch.StartNew();
    for (var n = first; n < first + needed; n += 250)
    {
        var chunk = Enumerable.Range(n, Math.Min(250, first + needed - n)).Select(corpus.Report).ToList<ExtractedReport>();
        await store.IngestAsync(chunk);
    }

    Console.WriteLine($"filled {db}: {needed:N0} reports ({needed * SyntheticCorpus.EventsPerReport:N0} facts) in {clock.Elapsed.TotalSeconds:F1} s");
    counts = await store.CountsAsync();
}

var analyze = options.GetValueOrDefault("analyze") == "true";
if (analyze)
{
    var analysisClock = Stopwatch.StartNew();
    var summary = await ((ICorpusStore)store).AnalyzeAsync(CorpusKnowledge.From(KnowledgeBaseLoader.Load(data)));
    Console.WriteLine($"analysed: {summary.Stories:N0} stories, {summary.AgreementChanges:N0} agreement stages in {analysisClock.Elapsed.TotalSeconds:F1} s");
}

Console.WriteLine($"store: {counts.Documents:N0} reports, {counts.Events:N0} facts; {concurrency} concurrent clients, at most {budget.TotalSeconds:F0} s or {maxRequests:N0} requests per endpoint");
using var stop = new CancellationTokenSource();
var listening = new TaskCompletionSource<string>();
var loadClock = Stopwatch.StartNew();
// --ingest K: K reports posted one by one after the reads, with a token made for this run.
var ingests = int.Parse(options.GetValueOrDefault("ingest", "0"), CultureInfo.InvariantCulture);
var token = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16));
var server = DashboardHost.RunAsync(store, new DashboardOptions(null, ingests > 0 ? token : null, data), "http://127.0.0.1:0", a => listening.SetResult(a[0]), stop.Token);
var baseUrl = await await Task.WhenAny(listening.Task, server.ContinueWith(_ => "", TaskScheduler.Default));
if (baseUrl.Length == 0)
{
    await server;
    return 1;
}

Console.WriteLine($"server on {baseUrl}: snapshot loaded and listening after {loadClock.Elapsed.TotalSeconds:F1} s");
Console.WriteLine($"memory after loading: {ProcessMemory.Describe()}");
using var client = new HttpClient { BaseAddress = new Uri(baseUrl) };
using var sample = JsonDocument.Parse(await client.GetStringAsync("/api/events?page=500&page_size=1"));
var someEvent = sample.RootElement.GetProperty("items")[0];
var key = someEvent.GetProperty("key").GetString();
var reportId = someEvent.GetProperty("report_id").GetInt64();
var etag = (await client.GetAsync("/api/events?type=military&page_size=50")).Headers.ETag!;

var scenarios = new (string Name, string Url, EntityTagHeaderValue? Tag)[]
{
    ("events, first page", "/api/events?page_size=50", null),
    ("events, filtered (type+actor+dates)", "/api/events?type=military&actor=turkey&from=2025-01&to=2025-06&page_size=50", null),
    ("events, map layer (1,000 located)", "/api/events?located=true&page_size=1000", null),
    ("map as the dashboard asks (5,000, newest)", "/api/events?located=true&order=-date&page_size=5000", null),
    ("timeline (500 newest)", "/api/events?order=-date&page_size=500", null),
    ("reports, first page", "/api/reports?page_size=100", null),
    ("installations list", "/api/installations?page_size=1000", null),
    ("event story", $"/api/events/{key}", null),
    ("report", $"/api/reports/{reportId}", null),
    ("installation page", "/api/installations/al_tanf_garrison", null),
    ("outlets", "/api/outlets", null),
    ("search (full text)", "/api/search?q=withdrew&page_size=20", null),
    ("events, If-None-Match (304)", "/api/events?type=military&page_size=50", etag),
};
if (analyze)
{
    using var stories = JsonDocument.Parse(await client.GetStringAsync("/api/stories?page=100&page_size=1"));
    var storyId = stories.RootElement.GetProperty("items")[0].GetProperty("id").GetString();
    scenarios =
    [
        .. scenarios,
        ("stories, first page", "/api/stories?page_size=50", null),
        ("stories, filtered (type+dates)", "/api/stories?type=military&from=2025-01&to=2025-06&page_size=50", null),
        ("story with mentions", $"/api/stories/{storyId}", null),
        ("agreements", "/api/agreements?page_size=50", null),
        ("contradictions", "/api/contradictions?page_size=50", null),
    ];
}

var runner = new LoadRunner(client, concurrency, budget, maxRequests);
Console.WriteLine($"{"endpoint",-42} {"requests",9} {"failed",7} {"req/s",9} {"p50 ms",8} {"p99 ms",8}");
foreach (var (name, url, tag) in scenarios)
{
    HttpRequestMessage Request(int _)
    {
        var m = new HttpRequestMessage(HttpMethod.Get, url);
        if (tag is not null)
        {
            m.Headers.IfNoneMatch.Add(tag);
        }

        return m;
    }

    await new LoadRunner(client, concurrency, TimeSpan.FromSeconds(1), 200).RunAsync("warm-up", Request);
    var r = await runner.RunAsync(name, Request);
    Console.WriteLine($"{r.Name,-42} {r.Requests,9:N0} {r.Failures,7} {r.PerSecond,9:N0} {r.P50Ms,8:F1} {r.P99Ms,8:F1}");
}

if (ingests > 0)
{
    var r = await new IngestProbe(client, token).RunAsync(ingests);
    Console.WriteLine($"{r.Name,-42} {r.Requests,9:N0} {r.Failures,7} {r.PerSecond,9:N1} {r.P50Ms,8:F1} {r.P99Ms,8:F1}   (p99 column: slowest)");
}

Console.WriteLine($"memory at the end: {ProcessMemory.Describe()}");
await stop.CancelAsync();
await server;
return 0;
