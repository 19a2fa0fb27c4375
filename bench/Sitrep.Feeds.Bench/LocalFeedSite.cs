using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Sitrep.Feeds.Bench;

/// <summary>
/// A news site on 127.0.0.1 made up for the benchmark: /feed.xml lists N articles (with an ETag, so a second round
/// gets 304) and /a/{i}.html serves each one. Articles vary in numbers and places so that each is new content.
/// </summary>
public sealed class LocalFeedSite : IAsyncDisposable
{
    private static readonly string[] Places = ["Manbij", "Raqqa", "Deir ez-Zor", "Qamishli", "Hasakah", "Aleppo", "Idlib", "Homs"];

    private readonly WebApplication _app;
    private readonly byte[] _feed;

    private LocalFeedSite(WebApplication app, byte[] feed)
    {
        _app = app;
        _feed = feed;
    }

    public Uri FeedUrl { get; private set; } = null!;

    public static async Task<LocalFeedSite> StartAsync(int articles)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var feed = new StringBuilder("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench wire</title>");
        for (var i = 0; i < articles; i++)
        {
            feed.Append(CultureInfo.InvariantCulture, $"<item><title>Report {i}</title><link>/a/{i}.html</link><guid>bench-{i}</guid></item>");
        }

        var site = new LocalFeedSite(app, Encoding.UTF8.GetBytes(feed.Append("</channel></rss>").ToString()));
        app.Run(site.ServeAsync);
        await app.StartAsync();
        var address = app.Urls.First();
        site.FeedUrl = new Uri(address.TrimEnd('/') + "/feed.xml");
        return site;
    }

    public static string Article(int i)
    {
        var place = Places[i % Places.Length];
        return "<!doctype html><html><head><meta charset=\"utf-8\"><title>Report " + i + "</title></head><body><article>"
            + $"<h1>Patrol number {i} seen near {place}</h1>"
            + $"<p>A patrol of {10 + (i % 40)} armoured vehicles moved through the outskirts of {place} on Tuesday, residents said, the {i}th such sighting this year.</p>"
            + $"<p>The vehicles stopped for about {1 + (i % 5)} hours near a checkpoint before heading back, according to a local council member who asked not to be named.</p>"
            + "</article></body></html>";
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task ServeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "";
        if (path == "/feed.xml")
        {
            ctx.Response.Headers.ETag = "\"bench\"";
            if (ctx.Request.Headers.IfNoneMatch.ToString() == "\"bench\"")
            {
                ctx.Response.StatusCode = 304;
                return;
            }

            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.Body.WriteAsync(_feed);
        }
        else if (path.StartsWith("/a/", StringComparison.Ordinal) && int.TryParse(path[3..^5], NumberStyles.None, CultureInfo.InvariantCulture, out var i))
        {
            ctx.Response.ContentType = "text/html; charset=utf-8";
            await ctx.Response.WriteAsync(Article(i));
        }
        else
        {
            ctx.Response.StatusCode = 404;
        }
    }
}
