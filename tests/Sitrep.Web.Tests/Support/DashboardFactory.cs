using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Sitrep.Web.Tests.Support;

/// <summary>The real application over a real SQLite file, configured as <c>sitrep serve --db FILE [--ingest-token T]</c>.</summary>
public sealed class DashboardFactory(string db, string? ingestToken = null) : WebApplicationFactory<DashboardOptions>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseContentRoot(AppContext.BaseDirectory);
        builder.UseSetting($"{DashboardOptions.Section}:Db", db);
        if (ingestToken is not null)
        {
            builder.UseSetting($"{DashboardOptions.Section}:IngestToken", ingestToken);
        }
    }

    /// <summary>Starts Kestrel on a free loopback port (for the browser) and returns its address.</summary>
    public string StartOnLoopback()
    {
        UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        StartServer();
        return Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
    }
}
