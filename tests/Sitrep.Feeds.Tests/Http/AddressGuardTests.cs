using System.Net;
using Microsoft.AspNetCore.Http;
using Sitrep.Feeds.Http;
using Sitrep.Feeds.Tests.Support;
using Xunit;

namespace Sitrep.Feeds.Tests.Http;

/// <summary>
/// The address guard at connect time. Only loopback addresses are used: 127.0.0.1 and 127.0.0.2 (both on the
/// loopback interface) and the name localhost, resolved locally.
/// </summary>
public sealed class AddressGuardTests
{
    [Theory]
    [InlineData("127.0.0.1", "refused: 127.0.0.1 is a loopback address (--allow-private allows it)")]
    [InlineData("localhost", "refused: localhost is ")]
    public async Task By_default_loopback_is_refused_before_any_request_is_sent(string host, string expected)
    {
        await using var server = await LocalServer.StartAsync();
        server.MapText("/a.html", "text/html", "<html></html>");
        using var fetcher = new HttpFetcher(HttpFetcherTests.Local with { Addresses = AddressRules.PublicOnly });
        var url = new UriBuilder(server.Url("/a.html")) { Host = host }.Uri;
        var result = await fetcher.FetchAsync(url);
        Assert.True(result.Refused);
        Assert.StartsWith(expected, result.Error);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Every_redirect_hop_is_checked_again()
    {
        await using var allowed = await LocalServer.StartAsync("127.0.0.1");
        await using var forbidden = await LocalServer.StartAsync("127.0.0.2");
        forbidden.MapText("/secret", "text/plain", "metadata");
        allowed.Map("/jump", ctx =>
        {
            ctx.Response.StatusCode = 301;
            ctx.Response.Headers.Location = forbidden.Url("/secret").AbsoluteUri;
            return Task.CompletedTask;
        });

        // A policy that lets only 127.0.0.1 through stands in for "public": the hop to 127.0.0.2 must be refused.
        AddressRule onlyFirst = a => a.Equals(IPAddress.Parse("127.0.0.1")) ? null : "not the allowed test address";
        using var fetcher = new HttpFetcher(HttpFetcherTests.Local with { Addresses = onlyFirst });
        var result = await fetcher.FetchAsync(allowed.Url("/jump"));
        Assert.True(result.Refused);
        Assert.Equal("refused: 127.0.0.2 is not the allowed test address (--allow-private allows it)", result.Error);
        Assert.Equal(1, allowed.Count("/jump"));
        Assert.Empty(forbidden.Requests);
    }

    [Fact]
    public async Task Allow_private_reaches_local_servers()
    {
        await using var server = await LocalServer.StartAsync();
        server.MapText("/a.html", "text/html", "<html>hello</html>");
        using var fetcher = new HttpFetcher(HttpFetcherTests.Local);
        var result = await fetcher.FetchAsync(new UriBuilder(server.Url("/a.html")) { Host = "localhost" }.Uri);
        Assert.True(result.Ok, result.Error);
    }

    [Fact]
    public async Task Only_http_and_https_are_fetched()
    {
        using var fetcher = new HttpFetcher(HttpFetcherTests.Local);
        Assert.Equal("unsupported scheme 'file' (only http and https)", (await fetcher.FetchAsync(new Uri("file:///etc/hostname"))).Error);
    }
}
