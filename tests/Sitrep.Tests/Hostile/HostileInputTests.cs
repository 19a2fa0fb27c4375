using System.Text.Json;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Hostile;

/// <summary>
/// Good reports from the regression corpus, in a folder shared by the tests of <see cref="HostileInputTests"/>, and what
/// <c>sitrep extract</c> prints for them on their own: the output every batch that adds hostile files must repeat.
/// </summary>
public sealed class GoodBatch : IDisposable
{
    private static readonly string[] Reports =
    [
        "101_wire_deir_ezzor_ambush.txt", "109_html_syria_ambassadors.html", "117_cp1252_yemen_sanaa_strike.txt", "118_bom_ukraine_kupiansk.txt",
    ];

    private readonly TempDirectory _temp = new();

    public GoodBatch()
    {
        Folder = Path.Combine(_temp.Path, "good");
        Directory.CreateDirectory(Folder);
        foreach (var name in Reports)
        {
            File.Copy(Path.Combine(RepoPaths.Root, "tests", "corpus", "reports", name), Path.Combine(Folder, name));
        }

        var alone = CliRunner.Run(["extract", Folder]);
        Assert.Equal(0, alone.ExitCode);
        Assert.Empty(alone.StderrLines);
        Expected = alone.StdoutLines;
        Assert.Equal(Reports.Length, Expected.Count);
    }

    public string Folder { get; }

    public IReadOnlyList<string> Expected { get; }

    /// <summary>The output lines of a run whose document source lies in the good folder, in order.</summary>
    public IReadOnlyList<string> GoodLines(CliResult result) =>
        result.StdoutLines.Where(l => Source(l).StartsWith(Folder, StringComparison.Ordinal)).ToList();

    public static string Source(string jsonLine)
    {
        using var doc = JsonDocument.Parse(jsonLine);
        return doc.RootElement.GetProperty("document").GetProperty("source").GetString()!;
    }

    public void Dispose() => _temp.Dispose();
}

/// <summary>
/// Runs the real <c>sitrep extract</c> over good reports plus hostile inputs. Each run must end in time (a generous
/// bound that catches hangs, not slowness), give one clear error line per refused file and none for the rest, and
/// print the good reports exactly as without the hostile ones.
/// </summary>
public sealed class HostileInputTests : IClassFixture<GoodBatch>, IDisposable
{
    private static readonly TimeSpan PerInput = TimeSpan.FromMinutes(2);

    private readonly GoodBatch _good;
    private readonly TempDirectory _temp = new();

    public HostileInputTests(GoodBatch good) => _good = good;

    public static TheoryData<string> Cases() => [.. HostileCases.All.Select(c => c.FileName)];

    public void Dispose() => _temp.Dispose();

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_hostile_input_is_refused_in_one_line_or_processed_and_the_good_reports_are_unchanged(string fileName)
    {
        var hostile = HostileCases.All.Single(c => c.FileName == fileName);
        var path = Path.Combine(_temp.Path, hostile.FileName);
        hostile.Write(path);

        var result = CliRunner.Run(["extract", _good.Folder, path], timeout: PerInput);

        Assert.Equal(0, result.ExitCode);
        AssertNoCrashText(result);
        Assert.Equal(_good.Expected, _good.GoodLines(result));
        AssertOutcome(hostile, path, result);
        Assert.Equal(hostile.Error is null ? 0 : 1, result.StderrLines.Length);
    }

    [Fact]
    public void All_hostile_inputs_in_one_batch_leave_the_good_reports_unchanged()
    {
        var folder = Path.Combine(_temp.Path, "hostile");
        Directory.CreateDirectory(folder);
        foreach (var c in HostileCases.All)
        {
            c.Write(Path.Combine(folder, c.FileName));
        }

        var result = CliRunner.Run(["extract", _good.Folder, folder], timeout: PerInput * HostileCases.All.Count);

        Assert.Equal(0, result.ExitCode);
        AssertNoCrashText(result);
        Assert.Equal(_good.Expected, _good.GoodLines(result));
        foreach (var c in HostileCases.All)
        {
            AssertOutcome(c, Path.Combine(folder, c.FileName), result);
        }

        Assert.Equal(HostileCases.All.Count(c => c.Error is not null), result.StderrLines.Length);
    }

    private static void AssertOutcome(HostileCase hostile, string path, CliResult result)
    {
        var errors = result.StderrLines.Where(l => l.StartsWith($"sitrep: {path}: ", StringComparison.Ordinal)).ToList();
        var printed = result.StdoutLines.Count(l => GoodBatch.Source(l) == path);
        if (hostile.Error is null)
        {
            Assert.True(errors.Count == 0, $"{hostile.FileName} was refused: {string.Join(" / ", errors)}");
            Assert.Equal(1, printed);
        }
        else
        {
            var error = Assert.Single(errors);
            Assert.Contains(hostile.Error, error, StringComparison.Ordinal);
            Assert.Equal(0, printed);
        }
    }

    private static void AssertNoCrashText(CliResult result)
    {
        Assert.DoesNotContain(result.StderrLines, l => l.Contains("Exception", StringComparison.Ordinal) || l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.All(result.StderrLines, l => Assert.StartsWith("sitrep: ", l, StringComparison.Ordinal));
    }
}
