using System.Security.Cryptography;
using System.Text;
using Sitrep.Web.Reading;

namespace Sitrep.Web.Api;

/// <summary>
/// ETags for read endpoints. A response depends only on the request's path and query and on the snapshot, so the
/// tag is the snapshot's tag and a hash of the path and query; a matching If-None-Match gets 304 without the work.
/// </summary>
public sealed class ETagFilter(IDashboardReader reader) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var target = Encoding.UTF8.GetBytes(request.Path.Value + request.QueryString.Value);
        var tag = $"\"{reader.Tag}-{Convert.ToHexStringLower(SHA256.HashData(target).AsSpan(0, 8))}\"";
        if (request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
        {
            http.Response.Headers.ETag = tag;
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }

        var result = await next(context).ConfigureAwait(false);
        if (result is not IStatusCodeHttpResult { StatusCode: >= 300 })
        {
            http.Response.Headers.ETag = tag;
            http.Response.Headers.CacheControl = "no-cache";
        }

        return result;
    }
}
