using Microsoft.Playwright;
using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Browser;

/// <summary>The dashboard in a real browser, served by Kestrel on a loopback port over the fixture store.</summary>
public sealed class DashboardBrowserTests(StoreFixture store) : FixtureStoreTests(store)
{
    [ChromiumFact]
    public async Task The_map_draws_zones_and_markers_and_a_click_opens_the_story()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/map");
        var markers = browser.Page.Locator("path.event-marker");
        await markers.First.WaitForAsync();
        var located = Store.Reports.SelectMany(r => r.Events).Count(e => e.Location?.Lat is not null);

        Assert.Equal(located, await markers.CountAsync());
        Assert.True(await browser.Page.Locator("path.in-zone").CountAsync() >= 1);
        Assert.True(await browser.Page.Locator("path.installation-marker").CountAsync() > 50);
        var stories = new List<string>();
        foreach (var marker in await browser.Page.Locator("path.in-zone").AllAsync())
        {
            await marker.ClickAsync(new() { Force = true });
            var story = browser.Page.Locator("#panel .story");
            await story.WaitForAsync();
            stories.Add(await story.InnerTextAsync());
        }

        Assert.True(stories.Any(s => s.Contains("Jubata al-Khashab", StringComparison.Ordinal) && s.Contains("undof_area_of_separation", StringComparison.Ordinal)), string.Join("\n---\n", stories));
        Assert.Contains(stories, s => s.Contains("al-Tanf", StringComparison.Ordinal) && s.Contains("al_tanf_55km_deconfliction_zone", StringComparison.Ordinal));
        await browser.ScreenshotAsync("map-story");
        Assert.Empty(browser.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task A_report_shows_its_body_with_evidence_highlighted_and_loaded_terms_marked()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/reports");
        await browser.Page.GetByText("Zionist entity bombs depot near Kisweh").ClickAsync();
        await browser.Page.Locator("#report-body").WaitForAsync();

        var evidence = browser.Page.Locator("#report-body .evidence");
        var framing = browser.Page.Locator("#report-body mark.framing");
        Assert.True(await evidence.CountAsync() >= 2);
        Assert.Equal(["Zionist entity", "Israeli regime"], await framing.AllInnerTextsAsync());
        Assert.Equal(["[Israel]", "[Israel]"], (await browser.Page.Locator("#report-body .neutral").AllInnerTextsAsync()).Select(t => t.Trim()));
        await browser.ScreenshotAsync("report");
        Assert.Empty(browser.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task Search_from_the_form_lists_hits_with_the_matches_marked()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/search");
        await browser.Page.FillAsync("#search-q", "checkpoint");
        await browser.Page.Locator("form.filters button").ClickAsync();
        await browser.WaitForViewAsync("#/search?q=checkpoint");

        var hits = browser.Page.Locator("ol.hits li");
        Assert.True(await hits.CountAsync() >= 1);
        Assert.Contains("checkpoint", await browser.Page.Locator("ol.hits mark").AllInnerTextsAsync());
        await browser.ScreenshotAsync("search");
    }

    [ChromiumFact]
    public async Task Timeline_installation_and_outlet_views_show_the_stored_facts()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/timeline?type=military&outlet=reuters");
        var timeline = await browser.Page.Locator(".timeline .event").CountAsync();
        await browser.ScreenshotAsync("timeline");
        await browser.GoAsync("#/installation/al_tanf_garrison");
        var history = await browser.Page.Locator(".installation table.grid tbody tr").AllInnerTextsAsync();
        var facts = await browser.Page.Locator(".installation .event").CountAsync();
        await browser.ScreenshotAsync("installation");
        await browser.GoAsync("#/entities?type=installation");
        var entities = await browser.Page.Locator("table.grid tbody tr").AllInnerTextsAsync();
        await browser.ScreenshotAsync("entities");
        await browser.GoAsync("#/outlets");
        var outlets = await browser.Page.Locator("table.grid tbody tr").AllInnerTextsAsync();
        await browser.ScreenshotAsync("outlets");

        Assert.Equal(Store.Reports.Where(r => r.Document.Outlet == "Reuters").SelectMany(r => r.Events).Count(e => e.Type.StartsWith("military.", StringComparison.Ordinal)), timeline);
        Assert.Equal(2, history.Count);
        Assert.StartsWith("US-led coalition", history[0], StringComparison.Ordinal);
        Assert.Equal(2, facts);
        Assert.Contains(outlets, o => o.StartsWith("Press TV", StringComparison.Ordinal) && o.Contains("1 (100%)", StringComparison.Ordinal));
        Assert.Contains(entities, e => e.StartsWith("al-Tanf garrison", StringComparison.Ordinal));
        Assert.All(entities, e => Assert.Contains("installation", e, StringComparison.Ordinal));
        Assert.Empty(browser.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task Hostile_report_text_is_shown_as_text_and_runs_nothing()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        var hostile = Store.Reports.Single(r => r.Document.Body.Contains("<script>", StringComparison.Ordinal));
        Assert.Contains("onerror=", hostile.Document.Body, StringComparison.Ordinal);

        await browser.GoAsync("#/reports");
        await browser.Page.Locator("a", new() { HasTextString = "Turkish drones strike" }).ClickAsync();
        await browser.Page.Locator("#report-body").WaitForAsync();
        var shown = await browser.Page.Locator("#report-body").InnerTextAsync();
        await browser.ScreenshotAsync("hostile-report");
        await browser.GoAsync("#/timeline");
        await browser.GoAsync("#/search?q=drones");
        await browser.GoAsync("#/map");
        await browser.Page.Locator("path.event-marker").First.WaitForAsync();
        foreach (var marker in await browser.Page.Locator("path.event-marker").AllAsync())
        {
            await marker.HoverAsync(new() { Force = true });
        }

        Assert.Contains("<img src=x onerror=", shown, StringComparison.Ordinal);
        Assert.Contains("<script>window.__pwned = 'body'; alert('pwned')</script>", shown, StringComparison.Ordinal);
        Assert.Equal(0, await browser.Page.Locator("#view script, #view img").CountAsync());
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        Assert.Empty(browser.Dialogs);
        Assert.DoesNotContain(browser.Requests, u => u.Contains("pwned", StringComparison.Ordinal) || u.EndsWith("/x", StringComparison.Ordinal));
    }
}
