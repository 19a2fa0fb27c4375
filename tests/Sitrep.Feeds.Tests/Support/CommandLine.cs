using Sitrep.Store.Tests.Cli;

namespace Sitrep.Feeds.Tests.Support;

/// <summary>The exit code and output of one run of the built command line.</summary>
public sealed record Run(int Code, string Out, string Err)
{
    public string[] ErrLines => Err.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
}

/// <summary>
/// Starts the <c>sitrep</c> built beside these tests as its own process, with no store in the environment, through
/// the store tests' runner (linked into this project), off the test thread so local servers keep answering.
/// </summary>
public static class CommandLine
{
    public static async Task<Run> RunAsync(string workingDirectory, params string[] args)
    {
        var run = await Task.Run(() => StoreCli.Run(args, workingDirectory));
        return new Run(run.ExitCode, run.Stdout, run.Stderr);
    }
}
