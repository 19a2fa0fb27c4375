using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: verified, mapped, time-stamped facts from news reports")
{
    ExtractCommand.Create(),
    DemoCommand.Create(),
    ScoreCommand.Create(),
    IngestCommand.Create(),
    SearchCommand.Create(),
    ExportCommand.Create(),
    FetchCommand.Create(),
    WatchCommand.Create(),
    SourcesCommand.Create(),
    ServeCommand.Create(),
    AnalyzeCommand.Create(),
    ReportCommand.Create(),
};
var parsed = root.Parse(args.Length == 0 ? ["--help"] : args);
if (parsed.Errors.Count > 0 && !args.Contains("--help") && !args.Contains("-h"))
{
    // Usage errors go to standard error only: standard output carries results.
    foreach (var error in parsed.Errors)
    {
        await Console.Error.WriteLineAsync("sitrep: " + error.Message);
    }

    return 1;
}

try
{
    return await parsed.InvokeAsync();
}
catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException or InvalidOperationException or FileNotFoundException)
{
    await Console.Error.WriteLineAsync("sitrep: " + ex.Message);
    return 1;
}
