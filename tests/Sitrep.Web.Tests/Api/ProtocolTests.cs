using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>What HTTP clients rely on: problem details, ETags, security headers, and ingest only with the token.</summary>
public sealed class ProtocolTests(StoreFixture store) : IClassFixture<StoreFixture>, IDisposable
{
    private const string Token = "test-token-4f1c";
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("/api/reports/999999", 404, "no report with id 999999")]
    [InlineData("/api/events/77-0", 404, "no event with key '77-0'")]
    [InlineData("/api/installations/no_such_base", 404, "no installation with id 'no_such_base'")]
    [InlineData("/api/events?page_size=0", 400, "page_size '0' must be between 1 and 5000")]
    [InlineData("/api/events?page=0", 400, "page '0' must be 1 or more")]
    [InlineData("/api/events?order=newest", 400, "order 'newest' is not one of stored, date, -date")]
    [InlineData("/api/events?from=March", 400, "from 'March' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("/api/search?q=x&status=rumoured", 400, "status 'rumoured' is not one of completed, ongoing, planned, speculative, alleged, denied, historical")]
    public async Task Errors_are_problem_details_naming_the_input(string url, int status, string detail)
    {
        using var factory = new DashboardFactory(store.Db);
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_malformed_number_is_a_problem_too()
    {
        using var factory = new DashboardFactory(store.Db);
        using var client = factory.CreateClient();
        var response = await client.GetAsync("/api/events?page=abc");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Read_endpoints_answer_304_to_a_matching_etag_until_the_content_changes()
    {
        using var factory = new DashboardFactory(store.Copy(_temp), Token);
        using var client = factory.CreateClient();
        var first = await client.GetAsync("/api/events?type=military");
        var tag = first.Headers.ETag;
        var again = await Conditional(client, "/api/events?type=military", tag!);
        var otherQuery = await Conditional(client, "/api/events?type=diplomacy", tag!);
        var ingested = await Post(client, Token, new { source = "https://example.org/kobani-2", text = "Reuters\n\nTurkish drones hit Kobani again\n\nJanuary 9, 2026\n\nTurkish drones struck a checkpoint near Kobani on Thursday, the Syrian Democratic Forces said.\n" });
        var after = await Conditional(client, "/api/events?type=military", tag!);

        Assert.NotNull(tag);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, otherQuery.StatusCode);
        Assert.Equal(HttpStatusCode.Created, ingested.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(tag, after.Headers.ETag);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/js/app.js")]
    [InlineData("/api/outlets")]
    [InlineData("/api/reports/999999")]
    public async Task Every_response_carries_a_strict_content_security_policy(string url)
    {
        using var factory = new DashboardFactory(store.Db);
        using var client = factory.CreateClient();
        var response = await client.GetAsync(url);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'self'", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-eval", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Without_a_configured_token_the_server_is_read_only()
    {
        using var factory = new DashboardFactory(store.Copy(_temp));
        using var client = factory.CreateClient();
        var response = await Post(client, "anything", new { source = "x", text = "Reuters\n\nA title\n\nTurkish drones struck Kobani on Sunday.\n" });
        var reports = await client.GetFromJsonAsync<JsonElement>("/api/reports");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(store.Reports.Count, reports.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-token")]
    public async Task Ingest_needs_the_bearer_token(string? given)
    {
        using var factory = new DashboardFactory(store.Copy(_temp), Token);
        using var client = factory.CreateClient();
        var response = await Post(client, given, new { source = "x", text = "Reuters\n\nA title\n\nTurkish drones struck Kobani on Sunday.\n" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", Assert.Single(response.Headers.WwwAuthenticate).Scheme);
    }

    [Fact]
    public async Task An_ingested_report_is_stored_served_and_idempotent()
    {
        using var factory = new DashboardFactory(store.Copy(_temp), Token);
        using var client = factory.CreateClient();
        var body = new { source = "https://example.org/deir-hafer", text = "Associated Press\n\nArmy retakes Deir Hafer\n\nJanuary 20, 2026\n\nSyrian army troops took control of the town of Deir Hafer east of Aleppo on Monday, the defence ministry said.\n" };
        var created = await Post(client, Token, body);
        var result = await created.Content.ReadFromJsonAsync<JsonElement>();
        var again = await Post(client, Token, body);
        var changed = await Post(client, Token, body with { text = body.text.Replace("on Monday", "on Sunday", StringComparison.Ordinal) });
        var empty = await Post(client, Token, new { source = "y", text = "   " });

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("new", result.GetProperty("status").GetString());
        var report = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        Assert.Equal("Army retakes Deir Hafer", report.GetProperty("report").GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal("unchanged", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var version = await changed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("new_version", 2), (version.GetProperty("status").GetString(), version.GetProperty("version").GetInt32()));
        var first = await client.GetFromJsonAsync<JsonElement>(created.Headers.Location!.ToString());
        var list = await client.GetFromJsonAsync<JsonElement>("/api/reports");
        Assert.Equal(1, first.GetProperty("report").GetProperty("version").GetInt32());
        Assert.Equal(store.Reports.Count + 1, list.GetProperty("total").GetInt32());
        Assert.Equal(version.GetProperty("id").GetInt64(), list.GetProperty("items")[0].GetProperty("id").GetInt64());
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
    }

    private static async Task<HttpResponseMessage> Conditional(HttpClient client, string url, EntityTagHeaderValue tag)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(tag);
        return await client.SendAsync(request);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string? token, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/reports") { Content = JsonContent.Create(body) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return await client.SendAsync(request);
    }
}
