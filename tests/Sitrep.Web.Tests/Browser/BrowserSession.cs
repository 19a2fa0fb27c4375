using Microsoft.Playwright;
using Sitrep.Web.Tests.Support;

namespace Sitrep.Web.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright (no browser download) against the dashboard on a loopback port. It records
/// every dialog, every request and every console error, so tests can prove that hostile report text ran nothing.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private static readonly string[] Flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page, string baseUrl)
    {
        _playwright = playwright;
        _browser = browser;
        Page = page;
        BaseUrl = baseUrl;
        page.Dialog += (_, dialog) =>
        {
            Dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };
        page.Request += (_, request) => Requests.Add(request.Url);
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                ConsoleErrors.Add(message.Text);
            }
        };
    }

    public IPage Page { get; }

    public string BaseUrl { get; }

    public List<string> Dialogs { get; } = [];

    public List<string> Requests { get; } = [];

    public List<string> ConsoleErrors { get; } = [];

    public static async Task<BrowserSession> OpenAsync(string baseUrl)
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = ChromiumFactAttribute.Executable, Headless = true, Args = Flags });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1280, Height = 800 } });
        // Generous: the whole suite runs test projects in parallel on two cores, and a waiting test fails only on timeout.
        page.SetDefaultTimeout(120_000);
        return new BrowserSession(playwright, browser, page, baseUrl);
    }

    /// <summary>Opens a dashboard route (#/...) and waits until the view has rendered.</summary>
    public async Task GoAsync(string hash)
    {
        await Page.GotoAsync($"{BaseUrl}/{hash}");
        await WaitForViewAsync(hash);
    }

    public Task WaitForViewAsync(string hash) =>
        Page.WaitForFunctionAsync("h => document.body.dataset.ready === h", hash);

    /// <summary>Saves a screenshot in the test output folder (screenshots/NAME.png) and returns its path.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var dir = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name + ".png");
        await Page.ScreenshotAsync(new() { Path = path, FullPage = false });
        return path;
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
