using System.CommandLine;
using System.Globalization;
using Sitrep.Core.Pipeline;
using Sitrep.Feeds.Http;
using Sitrep.Feeds.Watching;
using Sitrep.Store;
using Sitrep.Store.FeedState;

namespace Sitrep.Cli.Commands;

/// <summary>The options shared by <c>fetch</c> and <c>watch</c>, and opening everything a round needs.</summary>
public sealed class FeedOptions
{
    public Option<string?> Db { get; } = StoreOptions.Db();

    public Option<string[]> Kb { get; } = KnowledgeOptions.Kb();

    public Option<bool> AllowPrivate { get; } = new("--allow-private")
    {
        Description = "Allow loopback, private, link-local and other non-public addresses (refused by default)",
    };

    public Option<double> Timeout { get; } = Between("--timeout", "Seconds allowed for one request, body included", 30, 0.01, 86_400);

    public Option<double> HostDelay { get; } = NonNegative("--host-delay", "Least seconds between two requests to one host (robots.txt Crawl-delay can raise it)", 1);

    public Option<int> Retries { get; } = new("--retries") { Description = "Retries after a network error, timeout, 429 or 5xx", DefaultValueFactory = _ => 3 };

    public Option<double> MaxMegabytes { get; } = NonNegative("--max-mb", "Largest response accepted, in megabytes", 10);

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { Db, Kb, AllowPrivate, Timeout, HostDelay, Retries, MaxMegabytes })
        {
            command.Options.Add(option);
        }
    }

    public FetchOptions Fetch(ParseResult parse) => new()
    {
        Addresses = parse.GetValue(AllowPrivate) ? AddressRules.Any : AddressRules.PublicOnly,
        Timeout = TimeSpan.FromSeconds(parse.GetValue(Timeout)),
        HostDelay = TimeSpan.FromSeconds(parse.GetValue(HostDelay)),
        Retries = parse.GetValue(Retries),
        RetryDelay = TimeSpan.FromSeconds(Math.Min(1, parse.GetValue(Timeout))),
        MaxBytes = (long)(parse.GetValue(MaxMegabytes) * 1024 * 1024),
    };

    /// <summary>Opens the store and the feed state, loads the knowledge base, and builds a round over them.</summary>
    public async Task<FeedRun> OpenAsync(ParseResult parse, bool pagesOnly, CancellationToken ct)
    {
        var reports = await ReportStoreFactory.OpenAsync(parse.GetValue(Db), ct: ct).ConfigureAwait(false);
        try
        {
            var state = await FeedStateStoreFactory.OpenAsync(parse.GetValue(Db), ct: ct).ConfigureAwait(false);
            var extractor = new ReportExtractor(KnowledgeOptions.Load(parse.GetValue(Kb)));
            var fetcher = new HttpFetcher(Fetch(parse));
            var gate = new StoreGate(reports, state);
            var harvester = new Harvester(fetcher, new ArticleReader(extractor), gate, maxItemsPerRound: 200, pagesOnly);
            return new FeedRun(reports, state, fetcher, gate, new FeedRound(harvester, gate, Console.Error));
        }
        catch
        {
            await reports.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static Option<double> NonNegative(string name, string description, double value) => Between(name, description, value, 0, double.MaxValue);

    private static Option<double> Between(string name, string description, double value, double least, double most)
    {
        var option = new Option<double>(name) { Description = description, DefaultValueFactory = _ => value };
        option.Validators.Add(r =>
        {
            var given = r.GetValueOrDefault<double>();
            if (given < least || given > most)
            {
                r.AddError(most == double.MaxValue ? $"{name} must not be negative" : $"{name} must be between {least} and {most}");
            }
        });
        return option;
    }
}

/// <summary>Everything a feed command holds open for its run.</summary>
public sealed record FeedRun(IReportStore Reports, IFeedStateStore State, HttpFetcher Fetcher, StoreGate Gate, FeedRound Round) : IAsyncDisposable
{
    public async ValueTask DisposeAsync()
    {
        Fetcher.Dispose();
        Gate.Dispose();
        await State.DisposeAsync().ConfigureAwait(false);
        await Reports.DisposeAsync().ConfigureAwait(false);
    }

    public static string Stamp(TimeProvider clock) => clock.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
