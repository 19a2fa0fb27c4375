using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Shows ingestion progress as a bar on standard error, only when standard error is a terminal; otherwise
/// runs quietly. While the bar is drawn, per-file error lines are held back and printed after it.
/// </summary>
public sealed class IngestProgress
{
    private readonly bool _terminal;

    private IngestProgress(bool terminal) => _terminal = terminal;

    public static IngestProgress ForStandardError() => new(!Console.IsErrorRedirected);

    public async Task<IngestSummary> RunAsync(int inputs, Func<IngestReporter, Task<IngestSummary>> work)
    {
        if (!_terminal)
        {
            return await work(new IngestReporter(Console.Error, null, inputs)).ConfigureAwait(false);
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        using var held = new StringWriter();
        IngestSummary? summary = null;
        await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async ctx => summary = await work(new IngestReporter(held, ctx, inputs)).ConfigureAwait(false))
            .ConfigureAwait(false);
        await Console.Error.WriteAsync(held.ToString()).ConfigureAwait(false);
        return summary!;
    }
}
