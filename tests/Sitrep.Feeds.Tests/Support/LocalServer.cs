using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Sitrep.Feeds.Tests.Support;

/// <summary>A request as the server saw it: path and query, the conditional headers, and when it arrived.</summary>
public sealed record SeenRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent, DateTimeOffset At);

/// <summary>
/// A real Kestrel server on a loopback address and a free port, serving what each test maps to a path. It records
/// every request and the most requests it had in flight at once. Unmapped paths (robots.txt included) are 404.
/// </summary>
public sealed class LocalServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, Func<HttpContext, Task>> _routes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<SeenRequest> _seen = new();
    private int _inFlight;
    private int _maxInFlight;

    private LocalServer(WebApplication app) => _app = app;

    public Uri BaseUrl { get; private set; } = null!;

    public IReadOnlyList<SeenRequest> Requests => _seen.ToList();

    public int MaxInFlight => Volatile.Read(ref _maxInFlight);

    public static async Task<LocalServer> StartAsync(string address = "127.0.0.1")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Parse(address), 0));
        var app = builder.Build();
        var server = new LocalServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.BaseUrl = new Uri(url.TrimEnd('/') + "/");
        return server;
    }

    public Uri Url(string path) => new(BaseUrl, path.TrimStart('/'));

    public void Map(string path, Func<HttpContext, Task> handler) => _routes[path] = handler;

    /// <summary>Serves fixed content with a content type (and, if given, an ETag honoured with 304).</summary>
    public void MapContent(string path, string contentType, byte[] body, string? etag = null) => Map(path, async ctx =>
    {
        if (etag is not null)
        {
            ctx.Response.Headers.ETag = etag;
            if (ctx.Request.Headers.IfNoneMatch.ToString() == etag)
            {
                ctx.Response.StatusCode = 304;
                return;
            }
        }

        ctx.Response.ContentType = contentType;
        await ctx.Response.Body.WriteAsync(body);
    });

    public void MapStatus(string path, int status) => Map(path, ctx =>
    {
        ctx.Response.StatusCode = status;
        return Task.CompletedTask;
    });

    public void MapText(string path, string contentType, string body, string? etag = null) =>
        MapContent(path, contentType, System.Text.Encoding.UTF8.GetBytes(body), etag);

    public int Count(string path) => Requests.Count(r => r.Path == path);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value + ctx.Request.QueryString.Value;
        _seen.Enqueue(new SeenRequest(path, Header(ctx, "If-None-Match"), Header(ctx, "If-Modified-Since"), Header(ctx, "User-Agent"), DateTimeOffset.UtcNow));
        var now = Interlocked.Increment(ref _inFlight);
        int max;
        while ((max = Volatile.Read(ref _maxInFlight)) < now && Interlocked.CompareExchange(ref _maxInFlight, now, max) != max)
        {
        }

        try
        {
            if (_routes.TryGetValue(ctx.Request.Path.Value ?? "", out var handler))
            {
                await handler(ctx);
            }
            else
            {
                ctx.Response.StatusCode = 404;
            }
        }
        finally
        {
            Interlocked.Decrement(ref _inFlight);
        }
    }

    private static string? Header(HttpContext ctx, string name) =>
        ctx.Request.Headers.TryGetValue(name, out var v) ? v.ToString() : null;
}
