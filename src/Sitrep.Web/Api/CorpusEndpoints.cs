using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Sitrep.Web.Reading;

namespace Sitrep.Web.Api;

/// <summary>
/// The corpus-level API: stories across reports, agreements, force levels and contradictions. Each answer carries
/// <c>analysis</c>: <c>corpus</c> when the stored analysis gave it, <c>none</c> when it has not run (a fallback).
/// </summary>
public static class CorpusEndpoints
{
    public static RouteGroupBuilder MapCorpusEndpoints(this RouteGroupBuilder api)
    {
        var read = api.MapGroup("").AddEndpointFilter<ETagFilter>();
        read.MapGet("/stories", ListStories).WithSummary("Stories: one event as every stored report tells it, with independent-outlet corroboration and flags");
        read.MapGet("/stories/{id}", GetStory).WithSummary("One story with all its mentions, its independent outlets and flags");
        read.MapGet("/agreements", ListAgreements).WithSummary("The agreement register: parties, mediator, current stage and stage history with sources");
        read.MapGet("/agreements/{id}", GetAgreement).WithSummary("One agreement with its stage history and sources");
        read.MapGet("/force-levels", ListForceLevels).WithSummary("Forces' stated sizes by date, cited");
        read.MapGet("/contradictions", ListContradictions).WithSummary("Pairs of reports that contradict each other, with both stories' sources");
        return api;
    }

    public static Results<Ok<CorpusPage<StoryDetail>>, ProblemHttpResult> ListStories(ICorpusView corpus, [AsParameters] PageParameters page, [AsParameters] StoryParameters filters)
    {
        var pageError = Validation.Check(page, out var paging);
        var filterError = Validation.Check(filters, out var filter);
        return (pageError ?? filterError) is string error ? Problems.BadRequest(error) : TypedResults.Ok(corpus.Stories(filter, paging));
    }

    public static Results<Ok<StoryDetail>, ProblemHttpResult> GetStory(ICorpusView corpus, string id) =>
        corpus.Story(id) is StoryDetail s ? TypedResults.Ok(s) : Problems.NotFound($"no story with id '{id}'");

    public static Results<Ok<CorpusPage<AgreementView>>, ProblemHttpResult> ListAgreements(ICorpusView corpus, [AsParameters] PageParameters page) =>
        Validation.Check(page, out var paging) is string error ? Problems.BadRequest(error) : TypedResults.Ok(corpus.Agreements(paging));

    public static Results<Ok<AgreementView>, ProblemHttpResult> GetAgreement(ICorpusView corpus, string id) =>
        corpus.Agreement(id) is AgreementView a ? TypedResults.Ok(a) : Problems.NotFound($"no agreement with id '{id}'");

    public static Results<Ok<CorpusPage<ForceLevelView>>, ProblemHttpResult> ListForceLevels(ICorpusView corpus, [AsParameters] PageParameters page, string? actor) =>
        Validation.Check(page, out var paging) is string error ? Problems.BadRequest(error) : TypedResults.Ok(corpus.ForceLevels(string.IsNullOrWhiteSpace(actor) ? null : actor.Trim(), paging));

    public static Results<Ok<CorpusPage<ContradictionView>>, ProblemHttpResult> ListContradictions(ICorpusView corpus, [AsParameters] PageParameters page) =>
        Validation.Check(page, out var paging) is string error ? Problems.BadRequest(error) : TypedResults.Ok(corpus.Contradictions(paging));
}

/// <summary>Filters of <c>/api/stories</c>.</summary>
public sealed record StoryParameters(
    [property: FromQuery(Name = "type")] string? Type,
    [property: FromQuery(Name = "place")] string? Place,
    [property: FromQuery(Name = "actor")] string? Actor,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "flag")] string? Flag,
    [property: FromQuery(Name = "min_corroboration")] int? MinCorroboration);
