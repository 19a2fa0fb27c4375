using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("Sitrep: verified, mapped, time-stamped facts from news reports")
{
    ExtractCommand.Create(),
    DemoCommand.Create(),
    ScoreCommand.Create(),
};
try
{
    return await root.Parse(args).InvokeAsync();
}
catch (Exception ex) when (ex is DirectoryNotFoundException or InvalidDataException or InvalidOperationException or FileNotFoundException)
{
    await Console.Error.WriteLineAsync("sitrep: " + ex.Message);
    return 1;
}
