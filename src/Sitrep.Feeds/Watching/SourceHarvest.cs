using Sitrep.Core.Model;
using Sitrep.Feeds.Http;
using Sitrep.Feeds.Sources;

namespace Sitrep.Feeds.Watching;

/// <summary>An article read in a round, waiting to be stored: the item key it is recorded under, its URL and the report.</summary>
public sealed record HarvestedArticle(string ItemKey, string? Url, ExtractedReport? Report);

/// <summary>
/// What one source gave in one round: whether the feed or page itself was fetched (or not modified), its kind, its
/// validators, the articles read, items already known through another feed, and the errors met.
/// </summary>
public sealed record SourceHarvest(
    FeedSource Source,
    bool Fetched,
    string? Kind,
    CacheValidators Validators,
    IReadOnlyList<HarvestedArticle> Articles,
    IReadOnlyList<string> Errors)
{
    public static SourceHarvest Failed(FeedSource source, string error) =>
        new(source, false, null, new CacheValidators(null, null), [], [error]);
}
