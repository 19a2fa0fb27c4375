using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sitrep.Store;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>The read API in process over a real SQLite store holding the fixture reports.</summary>
public sealed class ReadApiTests(StoreFixture store) : FixtureStoreTests(store)
{
    private async Task<JsonElement> GetJson(string url)
    {
        using var client = Factory.CreateClient();
        var response = await client.GetAsync(url);
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    [Fact]
    public async Task Events_are_paged_with_the_total_of_all_matches()
    {
        var expected = Store.Reports.Sum(r => r.Events.Count);
        var first = await GetJson("/api/events?page=1&page_size=2");
        var last = await GetJson($"/api/events?page=2&page_size={expected - 1}");

        Assert.Equal(expected, first.GetProperty("total").GetInt32());
        Assert.Equal(2, first.GetProperty("items").GetArrayLength());
        Assert.Equal(1, last.GetProperty("items").GetArrayLength());
        Assert.Equal($"{Key(first, 0)}", (await GetJson($"/api/events/{Key(first, 0)}")).GetProperty("event").GetProperty("key").GetString());
    }

    [Theory]
    [InlineData("type=military")]
    [InlineData("type=military.strike")]
    [InlineData("actor=Turk")]
    [InlineData("place=Kobani")]
    [InlineData("actor=israel")]
    [InlineData("place=Tanf")]
    [InlineData("status=historical")]
    [InlineData("from=2026-02&to=2026-02-10")]
    [InlineData("outlet=press")]
    public async Task Event_filters_select_what_sitrep_search_selects(string query)
    {
        var api = await GetJson($"/api/events?{query}&page_size=5000");
        var parameters = query.Split('&').Select(p => p.Split('=')).ToDictionary(p => p[0], p => p[1]);
        await using var db = await ReportStoreFactory.OpenAsync(Store.Db);
        var hits = await db.SearchAsync(new SearchQuery("")
        {
            Type = parameters.GetValueOrDefault("type"), Actor = parameters.GetValueOrDefault("actor"), Place = parameters.GetValueOrDefault("place"),
            Status = parameters.GetValueOrDefault("status"), From = parameters.GetValueOrDefault("from"), To = parameters.GetValueOrDefault("to"),
            Outlet = parameters.GetValueOrDefault("outlet"), Limit = 5000,
        });

        var fromApi = api.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("report_id").GetInt64(), e.GetProperty("fact").GetProperty("id").GetString())).Order().ToList();
        var fromSearch = hits.Where(h => h.Kind == "event").Select(h => (h.StoreId, h.EventId)).Order().ToList();
        Assert.NotEmpty(fromSearch);
        Assert.Equal(fromSearch, fromApi);
    }

    [Theory]
    [InlineData("date")]
    [InlineData("-date")]
    public async Task Events_can_be_ordered_by_date_either_way(string order)
    {
        var all = await GetJson("/api/events?page_size=5000");
        var sorted = await GetJson($"/api/events?order={order}&page_size=5000");
        var dates = sorted.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("date").GetString()!).ToList();
        var expected = order == "date" ? dates.Order(StringComparer.Ordinal) : dates.OrderDescending(StringComparer.Ordinal);

        Assert.Equal(all.GetProperty("total").GetInt32(), dates.Count);
        Assert.Equal(expected, dates);
        Assert.NotEqual(dates.First(), dates.Last());
    }

    [Fact]
    public async Task A_report_has_its_body_and_evidence_offsets_point_into_it()
    {
        var list = await GetJson("/api/reports?page_size=50");
        Assert.Equal(Store.Reports.Count, list.GetProperty("total").GetInt32());
        foreach (var item in list.GetProperty("items").EnumerateArray())
        {
            var detail = await GetJson($"/api/reports/{item.GetProperty("id").GetInt64()}");
            var body = detail.GetProperty("body").GetString()!;
            foreach (var e in detail.GetProperty("events").EnumerateArray())
            {
                var evidence = e.GetProperty("fact").GetProperty("evidence");
                var (start, end) = (evidence.GetProperty("start").GetInt32(), evidence.GetProperty("end").GetInt32());
                Assert.Equal(evidence.GetProperty("sentence").GetString(), body[start..end]);
            }

            foreach (var f in detail.GetProperty("framing").EnumerateArray())
            {
                var term = f.GetProperty("term").GetString()!;
                Assert.Equal(term, body.Substring(f.GetProperty("start").GetInt32(), term.Length), ignoreCase: true);
            }
        }
    }

    [Fact]
    public async Task An_event_inside_an_agreed_zone_is_marked_and_the_zone_filter_finds_it()
    {
        var zones = await GetJson("/api/zones");
        var inZone = await GetJson("/api/events?zone=undof_area_of_separation");
        var tanf = await GetJson("/api/events?place=al_tanf_garrison");

        Assert.Equal("FeatureCollection", zones.GetProperty("type").GetString());
        var buffer = Assert.Single(inZone.GetProperty("items").EnumerateArray());
        Assert.Equal("jubata_al_khashab", buffer.GetProperty("fact").GetProperty("location").GetProperty("id").GetString());
        Assert.All(tanf.GetProperty("items").EnumerateArray(), e => Assert.Contains("al_tanf_55km_deconfliction_zone", e.GetProperty("zones").EnumerateArray().Select(z => z.GetString())));
    }

    [Fact]
    public async Task An_installation_page_shows_its_register_history_sources_and_the_facts_naming_it()
    {
        var page = await GetJson("/api/installations/al_tanf_garrison");
        var history = page.GetProperty("installation").GetProperty("history").EnumerateArray().ToList();

        Assert.Equal(2, history.Count);
        Assert.Equal("US-led coalition", history[0].GetProperty("operator").GetString());
        Assert.Equal("2026-02-12", history[1].GetProperty("from").GetString());
        Assert.NotEmpty(page.GetProperty("installation").GetProperty("sources").EnumerateArray());
        Assert.Equal(["military.incursion", "military.withdrawal"], page.GetProperty("events").EnumerateArray().Select(e => e.GetProperty("fact").GetProperty("type").GetString()).Order());
        Assert.Single(page.GetProperty("reports").EnumerateArray());
    }

    [Fact]
    public async Task Outlets_are_compared_by_reports_facts_and_framing()
    {
        var outlets = (await GetJson("/api/outlets")).EnumerateArray().ToDictionary(o => o.GetProperty("name").GetString()!);

        Assert.Equal(2, outlets["Reuters"].GetProperty("reports").GetInt32());
        Assert.Equal(1, outlets["Press TV"].GetProperty("reports_with_framing").GetInt32());
        Assert.Equal(1.0, outlets["Press TV"].GetProperty("framing_rate").GetDouble());
        Assert.Equal(0.0, outlets["Reuters"].GetProperty("framing_rate").GetDouble());
        Assert.True(outlets["Press TV"].GetProperty("knowledge").GetProperty("state_affiliated").GetBoolean());
    }

    [Fact]
    public async Task Search_runs_the_store_full_text_search_with_filters()
    {
        var hits = await GetJson("/api/search?q=checkpoint&page_size=10");
        var filtered = await GetJson("/api/search?q=checkpoint&outlet=reuters");

        Assert.Contains(hits.GetProperty("items").EnumerateArray(), h => h.GetProperty("snippet").GetString()!.Contains("[checkpoint]", StringComparison.Ordinal));
        Assert.Empty(filtered.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task The_openapi_document_describes_the_read_endpoints()
    {
        var doc = await GetJson("/openapi/v1.json");
        var paths = doc.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.StartsWith("3.", doc.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        foreach (var path in new[] { "/api/reports", "/api/reports/{id}", "/api/events", "/api/events/{key}", "/api/entities", "/api/installations", "/api/installations/{id}", "/api/outlets", "/api/zones", "/api/search" })
        {
            Assert.Contains(path, paths);
        }
    }

    private static string Key(JsonElement page, int index) => page.GetProperty("items")[index].GetProperty("key").GetString()!;
}
