using System.Diagnostics;
using System.Globalization;
using System.Text;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Feeds.Bench;
using Sitrep.Feeds.Http;
using Sitrep.Feeds.Parsing;
using Sitrep.Feeds.Sources;
using Sitrep.Feeds.Watching;
using Sitrep.Store;
using Sitrep.Store.FeedState;

// Feed benchmark: parsing speed, then whole watch rounds (fetch, extract, store) against a local site into a new
// SQLite file: a first round that stores every article, and a second that revalidates with a 304.
// Usage: sitrep-feeds-bench [ARTICLES]   (default 500)
CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 500;

var rss = new StringBuilder("<rss version=\"2.0\"><channel><title>t</title>");
for (var i = 0; i < 5000; i++)
{
    rss.Append(CultureInfo.InvariantCulture, $"<item><title>Item {i}</title><link>http://127.0.0.1/a/{i}</link><guid>g{i}</guid><pubDate>Tue, 03 Jun 2025 08:30:00 GMT</pubDate><description>&lt;p&gt;Text {i}&lt;/p&gt;</description></item>");
}

var text = rss.Append("</channel></rss>").ToString();
var feedUrl = new Uri("http://127.0.0.1/feed.xml");
FeedReader.Read(text, feedUrl);
var watch = Stopwatch.StartNew();
const int Parses = 20;
for (var i = 0; i < Parses; i++)
{
    FeedReader.Read(text, feedUrl);
}

Console.WriteLine($"parse RSS, 5,000 items: {watch.Elapsed.TotalMilliseconds / Parses:0.0} ms per feed, {5000 * Parses / watch.Elapsed.TotalSeconds:N0} items/s");

await using var site = await LocalFeedSite.StartAsync(count);
var db = Path.Combine(Path.GetTempPath(), $"sitrep-feeds-bench-{Environment.ProcessId}.db");
var extractor = new ReportExtractor(KnowledgeBaseLoader.Load(KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("bundled data not found")));
var options = new FetchOptions { Addresses = AddressRules.Any, HostDelay = TimeSpan.Zero, HostConcurrency = 4 };
try
{
    for (var round = 1; round <= 2; round++)
    {
        await using var reports = await ReportStoreFactory.OpenAsync(db);
        await using var state = await FeedStateStoreFactory.OpenAsync(db);
        using var fetcher = new HttpFetcher(options);
        using var gate = new StoreGate(reports, state);
        var feedRound = new FeedRound(new Harvester(fetcher, new ArticleReader(extractor), gate, count, pagesOnly: false), gate, Console.Error);
        watch.Restart();
        var summary = await feedRound.RunAsync([new FeedSource(site.FeedUrl, FeedSource.DefaultInterval, null)], CancellationToken.None);
        var seconds = watch.Elapsed.TotalSeconds;
        var rate = summary.Articles > 0 ? $", {summary.Articles / seconds:N0} articles/s" : "";
        Console.WriteLine($"round {round} ({(round == 1 ? "new store" : "restart, 304")}): {seconds:0.00} s{rate}; {summary}");
    }
}
finally
{
    foreach (var file in new[] { db, db + "-wal", db + "-shm" })
    {
        File.Delete(file);
    }
}
