using Sitrep.Store.Sql;
using Sitrep.Store.Tests.Cli;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Scale;

/// <summary>
/// Several real <c>sitrep ingest</c> processes given the same batch, against one PostgreSQL: they split it through the
/// work queue, and every report is stored exactly once.
/// </summary>
[Collection(ScaleTestGroup.Name)]
public sealed class SharedBatchTests : IDisposable
{
    private const int Reports = 400;
    private const int Bad = 3;
    private const int Workers = 4;

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [PostgresFact]
    public async Task Several_ingest_processes_share_one_batch_without_duplicates_or_losses()
    {
        await using var schema = await PostgresSchemaScope.CreateAsync();
        var folder = ScaleCorpus.Write(_temp.File("batch"), Reports, Bad);

        var runs = await Task.WhenAll(Enumerable.Range(0, Workers).Select(_ => Task.Run(() => StoreCli.Run(["ingest", folder, "--db", schema.Target], _temp.Path))));

        Assert.All(runs, r => Assert.Equal(0, r.ExitCode));
        var summaries = runs.Select(r => ScaleCorpus.Summary(r.Stdout)).ToList();
        Assert.Equal(Reports + Bad, summaries.Sum(s => s.Read));
        Assert.Equal(Reports, summaries.Sum(s => s.New));
        Assert.Equal(Bad, summaries.Sum(s => s.Failed));
        Assert.Equal(Bad, runs.Sum(r => r.StderrLines.Length));
        Assert.Equal(Reports, await schema.ScalarAsync<long>("SELECT count(*) FROM documents"));
        Assert.Equal(Reports, await schema.ScalarAsync<long>("SELECT count(DISTINCT source) FROM documents"));
        Assert.Equal(0, await schema.ScalarAsync<long>("SELECT count(*) FROM ingest_queue WHERE state = 'pending'"));
        Assert.Equal(Bad, await schema.ScalarAsync<long>("SELECT count(*) FROM ingest_queue WHERE state = 'failed'"));
        Assert.True(await schema.ScalarAsync<long>("SELECT count(DISTINCT worker) FROM ingest_queue") >= 2, "one process did the whole batch alone");
        Assert.Equal(MigrationCatalog.For("postgres").Count, await schema.ScalarAsync<int>($"SELECT max(version) FROM {MigrationCatalog.Table}"));
    }

    [PostgresFact]
    public async Task A_finished_batch_is_not_read_again_and_a_changed_file_makes_a_new_one()
    {
        await using var schema = await PostgresSchemaScope.CreateAsync();
        var folder = ScaleCorpus.Write(_temp.File("batch"), 20, 0);

        var first = StoreCli.Run(["ingest", folder, "--db", schema.Target], _temp.Path);
        var again = StoreCli.Run(["ingest", folder, "--db", schema.Target], _temp.Path);
        File.AppendAllText(Path.Combine(folder, "r00003.txt"), "A second convoy followed on Tuesday, the source added.\n");
        var changed = StoreCli.Run(["ingest", folder, "--db", schema.Target], _temp.Path);

        Assert.Equal((0, "read 20, new 20, unchanged 0, failed 0\n"), (first.ExitCode, first.Stdout));
        Assert.Equal((0, "read 0, new 0, unchanged 0, failed 0\n"), (again.ExitCode, again.Stdout));
        Assert.Equal((0, "read 20, new 1, unchanged 19, failed 0\n"), (changed.ExitCode, changed.Stdout));
        Assert.Equal(21, await schema.ScalarAsync<long>("SELECT count(*) FROM documents"));
    }
}
