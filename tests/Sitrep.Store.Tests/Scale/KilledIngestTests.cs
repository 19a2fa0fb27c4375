using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Store.Tests.Cli;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Scale;

/// <summary>
/// Kills <c>sitrep ingest</c> with SIGKILL at seeded random moments, many times over, then checks that the store is
/// intact, that one more run stores the rest, and that no report is stored twice.
/// </summary>
[Collection(ScaleTestGroup.Name)]
public sealed class KilledIngestTests : IDisposable
{
    private const int Reports = 600;
    private const int Kills = 20;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_sqlite_store_survives_twenty_kills_and_a_rerun_completes_it()
    {
        var folder = ScaleCorpus.Write(_temp.File("batch"), Reports, 0);
        var db = _temp.File("killed.db");

        var killed = KillRepeatedly(["ingest", folder, "--db", db], ["ingest", folder, "--db", _temp.File("timing.db")], seed: 7);
        var rerun = StoreCli.Run(["ingest", folder, "--db", db], _temp.Path);

        Assert.Equal(Kills, killed);
        Assert.Equal(0, rerun.ExitCode);
        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly");
        c.Open();
        Assert.Equal("ok", Scalar<string>(c, "PRAGMA integrity_check"));
        Assert.Equal(Reports, Scalar<long>(c, "SELECT count(*) FROM documents"));
        Assert.Equal(Reports, Scalar<long>(c, "SELECT count(DISTINCT source) FROM documents"));
        Assert.Equal(Reports, Scalar<long>(c, "SELECT count(DISTINCT content_hash) FROM documents"));
        Assert.Equal(Reports, Scalar<long>(c, "SELECT count(*) FROM documents_fts_docsize")); // indexed with its transaction
        Assert.Equal(Scalar<long>(c, "SELECT count(*) FROM events"), Scalar<long>(c, "SELECT count(*) FROM events_fts_docsize"));
        var (read, fresh, unchanged, _) = ScaleCorpus.Summary(rerun.Stdout);
        Assert.Equal((Reports, Reports), (read, fresh + unchanged));
    }

    [PostgresFact]
    public async Task A_postgresql_store_survives_twenty_kills_and_a_rerun_completes_it()
    {
        await using var schema = await PostgresSchemaScope.CreateAsync();
        var folder = ScaleCorpus.Write(_temp.File("batch"), Reports, 0);

        await using var timing = await PostgresSchemaScope.CreateAsync();
        var killed = KillRepeatedly(["ingest", folder, "--db", schema.Target], ["ingest", folder, "--db", timing.Target], seed: 11);
        var rerun = StoreCli.Run(["ingest", folder, "--db", schema.Target], _temp.Path);

        Assert.Equal(Kills, killed);
        Assert.Equal(0, rerun.ExitCode);
        Assert.Equal(Reports, await schema.ScalarAsync<long>("SELECT count(*) FROM documents"));
        Assert.Equal(Reports, await schema.ScalarAsync<long>("SELECT count(DISTINCT source) FROM documents"));
        // Each kill round made a new batch; the last one, which the re-run finished, has every input done.
        Assert.Equal(Reports, await schema.ScalarAsync<long>("SELECT count(*) FROM ingest_queue WHERE state = 'done' AND batch = (SELECT batch FROM ingest_queue ORDER BY id DESC LIMIT 1)"));
        Assert.Equal(0, await schema.ScalarAsync<long>("SELECT count(*) FROM events e LEFT JOIN documents d ON d.id = e.document_id WHERE d.id IS NULL"));
    }

    /// <summary>
    /// Times one whole run into a scratch store, then starts the command until <see cref="Kills"/> runs were killed, each
    /// at a random moment of that span; returns how many were killed while running.
    /// </summary>
    private int KillRepeatedly(string[] args, string[] timingArgs, int seed)
    {
        var clock = Stopwatch.StartNew();
        using (var whole = Start(timingArgs))
        {
            whole.WaitForExit();
        }

        var span = clock.Elapsed.TotalMilliseconds;
        var random = new Random(seed);
        var killed = 0;
        // Runs that finish before their moment do not count: try again, up to four times as many runs as kills.
        for (var i = 0; killed < Kills && i < 4 * Kills; i++)
        {
            // A new modification time makes a new batch for the PostgreSQL queue, which would otherwise be finished after
            // a few runs (claims that committed before the kill are kept): every run then has the whole batch to do.
            File.SetLastWriteTimeUtc(Path.Combine(args[1], "r00000.txt"), new DateTime(2025, 1, 1, 0, 0, i, DateTimeKind.Utc));
            var started = Stopwatch.StartNew();
            using var process = Start(args);
            if (!process.WaitForExit(TimeSpan.FromMilliseconds(span * (0.1 + (0.85 * random.NextDouble())))))
            {
                process.Kill(); // SIGKILL: no clean-up runs in the process
                process.WaitForExit();
                killed++;
            }
            else
            {
                // The machine got faster than when the span was timed: aim within this run's length from now on.
                span = Math.Min(span, started.Elapsed.TotalMilliseconds);
            }
        }

        return killed;
    }

    private Process Start(string[] args)
    {
        var info = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = _temp.Path };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "sitrep.dll"));
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    private static T Scalar<T>(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return (T)Convert.ChangeType(cmd.ExecuteScalar()!, typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }
}
