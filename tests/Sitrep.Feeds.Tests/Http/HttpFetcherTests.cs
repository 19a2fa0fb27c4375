using System.Net;
using Microsoft.AspNetCore.Http;
using Sitrep.Feeds.Http;
using Sitrep.Feeds.Tests.Support;
using Xunit;

namespace Sitrep.Feeds.Tests.Http;

/// <summary>The fetcher against real servers on loopback addresses: politeness, retries, limits, redirects, robots.txt.</summary>
public sealed class HttpFetcherTests : IAsyncLifetime
{
    private LocalServer _server = null!;

    public static FetchOptions Local => new()
    {
        Addresses = AddressRules.Any,
        HostDelay = TimeSpan.Zero,
        RetryDelay = TimeSpan.FromMilliseconds(10),
        Timeout = TimeSpan.FromSeconds(10),
    };

    public async Task InitializeAsync() => _server = await LocalServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Conditional_get_sends_the_validators_and_a_304_is_not_modified()
    {
        _server.MapText("/feed.xml", "application/rss+xml", "<rss/>", etag: "\"v1\"");
        using var fetcher = new HttpFetcher(Local);
        var first = await fetcher.FetchAsync(_server.Url("/feed.xml"));
        Assert.Equal((200, "\"v1\""), (first.Status, first.Validators.ETag));
        var second = await fetcher.FetchAsync(_server.Url("/feed.xml"), first.Validators);
        Assert.True(second.NotModified);
        Assert.Empty(second.Body);
        Assert.Equal([null, "\"v1\""], _server.Requests.Where(r => r.Path == "/feed.xml").Select(r => r.IfNoneMatch));
        Assert.All(_server.Requests, r => Assert.StartsWith(FetchOptions.ProductToken + "/", r.UserAgent));
    }

    [Fact]
    public async Task Last_modified_comes_back_as_if_modified_since()
    {
        const string Stamp = "Tue, 03 Jun 2025 08:00:00 GMT";
        _server.Map("/page.html", async ctx =>
        {
            ctx.Response.Headers.LastModified = Stamp;
            if (ctx.Request.Headers.IfModifiedSince.ToString() == Stamp)
            {
                ctx.Response.StatusCode = 304;
                return;
            }

            await ctx.Response.WriteAsync("<html></html>");
        });
        using var fetcher = new HttpFetcher(Local);
        var first = await fetcher.FetchAsync(_server.Url("/page.html"));
        Assert.Equal((Stamp, null), (first.Validators.LastModified, first.Validators.ETag));
        Assert.True((await fetcher.FetchAsync(_server.Url("/page.html"), first.Validators)).NotModified);
        Assert.Equal([null, Stamp], _server.Requests.Where(r => r.Path == "/page.html").Select(r => r.IfModifiedSince));
    }

    [Fact]
    public async Task Server_errors_are_retried_until_the_page_comes()
    {
        var calls = 0;
        _server.Map("/flaky", async ctx =>
        {
            if (Interlocked.Increment(ref calls) <= 2)
            {
                ctx.Response.StatusCode = 503;
                return;
            }

            await ctx.Response.WriteAsync("ok");
        });
        using var fetcher = new HttpFetcher(Local);
        var result = await fetcher.FetchAsync(_server.Url("/flaky"));
        Assert.True(result.Ok, result.Error);
        Assert.Equal(3, _server.Count("/flaky"));
    }

    [Fact]
    public async Task Retries_give_up_with_the_last_status()
    {
        _server.MapStatus("/down", 502);
        using var fetcher = new HttpFetcher(Local with { Retries = 2 });
        var result = await fetcher.FetchAsync(_server.Url("/down"));
        Assert.Equal("HTTP 502 Bad Gateway", result.Error);
        Assert.Equal(3, _server.Count("/down"));
    }

    [Fact]
    public async Task A_slow_response_times_out()
    {
        _server.Map("/slow", async ctx =>
        {
            await ctx.Response.WriteAsync("<html>");
            await ctx.Response.Body.FlushAsync();
            await Task.Delay(TimeSpan.FromSeconds(5), ctx.RequestAborted);
        });
        // A second long enough for the retried request to reach the server on a loaded machine, short of the 5 s body.
        using var fetcher = new HttpFetcher(Local with { Timeout = TimeSpan.FromSeconds(1), Retries = 1 });
        var result = await fetcher.FetchAsync(_server.Url("/slow"));
        Assert.Equal("timed out after 1 s", result.Error);
        Assert.Equal(2, _server.Count("/slow"));
    }

