using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;
using Sitrep.Feeds.Http;
using Sitrep.Feeds.Sources;
using Sitrep.Feeds.Watching;
using Sitrep.Store;
using Sitrep.Store.FeedState;

namespace Sitrep.Feeds.Tests.Support;

/// <summary>
/// Everything a watcher process holds, opened on a store target: the report store, the feed state, a fetcher for
/// local servers and a round. Disposing and opening again on the same target is a restart.
/// </summary>
public sealed class RoundHarness : IAsyncDisposable
{
    private static readonly Lazy<ReportExtractor> Extractor = new(() =>
        new ReportExtractor(KnowledgeBaseLoader.Load(KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("bundled data not found"))));

    private readonly StringWriter _errors = new();
    private readonly HttpFetcher _fetcher;

    private RoundHarness(IReportStore reports, IFeedStateStore state, FetchOptions options, bool pagesOnly)
    {
        Reports = reports;
        State = state;
        _fetcher = new HttpFetcher(options);
        Gate = new StoreGate(reports, state);
        Round = new FeedRound(new Harvester(_fetcher, new ArticleReader(Extractor.Value), Gate, maxItemsPerRound: 50, pagesOnly), Gate, TextWriter.Synchronized(_errors));
    }

    public IReportStore Reports { get; }

    public IFeedStateStore State { get; }

    public FeedRound Round { get; }

    public StoreGate Gate { get; }

    public string[] Errors => _errors.ToString().ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static async Task<RoundHarness> OpenAsync(string target, FetchOptions? options = null, bool pagesOnly = false)
    {
        var reports = await ReportStoreFactory.OpenAsync(target);
        var state = await FeedStateStoreFactory.OpenAsync(target);
        return new RoundHarness(reports, state, options ?? Http.HttpFetcherTests.Local, pagesOnly);
    }

    public Task<RoundSummary> RunAsync(params Uri[] urls) =>
        Round.RunAsync(urls.Select(u => new FeedSource(u, FeedSource.DefaultInterval, null)).ToList(), CancellationToken.None);

    public async ValueTask DisposeAsync()
    {
        _fetcher.Dispose();
        Gate.Dispose();
        await State.DisposeAsync();
        await Reports.DisposeAsync();
    }
}
