using System.CommandLine;
using System.Data.Common;
using Sitrep.Store;

namespace Sitrep.Cli.Commands;

/// <summary>The --db option shared by the store commands, and running a command so that store failures are one line.</summary>
public static class StoreOptions
{
    public static Option<string?> Db() => new("--db")
    {
        Description = $"Store: a SQLite file (default {StoreTarget.DefaultFile}, or ${StoreTarget.EnvironmentVariable}) or a PostgreSQL connection string (postgres://... or Host=...)",
    };

    /// <summary>
    /// Runs a store command. A store that cannot be used (corrupt or foreign file, unreachable server) and a
    /// database error during the command are one line on standard error and exit code 1, never a stack trace.
    /// </summary>
    public static async Task<int> RunAsync(Func<Task<int>> command)
    {
        try
        {
            return await command().ConfigureAwait(false);
        }
        catch (StoreException ex)
        {
            await Console.Error.WriteLineAsync("sitrep: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
        catch (DbException ex)
        {
            await Console.Error.WriteLineAsync("sitrep: database error: " + StoreException.FirstLine(ex)).ConfigureAwait(false);
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await Console.Error.WriteLineAsync("sitrep: " + ex.Message).ConfigureAwait(false);
            return 1;
        }
    }
}
