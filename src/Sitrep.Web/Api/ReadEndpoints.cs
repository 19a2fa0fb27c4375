using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Store;
using Sitrep.Web.Reading;

namespace Sitrep.Web.Api;

/// <summary>The read-only API over the snapshot: reports, events and stories, entities, installations, outlets, zones.</summary>
public static class ReadEndpoints
{
    public static RouteGroupBuilder MapReadEndpoints(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").AddEndpointFilter<ETagFilter>();
        read.MapGet("/reports", ListReports).WithSummary("Stored reports (latest versions), newest first");
        read.MapGet("/reports/{id:long}", GetReport).WithSummary("One report: body, facts with evidence offsets, entities, loaded wording");
        read.MapGet("/events", ListEvents).WithSummary("Facts, filtered as sitrep search filters them");
        read.MapGet("/events/{key}", GetStory).WithSummary("One fact and the other facts of the same type, place and date");
        read.MapGet("/entities", ListEntities).WithSummary("Entities over all reports, most mentioned first");
        read.MapGet("/installations", ListInstallations).WithSummary("The installation register with counts of stored facts and reports");
        read.MapGet("/installations/{id}", GetInstallation).WithSummary("One installation: status history, sources, facts and reports");
        read.MapGet("/outlets", ListOutlets).WithSummary("Outlets compared: reports, facts, corroboration and framing rates");
        read.MapGet("/zones", GetZones).WithSummary("Agreed and declared zones as GeoJSON");
        read.MapGet("/search", SearchEndpoint.Search).WithSummary("Full-text search over bodies and evidence sentences, with the filters of sitrep search");
        return api;
    }

    public static Results<Ok<Page<ReportSummary>>, ProblemHttpResult> ListReports(IDashboardReader reader, [AsParameters] PageParameters page, string? outlet) =>
        Validation.Check(page, out var paging) is string error ? Problems.BadRequest(error) : TypedResults.Ok(reader.Reports(outlet, paging));

    /// <summary>A latest version from the snapshot; an earlier version (its id stays valid) from the store.</summary>
    public static async Task<Results<Ok<ReportDetail>, ProblemHttpResult>> GetReport(IDashboardReader reader, StoreAccess store, long id, CancellationToken ct)
    {
        if (reader.Report(id) is ReportDetail latest)
        {
            return TypedResults.Ok(latest);
        }

        return await store.GetAsync(id, ct).ConfigureAwait(false) is StoredReport earlier
            ? TypedResults.Ok(reader.Detail(earlier))
            : Problems.NotFound($"no report with id {id}");
    }

    public static Results<Ok<Page<EventView>>, ProblemHttpResult> ListEvents(
        IDashboardReader reader, [AsParameters] EventParameters filters, [AsParameters] PageParameters page, string? order)
    {
        var orderError = Validation.Check(order, out var sorted);
        if ((Validation.Check(page, filters, out var paging, out var filter) ?? orderError) is string error)
        {
            return Problems.BadRequest(error);
        }

        return TypedResults.Ok(reader.Events(filter, paging, sorted));
    }

    public static Results<Ok<StoryView>, ProblemHttpResult> GetStory(IDashboardReader reader, string key) =>
        reader.Story(key) is StoryView s ? TypedResults.Ok(s) : Problems.NotFound($"no event with key '{key}'");

    public static Results<Ok<Page<EntitySummary>>, ProblemHttpResult> ListEntities(IDashboardReader reader, [AsParameters] PageParameters page, string? type, string? name) =>
        Validation.Check(page, out var paging) is string error ? Problems.BadRequest(error) : TypedResults.Ok(reader.Entities(type, name, paging));

    public static Results<Ok<Page<InstallationSummary>>, ProblemHttpResult> ListInstallations(IDashboardReader reader, [AsParameters] PageParameters page, string? name) =>
        Validation.Check(page, out var paging) is string error ? Problems.BadRequest(error) : TypedResults.Ok(reader.Installations(name, paging));

    public static Results<Ok<InstallationDetail>, ProblemHttpResult> GetInstallation(IDashboardReader reader, string id) =>
        reader.Installation(id) is InstallationDetail d ? TypedResults.Ok(d) : Problems.NotFound($"no installation with id '{id}'");

    public static Ok<IReadOnlyList<OutletSummary>> ListOutlets(IDashboardReader reader) => TypedResults.Ok(reader.Outlets());

    public static Ok<JsonObject> GetZones(IDashboardReader reader) => TypedResults.Ok(reader.Zones());
}
