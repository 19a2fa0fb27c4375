using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Sitrep.Store;

namespace Sitrep.Web;

/// <summary>Runs the dashboard for <c>sitrep serve</c> and <c>sitrep demo</c>, over a store the caller has opened.</summary>
public static class DashboardHost
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Serves until cancelled; <paramref name="started"/> is told the addresses once the server listens.</summary>
    public static async Task RunAsync(IReportStore store, DashboardOptions options, string urls, Action<IReadOnlyList<string>> started, CancellationToken ct)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"{DashboardOptions.Section}:IngestToken"] = options.IngestToken,
            [$"{DashboardOptions.Section}:Data"] = options.DataDirectory,
        });
        builder.Logging.ClearProviders();
        // A start-up failure (address in use) reaches the caller, which prints it as one line: no logged stack trace.
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true).SetMinimumLevel(LogLevel.Warning).AddFilter("Microsoft.Extensions.Hosting", LogLevel.None);
        builder.Services.AddSingleton(store);
        builder.WebHost.UseUrls(urls);
        builder.AddSitrepDashboard();
        await using var app = builder.Build();
        app.MapSitrepDashboard();
        app.Lifetime.ApplicationStarted.Register(() =>
            started(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses.ToList() ?? []));
        await app.RunAsync(ct).ConfigureAwait(false);
    }

    /// <summary>True when every address of <paramref name="urls"/> is on the loopback interface.</summary>
    public static bool IsLoopbackOnly(string urls) => Addresses(urls).All(u => Parse(u) is Uri uri && (uri.IsLoopback || uri.Host == "[::1]"));

    /// <summary>The first address of <paramref name="urls"/> that is not an http:// or https:// address, or null.</summary>
    public static string? FirstInvalid(string urls)
    {
        var all = Addresses(urls);
        return all.Length == 0 ? urls : all.FirstOrDefault(u => Parse(u) is not { Scheme: "http" or "https" });
    }

    private static string[] Addresses(string urls) => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Kestrel's wildcard hosts (* and +) mean every interface.
    private static Uri? Parse(string url) =>
        Uri.TryCreate(url.Replace("*", "0.0.0.0", StringComparison.Ordinal).Replace("+", "0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri) ? uri : null;
}
