using Sitrep.Web.Tests.Support;
using Xunit;

namespace Sitrep.Web.Tests.Browser;

/// <summary>The dashboard over an analysed store, in Debian's Chromium: stories, agreements, registers, contradictions.</summary>
public sealed class CorpusBrowserTests(AnalysedStoreFixture store) : AnalysedStoreTests(store)
{
    [ChromiumFact]
    public async Task A_marker_click_opens_the_story_with_mentions_from_both_reports()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/map?type=military.strike&place=Deir%20ez-Zor");
        var markers = browser.Page.Locator("path.event-marker");
        await markers.First.WaitForAsync();
        await markers.First.ClickAsync(new() { Force = true });
        var story = browser.Page.Locator("#panel .corpus-story");
        await story.WaitForAsync();
        var mentions = await story.Locator(".mention .meta").AllInnerTextsAsync();
        var text = await story.InnerTextAsync();
        await browser.ScreenshotAsync("map-corpus-story");

        Assert.Equal(2, await markers.CountAsync());
        Assert.Equal(2, mentions.Count);
        Assert.Contains(mentions, m => m.StartsWith("Reuters", StringComparison.Ordinal));
        Assert.Contains(mentions, m => m.StartsWith("Agence France-Presse", StringComparison.Ordinal));
        Assert.Contains("2 independent outlets", text, StringComparison.Ordinal);
        Assert.Contains("corpus analysis", text, StringComparison.Ordinal);
        Assert.Empty(browser.ConsoleErrors);

        await story.Locator(".mention a").First.ClickAsync();
        await browser.Page.Locator("#report-body").WaitForAsync();
        Assert.Contains("Deir ez-Zor", await browser.Page.Locator("#report-body").InnerTextAsync(), StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task The_agreements_page_shows_the_stage_history_with_its_sources()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/agreements");
        var agreement = browser.Page.Locator(".agreement");
        var text = await agreement.InnerTextAsync();
        var stages = await agreement.Locator("table.grid tbody tr").AllInnerTextsAsync();
        await browser.ScreenshotAsync("agreements");

        Assert.Equal(1, await agreement.CountAsync());
        Assert.Contains("ceasefire", text, StringComparison.Ordinal);
        Assert.Contains("Qatar", text, StringComparison.Ordinal);
        var stage = Assert.Single(stages);
        Assert.Contains("signed", stage, StringComparison.Ordinal);
        Assert.Contains("Associated Press 2026-04-20", stage, StringComparison.Ordinal);
        Assert.Empty(browser.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task Installation_and_contradiction_pages_show_the_corpus_registers()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        await browser.GoAsync("#/installation/al_tanf_garrison");
        var register = await browser.Page.Locator(".installation .register table.grid tbody tr").AllInnerTextsAsync();
        await browser.ScreenshotAsync("installation-register");
        await browser.GoAsync("#/contradictions");
        var heading = await browser.Page.Locator(".contradictions h1").InnerTextAsync();
        await browser.GoAsync("#/outlets");
        var reuters = await browser.Page.Locator("table.grid tbody tr", new() { HasTextString = "Reuters" }).Locator("td").AllInnerTextsAsync();
        var headers = await browser.Page.Locator("table.grid thead th").AllInnerTextsAsync();
        await browser.GoAsync("#/stories?min=2");
        var stories = await browser.Page.Locator("table.grid tbody tr").AllInnerTextsAsync();
        await browser.ScreenshotAsync("stories");

        Assert.Contains(register, r => r.Contains("2026-03-02", StringComparison.Ordinal) && r.Contains("withdrawn", StringComparison.Ordinal) && r.Contains("Reuters", StringComparison.Ordinal));
        Assert.Contains(register, r => r.Contains("knowledge base", StringComparison.Ordinal));
        Assert.Equal("Contradictions", heading);
        Assert.Equal(["Stories", "Corroborated stories", "Single-source stories"], headers.TakeLast(3));
        var stored = Store.Reports.Where(r => r.Document.Outlet == "Reuters").Sum(r => r.Events.Count);
        Assert.StartsWith("1 (", reuters[^2], StringComparison.Ordinal);
        var told = int.Parse(reuters[^3], System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(told, 2, stored);
        var story = Assert.Single(stories);
        Assert.Contains("military.strike by Israel at Deir ez-Zor", story, StringComparison.Ordinal);
        Assert.Empty(browser.ConsoleErrors);
    }

    [ChromiumFact]
    public async Task A_story_of_the_hostile_report_shows_its_payload_as_text()
    {
        await using var browser = await BrowserSession.OpenAsync(Factory.StartOnLoopback());
        var stories = await browser.Page.APIRequest.GetAsync($"{browser.BaseUrl}/api/stories?place=Kobani");
        var id = Assert.Single((await stories.JsonAsync())!.Value.GetProperty("items").EnumerateArray()).GetProperty("id").GetString();
        await browser.GoAsync($"#/story/{id}");
        var shown = await browser.Page.Locator(".corpus-story").InnerTextAsync();

        Assert.Contains("<img src=x onerror=", shown, StringComparison.Ordinal);
        Assert.Equal(0, await browser.Page.Locator("#view script, #view img").CountAsync());
        Assert.True(await browser.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"));
        Assert.Empty(browser.Dialogs);
        Assert.DoesNotContain(browser.Requests, u => u.Contains("pwned", StringComparison.Ordinal));
    }
}
