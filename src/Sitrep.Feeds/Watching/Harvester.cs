using Sitrep.Feeds.Http;
using Sitrep.Feeds.Parsing;
using Sitrep.Feeds.Sources;

namespace Sitrep.Feeds.Watching;

/// <summary>
/// Fetches one source for a round. A feed is fetched with the validators of its last complete round (304: nothing
/// to do), parsed, and every item not yet recorded for it is read: its page is fetched and extracted (falling back
/// to the content the feed carries when the page has no article text), or taken as recorded already when another
/// feed stored that URL. A page is extracted as one article. Errors are collected per item, never thrown.
/// </summary>
public sealed class Harvester(HttpFetcher fetcher, ArticleReader reader, StoreGate store, int maxItemsPerRound, bool pagesOnly)
{
    public async Task<SourceHarvest> HarvestAsync(FeedSource source, CancellationToken ct)
    {
        var url = source.Url.AbsoluteUri;
        var state = await store.StateAsync(s => s.GetAsync(url, ct), ct).ConfigureAwait(false);
        var validators = state is null ? null : new CacheValidators(state.ETag, state.LastModified);
        var fetched = await fetcher.FetchAsync(source.Url, validators, ct).ConfigureAwait(false);
        if (!fetched.Ok)
        {
            return SourceHarvest.Failed(source, fetched.Error!);
        }

        if (fetched.NotModified && pagesOnly && state?.Kind is { } kind && kind != "page")
        {
            return SourceHarvest.Failed(source, $"is a feed ({kind}), not a page; follow it with 'sitrep watch'");
        }

        if (fetched.NotModified)
        {
            return new SourceHarvest(source, true, state?.Kind, fetched.Validators, [], []);
        }

        var decoded = BodyDecoder.Decode(fetched.Body, fetched.ContentType);
        if (decoded.Error is not null)
        {
            return SourceHarvest.Failed(source, decoded.Error);
        }

        var doc = FeedReader.Read(decoded.Text!, fetched.FinalUrl);
        if (doc.Feed is not null && !pagesOnly)
        {
            return await ItemsAsync(source, doc.Feed, fetched.Validators, ct).ConfigureAwait(false);
        }

        if (doc.Feed is not null)
        {
            return SourceHarvest.Failed(source, $"is a feed ({doc.Feed.Format}), not a page; follow it with 'sitrep watch'");
        }

        if (doc.Error is not null && !pagesOnly && !(fetched.ContentType ?? "").Contains("html", StringComparison.OrdinalIgnoreCase))
        {
            return SourceHarvest.Failed(source, doc.Error);
        }

        var (report, error) = reader.Read(url, decoded, fetched.ContentType, source.Outlet);
        return report is null
            ? SourceHarvest.Failed(source, error!)
            : new SourceHarvest(source, true, "page", fetched.Validators, [new HarvestedArticle(report.Document.Id, url, report)], []);
    }

    private async Task<SourceHarvest> ItemsAsync(FeedSource source, ParsedFeed feed, CacheValidators validators, CancellationToken ct)
    {
        var url = source.Url.AbsoluteUri;
        var known = await store.StateAsync(s => s.ItemKeysAsync(url, ct), ct).ConfigureAwait(false);
        var fresh = feed.Items.Where(i => !known.Contains(i.Key)).DistinctBy(i => i.Key).ToList();
        var now = fresh.Take(maxItemsPerRound).ToList();
        var results = await Task.WhenAll(now.Select(i => ItemAsync(source, i, ct))).ConfigureAwait(false);
        var articles = results.Where(r => r.Article is not null).Select(r => r.Article!).ToList();
        var errors = results.Where(r => r.Error is not null).Select(r => r.Error!).ToList();

        // Only a complete round may keep its validators: otherwise a 304 next time would hide the items left over.
        var complete = errors.Count == 0 && now.Count == fresh.Count;
        return new SourceHarvest(source, true, feed.Format, complete ? validators : new CacheValidators(null, null), articles, errors);
    }

    private async Task<(HarvestedArticle? Article, string? Error)> ItemAsync(FeedSource source, FeedItem item, CancellationToken ct)
    {
        if (item.Link is null)
        {
            return item.ContentHtml is null ? (null, $"item {item.Key}: neither a link nor content") : FromContent(source, item, ItemSource(source, item));
        }

        var link = item.Link.AbsoluteUri;
        if (await store.StateAsync(s => s.HasItemUrlAsync(link, ct), ct).ConfigureAwait(false))
        {
            return (new HarvestedArticle(item.Key, link, null), null);
        }

        var page = await fetcher.FetchAsync(item.Link, null, ct).ConfigureAwait(false);
        if (!page.Ok)
        {
            return (null, $"item {link}: {page.Error}");
        }

        var (report, error) = reader.Read(link, page.Body, page.ContentType, source.Outlet);
        if (report is null && item.ContentHtml is not null)
        {
            return FromContent(source, item, link);
        }

        return report is null ? (null, $"item {link}: {error}") : (new HarvestedArticle(item.Key, link, report), null);
    }

    private (HarvestedArticle?, string?) FromContent(FeedSource source, FeedItem item, string itemSource)
    {
        var (report, error) = reader.ReadContent(itemSource, item.Title, item.ContentHtml!, source.Outlet);
        return report is null ? (null, $"item {item.Key}: {error}") : (new HarvestedArticle(item.Key, item.Link?.AbsoluteUri, report), null);
    }

    // An item without a link is stored under the feed's URL and its key, so that its versions stay together.
    private static string ItemSource(FeedSource source, FeedItem item) =>
        Uri.TryCreate(item.Key, UriKind.Absolute, out var key) && (key.Scheme == Uri.UriSchemeHttp || key.Scheme == Uri.UriSchemeHttps)
            ? key.AbsoluteUri
            : source.Url.AbsoluteUri + "#" + Uri.EscapeDataString(item.Key);
}