    [Fact]
    public async Task A_connection_broken_mid_body_is_a_connection_error_after_retries()
    {
        _server.Map("/broken", async ctx =>
        {
            ctx.Response.ContentLength = 100_000;
            await ctx.Response.WriteAsync(new string('x', 1000));
            await ctx.Response.Body.FlushAsync();
            ctx.Abort();
        });
        using var fetcher = new HttpFetcher(Local with { Retries = 1 });
        var result = await fetcher.FetchAsync(_server.Url("/broken"));
        Assert.StartsWith("connection failed: ", result.Error);
        Assert.Equal(2, _server.Count("/broken"));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_huge_response_is_cut_off_at_the_size_cap(bool declaresLength)
    {
        _server.Map("/huge", async ctx =>
        {
            var chunk = new byte[64 * 1024];
            if (declaresLength)
            {
                ctx.Response.ContentLength = 40L * chunk.Length;
            }

            for (var i = 0; i < 40; i++)
            {
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
            }
        });
        using var fetcher = new HttpFetcher(Local with { MaxBytes = 1024 * 1024 });
        var result = await fetcher.FetchAsync(_server.Url("/huge"));
        Assert.Equal("response larger than 1 MB", result.Error);
        Assert.Equal(1, _server.Count("/huge"));
    }

    [Fact]
    public async Task A_compressed_bomb_is_cut_off_at_the_size_cap_after_decompression()
    {
        using var packed = new MemoryStream();
        using (var gzip = new System.IO.Compression.GZipStream(packed, System.IO.Compression.CompressionLevel.SmallestSize, leaveOpen: true))
        {
            gzip.Write(new byte[8 * 1024 * 1024]);
        }

        _server.Map("/bomb", async ctx =>
        {
            ctx.Response.Headers.ContentEncoding = "gzip";
            ctx.Response.ContentType = "text/html";
            await ctx.Response.Body.WriteAsync(packed.ToArray());
        });
        using var fetcher = new HttpFetcher(Local with { MaxBytes = 1024 * 1024 });
        Assert.True(packed.Length < 64 * 1024, "the compressed body should be small");
        Assert.Equal("response larger than 1 MB", (await fetcher.FetchAsync(_server.Url("/bomb"))).Error);
    }

    [Fact]
    public async Task Too_many_requests_is_retried_after_the_servers_retry_after()
    {
        var calls = 0;
        _server.Map("/busy", async ctx =>
        {
            if (Interlocked.Increment(ref calls) == 1)
            {
                ctx.Response.StatusCode = 429;
                ctx.Response.Headers.RetryAfter = "1";
                return;
            }

            await ctx.Response.WriteAsync("ok");
        });
        using var fetcher = new HttpFetcher(Local with { RetryDelay = TimeSpan.FromMilliseconds(1) });
        Assert.True((await fetcher.FetchAsync(_server.Url("/busy"))).Ok);
        var times = _server.Requests.Where(r => r.Path == "/busy").Select(r => r.At).ToList();
        Assert.Equal(2, times.Count);
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(900), $"the retry came {(times[1] - times[0]).TotalMilliseconds} ms later, before Retry-After");
    }

