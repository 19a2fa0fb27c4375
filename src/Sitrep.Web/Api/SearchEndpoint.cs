using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Store;
using Sitrep.Web.Reading;

namespace Sitrep.Web.Api;

/// <summary>
/// <c>GET /api/search?q=...</c>: the store's own full-text search (FTS5 or PostgreSQL text search), exactly as
/// <c>sitrep search</c> runs it, paged. Event hits come first, then document hits.
/// </summary>
public static class SearchEndpoint
{
    public static async Task<Results<Ok<Page<SearchHit>>, ProblemHttpResult>> Search(
        StoreAccess store, string? q, [AsParameters] EventParameters filters, [AsParameters] PageParameters page, CancellationToken ct)
    {
        if (Validation.Check(page, filters, out var paging, out var f) is string error)
        {
            return Problems.BadRequest(error);
        }

        if (f.Zone is not null || f.Located is not null)
        {
            return Problems.BadRequest("zone and located are filters of /api/events, not of search");
        }

        // The store returns up to Limit hits of each kind; ask for enough to fill the requested page.
        var limit = paging.Number * paging.Size;
        var query = new SearchQuery(q ?? "") { Type = f.Type, Actor = f.Actor, Place = f.Place, From = f.From, To = f.To, Outlet = f.Outlet, Status = f.Status, Limit = limit };
        var hits = await store.SearchAsync(query, ct).ConfigureAwait(false);
        return TypedResults.Ok(paging.Apply(hits));
    }
}
