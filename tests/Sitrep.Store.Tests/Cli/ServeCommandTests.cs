using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Cli;

/// <summary>`sitrep serve` as a user runs it: the built command line, a real port on 127.0.0.1, then Ctrl+C.</summary>
public sealed class ServeCommandTests
{
    [Fact]
    public async Task Serve_prints_its_address_and_answers_the_api_over_the_stored_reports()
    {
        using var temp = new TempFolder();
        var db = temp.File("serve.db");
        var demo = StoreCli.Run(["demo", "--no-serve", "--db", db], temp.Path);
        Assert.Equal(0, demo.ExitCode);
        var url = $"http://127.0.0.1:{FreePort()}";
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = temp.Path };
        foreach (var a in new[] { Path.Combine(AppContext.BaseDirectory, "sitrep.dll"), "serve", "--db", db, "--urls", url })
        {
            info.ArgumentList.Add(a);
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromMinutes(2));
            using var client = new HttpClient { BaseAddress = new Uri(url) };
            using var reports = JsonDocument.Parse(await client.GetStringAsync("/api/reports"));
            var page = await client.GetAsync("/");
            var write = await client.PostAsync("/api/reports", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"));
            using var stories = JsonDocument.Parse(await client.GetStringAsync("/api/stories"));

            Assert.Equal($"Dashboard: {url}/ (read-only; Ctrl+C to stop)", line);
            var samples = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "samples")).Length;
            Assert.Equal(samples, reports.RootElement.GetProperty("total").GetInt32());
            Assert.Equal(HttpStatusCode.OK, page.StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, write.StatusCode);
            // demo ran the corpus analysis before serving, so the stories come from it.
            var analysed = System.Text.RegularExpressions.Regex.Match(demo.Stdout, @"Analysed: stories (\d+),");
            Assert.True(analysed.Success, demo.Stdout);
            Assert.Equal("corpus", stories.RootElement.GetProperty("analysis").GetString());
            Assert.Equal(int.Parse(analysed.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture), stories.RootElement.GetProperty("total").GetInt32());
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public void Serve_refuses_an_address_that_is_not_http_in_one_line()
    {
        using var temp = new TempFolder();
        var run = StoreCli.Run(["serve", "--db", temp.File("x.db"), "--urls", "localhost"], temp.Path);

        Assert.Equal((1, "sitrep: --urls 'localhost' is not an address such as http://127.0.0.1:5080\n"), (run.ExitCode, run.Stderr));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
