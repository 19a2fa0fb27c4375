using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Sitrep.Store;
using Sitrep.Store.Corpus;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Api;

/// <summary>The corpus-level API in process over a real SQLite store that was ingested in several runs and analysed.</summary>
public sealed class CorpusApiTests(AnalysedStoreFixture store) : AnalysedStoreTests(store)
{
    private Task<JsonElement> GetJson(string url) => Factory.GetOkJsonAsync(url);

    private async Task<JsonElement> DeirStrike()
    {
        var page = await GetJson("/api/stories?type=military.strike&place=Deir");
        Assert.Equal("corpus", page.GetProperty("analysis").GetString());
        return Assert.Single(page.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task A_story_merges_the_reports_of_two_outlets_sent_in_separate_runs()
    {
        var story = await DeirStrike();
        var mentions = story.GetProperty("mentions").EnumerateArray().ToList();
        var byId = await GetJson($"/api/stories/{story.GetProperty("id").GetString()}");

        Assert.Equal(2, story.GetProperty("corroboration").GetInt64());
        Assert.Equal(["Agence France-Presse", "Reuters"], story.GetProperty("independent_outlets").EnumerateArray().Select(o => o.GetString()));
        Assert.DoesNotContain("single_source", story.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(2, mentions.Select(m => m.GetProperty("report_id").GetInt64()).Distinct().Count());
        Assert.Equal(story.GetRawText(), byId.GetRawText());
        // Each run counted corroboration on its own: only the analysis relates the two reports.
        Assert.All(Store.Reports.Where(r => r.Document.Title?.Contains("Deir ez-Zor", StringComparison.Ordinal) ?? false).SelectMany(r => r.Events),
            e => Assert.Equal(1, e.Corroboration));
        foreach (var m in mentions)
        {
            var e = await GetJson($"/api/events/{m.GetProperty("event_key").GetString()}");
            Assert.Equal(m.GetProperty("evidence").GetString(), e.GetProperty("event").GetProperty("fact").GetProperty("evidence").GetProperty("sentence").GetString());
        }
    }

    [Fact]
    public async Task Located_events_link_to_their_story_and_its_corroboration()
    {
        var story = await DeirStrike();
        var events = await GetJson("/api/events?place=Deir ez-Zor&type=military.strike&located=true");
        var items = events.GetProperty("items").EnumerateArray().ToList();

        Assert.Equal(2, items.Count);
        Assert.All(items, e =>
        {
            Assert.Equal(story.GetProperty("id").GetString(), e.GetProperty("story").GetProperty("id").GetString());
            Assert.Equal(2, e.GetProperty("story").GetProperty("corroboration").GetInt64());
            // The analysis also writes its corroboration back into the stored facts: one picture everywhere.
            Assert.Equal(2, e.GetProperty("fact").GetProperty("corroboration").GetInt32());
        });
    }

    [Fact]
    public async Task The_agreement_register_has_the_stage_mediator_and_sources()
    {
        var page = await GetJson("/api/agreements");
        var agreement = Assert.Single(page.GetProperty("items").EnumerateArray());
        var one = await GetJson($"/api/agreements/{agreement.GetProperty("id").GetString()}");
        var stage = Assert.Single(one.GetProperty("history").EnumerateArray());
        var source = Assert.Single(stage.GetProperty("sources").EnumerateArray());

        Assert.Equal("corpus", page.GetProperty("analysis").GetString());
        Assert.Equal("ceasefire", one.GetProperty("kind").GetString());
        Assert.Equal("Qatar", one.GetProperty("mediator").GetString());
        Assert.Equal("signed", one.GetProperty("stage").GetString());
        Assert.Contains("Syrian Democratic Forces", one.GetProperty("parties").GetString(), StringComparison.Ordinal);
        Assert.Equal("Associated Press", source.GetProperty("outlet").GetString());
        Assert.Contains("ceasefire agreement", source.GetProperty("evidence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_installation_page_has_the_registers_dated_cited_history()
    {
        var tanf = await GetJson("/api/installations/al_tanf_garrison");
        var register = tanf.GetProperty("register").EnumerateArray().ToList();
        var withdrawn = Assert.Single(register, r => r.GetProperty("status").GetString() == "withdrawn");

        Assert.Equal("corpus", tanf.GetProperty("analysis").GetString());
        Assert.Equal(JsonValueKind.Null, register[0].GetProperty("story_id").ValueKind);
        Assert.Equal("2026-03-02", withdrawn.GetProperty("date").GetString());
        Assert.Equal("United States", withdrawn.GetProperty("operator").GetString());
        Assert.Equal("Reuters", Assert.Single(withdrawn.GetProperty("sources").EnumerateArray()).GetProperty("outlet").GetString());
    }

    [Fact]
    public async Task Force_levels_contradictions_and_outlets_come_from_the_stored_analysis()
    {
        await using var db = await ReportStoreFactory.OpenAsync(Store.Db);
        var reader = (ICorpusReader)db;
        var levels = await GetJson("/api/force-levels");
        var contradictions = await GetJson("/api/contradictions");
        var outlets = await GetJson("/api/outlets");
        var reuters = outlets.EnumerateArray().Single(o => o.GetProperty("name").GetString() == "Reuters").GetProperty("analysis");

        Assert.Equal("corpus", levels.GetProperty("analysis").GetString());
        Assert.Equal((await reader.ForceLevelsAsync()).Count, levels.GetProperty("total").GetInt32());
        Assert.Equal((await reader.ContradictionsAsync()).Count, contradictions.GetProperty("total").GetInt32());
        Assert.Equal(Store.Reports.Count(r => r.Document.Outlet == "Reuters"), reuters.GetProperty("reports").GetInt64());
        Assert.Equal(1, reuters.GetProperty("corroborated_stories").GetInt32());
        Assert.True(reuters.GetProperty("stories").GetInt32() > 1);
    }

    [Fact]
    public async Task Stories_are_paged_filtered_and_validated_with_problem_details()
    {
        var all = await GetJson("/api/stories?page_size=5000");
        var second = await GetJson("/api/stories?page=2&page_size=1");
        var corroborated = await GetJson("/api/stories?min_corroboration=2");
        var single = await GetJson("/api/stories?flag=single_source&page_size=5000");
        using var client = Factory.CreateClient();
        var bad = await client.GetAsync("/api/stories?from=April");
        var missing = await client.GetAsync("/api/stories/story_0000");

        Assert.Equal(all.GetProperty("total").GetInt32(), second.GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("items")[1].GetProperty("id").GetString(), second.GetProperty("items")[0].GetProperty("id").GetString());
        Assert.Equal(1, corroborated.GetProperty("total").GetInt32());
        Assert.Equal(all.GetProperty("total").GetInt32() - 1, single.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal("application/problem+json", bad.Content.Headers.ContentType?.MediaType);
        Assert.Contains("from 'April' is not a date", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("no story with id 'story_0000'", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_story_list_revalidates_with_its_etag()
    {
        using var client = Factory.CreateClient();
        var first = await client.GetAsync("/api/stories");
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/stories");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        var second = await client.SendAsync(again);
        var other = await client.GetAsync("/api/agreements");

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);
    }
}

/// <summary>Without a stored analysis the corpus endpoints say so and fall back to the per-report approximations.</summary>
public sealed class CorpusFallbackTests(StoreFixture store) : FixtureStoreTests(store)
{
    [Fact]
    public async Task Without_an_analysis_answers_say_none_and_stories_group_facts_by_type_place_and_date()
    {
        using var client = Factory.CreateClient();
        var stories = await client.GetFromJsonAsync<JsonElement>("/api/stories?page_size=5000");
        var agreements = await client.GetFromJsonAsync<JsonElement>("/api/agreements");
        var tanf = await client.GetFromJsonAsync<JsonElement>("/api/installations/al_tanf_garrison");
        var events = await client.GetFromJsonAsync<JsonElement>("/api/events?page_size=5000");
        var facts = Store.Reports.Sum(r => r.Events.Count);
        var mentions = stories.GetProperty("items").EnumerateArray().Sum(s => s.GetProperty("mentions").GetArrayLength());
        var first = stories.GetProperty("items")[0];

        Assert.Equal("none", stories.GetProperty("analysis").GetString());
        Assert.Equal(facts, mentions);
        Assert.Equal(first.GetRawText(), (await client.GetFromJsonAsync<JsonElement>($"/api/stories/{first.GetProperty("id").GetString()}")).GetRawText());
        Assert.Equal("none", agreements.GetProperty("analysis").GetString());
        Assert.Equal(0, agreements.GetProperty("total").GetInt32());
        Assert.Equal("none", tanf.GetProperty("analysis").GetString());
        Assert.Equal(0, tanf.GetProperty("register").GetArrayLength());
        Assert.All(events.GetProperty("items").EnumerateArray(), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("story").ValueKind));
    }
}
