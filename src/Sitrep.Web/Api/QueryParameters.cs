using Microsoft.AspNetCore.Mvc;

namespace Sitrep.Web.Api;

/// <summary>Paging of list endpoints: <c>page</c> (from 1) and <c>page_size</c> (1 to 5,000; default 50).</summary>
public sealed record PageParameters(
    [property: FromQuery(Name = "page")] int? Page,
    [property: FromQuery(Name = "page_size")] int? PageSize);

/// <summary>The filters of <c>sitrep search</c> as query parameters, plus the dashboard's zone and located filters.</summary>
public sealed record EventParameters(
    [property: FromQuery(Name = "type")] string? Type,
    [property: FromQuery(Name = "actor")] string? Actor,
    [property: FromQuery(Name = "place")] string? Place,
    [property: FromQuery(Name = "from")] string? From,
    [property: FromQuery(Name = "to")] string? To,
    [property: FromQuery(Name = "outlet")] string? Outlet,
    [property: FromQuery(Name = "status")] string? Status,
    [property: FromQuery(Name = "zone")] string? Zone,
    [property: FromQuery(Name = "located")] bool? Located);
