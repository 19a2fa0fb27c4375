using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using Sitrep.Web.Ingest;

namespace Sitrep.Web.Api;

/// <summary>The body of <c>POST /api/reports</c>: where the report comes from (its URL or a name) and its text or HTML.</summary>
public sealed record IngestRequest(string? Source, string? Text);

/// <summary>
/// <c>POST /api/reports</c>, the API's only write: ingests one report, and only when the server was started with an
/// ingest token, given as <c>Authorization: Bearer TOKEN</c>.
/// </summary>
public static class IngestEndpoint
{
    public const int MaxTextLength = 2_000_000;

    public static RouteGroupBuilder MapIngestEndpoint(this RouteGroupBuilder api)
    {
        api.MapPost("/reports", Ingest).WithSummary("Ingest one report (needs the server's ingest token)");
        return api;
    }

    public static async Task<Results<Created<IngestResult>, Ok<IngestResult>, ProblemHttpResult>> Ingest(
        HttpContext http, DashboardOptions options, ReportIngestor ingestor, IngestRequest request, CancellationToken ct)
    {
        if (options.IngestToken is null)
        {
            return TypedResults.Problem("this server is read-only: start it with --ingest-token to accept reports", statusCode: StatusCodes.Status403Forbidden, title: "Forbidden");
        }

        if (!Authorized(http.Request.Headers.Authorization.ToString(), options.IngestToken))
        {
            http.Response.Headers.WWWAuthenticate = "Bearer";
            return TypedResults.Problem("a valid 'Authorization: Bearer TOKEN' header is required", statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized");
        }

        if (string.IsNullOrWhiteSpace(request.Source) || string.IsNullOrWhiteSpace(request.Text))
        {
            return Problems.BadRequest("the body needs 'source' (a URL or name) and 'text' (the report as text or HTML)");
        }

        if (request.Text.Length > MaxTextLength)
        {
            return TypedResults.Problem($"{request.Source}: text is longer than {MaxTextLength} characters", statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large");
        }

        var (result, error) = await ingestor.IngestAsync(request.Source.Trim(), request.Text, ct).ConfigureAwait(false);
        if (result is null)
        {
            return TypedResults.Problem(error, statusCode: StatusCodes.Status422UnprocessableEntity, title: "Unprocessable report");
        }

        return result.Status == "unchanged" ? TypedResults.Ok(result) : TypedResults.Created($"/api/reports/{result.Id}", result);
    }

    private static bool Authorized(string header, string token)
    {
        const string Scheme = "Bearer ";
        if (!header.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var given = SHA256.HashData(Encoding.UTF8.GetBytes(header[Scheme.Length..].Trim()));
        return CryptographicOperations.FixedTimeEquals(given, SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }
}
