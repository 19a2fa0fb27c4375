using System.Diagnostics;
using System.Text;

namespace Sitrep.Feeds.Tests.Support;

/// <summary>The exit code and output of one run of the built command line.</summary>
public sealed record Run(int Code, string Out, string Err)
{
    public string[] ErrLines => Err.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>Starts the <c>sitrep</c> built beside these tests as its own process, with no store in the environment.</summary>
public static class CommandLine
{
    public static async Task<Run> RunAsync(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        args.ToList().ForEach(start.ArgumentList.Add);
        start.Environment.Remove("SITREP_DB");
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(limit.Token);
        return new Run(process.ExitCode, await output, await errors);
    }
}