    [Fact]
    public async Task A_crawl_delay_in_robots_txt_spaces_the_requests_to_that_host()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 0.4\n");
        _server.MapText("/a", "text/plain", "a");
        using var fetcher = new HttpFetcher(Local);
        await fetcher.FetchAsync(_server.Url("/a"));
        await fetcher.FetchAsync(_server.Url("/a"));
        var times = _server.Requests.Where(r => r.Path == "/a").Select(r => r.At).ToList();
        Assert.True(times[1] - times[0] >= TimeSpan.FromMilliseconds(380), $"{(times[1] - times[0]).TotalMilliseconds} ms apart");
    }

    [Fact]
    public async Task Redirects_are_followed_and_loops_and_long_chains_are_refused()
    {
        _server.Map("/moved", ctx => Redirect(ctx, "/final"));
        _server.MapText("/final", "text/plain", "here");
        _server.Map("/loop-a", ctx => Redirect(ctx, "/loop-b"));
        _server.Map("/loop-b", ctx => Redirect(ctx, "/loop-a"));
        for (var i = 0; i < 10; i++)
        {
            var next = $"/chain{i + 1}";
            _server.Map($"/chain{i}", ctx => Redirect(ctx, next));
        }

        using var fetcher = new HttpFetcher(Local with { MaxRedirects = 3 });
        var moved = await fetcher.FetchAsync(_server.Url("/moved"));
        Assert.Equal((200, _server.Url("/final")), (moved.Status, moved.FinalUrl));
        Assert.StartsWith("redirect loop", (await fetcher.FetchAsync(_server.Url("/loop-a"))).Error);
        Assert.Equal("too many redirects (more than 3)", (await fetcher.FetchAsync(_server.Url("/chain0"))).Error);
        Assert.Equal(0, _server.Count("/chain5"));
    }

    [Fact]
    public async Task Robots_txt_disallow_is_respected_and_the_page_is_never_requested()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n");
        _server.MapText("/private/a.html", "text/html", "<html></html>");
        _server.MapText("/public/a.html", "text/html", "<html></html>");
        using var fetcher = new HttpFetcher(Local);
        var refused = await fetcher.FetchAsync(_server.Url("/private/a.html"));
        Assert.Equal($"disallowed by robots.txt of {_server.BaseUrl.Authority} (/private/a.html)", refused.Error);
        Assert.True((await fetcher.FetchAsync(_server.Url("/public/a.html"))).Ok);
        Assert.Equal(0, _server.Count("/private/a.html"));
        Assert.Equal(1, _server.Count("/robots.txt"));
    }

    [Fact]
    public async Task A_redirect_into_a_disallowed_path_is_checked_against_robots_txt()
    {
        _server.MapText("/robots.txt", "text/plain", "User-agent: sitrep\nDisallow: /private/\n");
        _server.Map("/go", ctx => Redirect(ctx, "/private/b.html"));
        using var fetcher = new HttpFetcher(Local);
        Assert.StartsWith("disallowed by robots.txt", (await fetcher.FetchAsync(_server.Url("/go"))).Error);
        Assert.Equal(0, _server.Count("/private/b.html"));
    }

    [Fact]
    public async Task An_unreachable_robots_txt_means_nothing_is_fetched_from_that_host()
    {
        _server.MapStatus("/robots.txt", 500);
        _server.MapText("/a.html", "text/html", "<html></html>");
        using var fetcher = new HttpFetcher(Local with { Retries = 0 });
        Assert.Contains("could not be read (HTTP 500", (await fetcher.FetchAsync(_server.Url("/a.html"))).Error);
        Assert.Equal(0, _server.Count("/a.html"));
    }

    [Fact]
    public async Task Requests_to_one_host_respect_the_concurrency_limit_and_the_delay()
    {
        _server.Map("/p", async ctx =>
        {
            await Task.Delay(50);
            await ctx.Response.WriteAsync("ok");
        });
        using var fetcher = new HttpFetcher(Local with { HostConcurrency = 1, HostDelay = TimeSpan.FromMilliseconds(150), RespectRobots = false });
        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => fetcher.FetchAsync(_server.Url("/p"))));
        Assert.All(results, r => Assert.True(r.Ok, r.Error));
        Assert.Equal(1, _server.MaxInFlight);
        var starts = _server.Requests.Select(r => r.At).Order().ToList();
        for (var i = 1; i < starts.Count; i++)
        {
            // Spacing is a lower bound the gate guarantees (less a little clock granularity), not a speed target.
            Assert.True(starts[i] - starts[i - 1] >= TimeSpan.FromMilliseconds(140), $"requests {i - 1} and {i} started {(starts[i] - starts[i - 1]).TotalMilliseconds} ms apart");
        }
    }

    private static Task Redirect(HttpContext ctx, string location)
    {
        ctx.Response.StatusCode = 302;
        ctx.Response.Headers.Location = location;
        return Task.CompletedTask;
    }
}
