using System.Text.Json;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cli;

/// <summary><c>extract --link-window N</c>: reports are linked within windows of N consecutive inputs, in input order.</summary>
public sealed class LinkWindowCliTests : IDisposable
{
    // Invented reports; the last repeats a sentence of the first, word for word.
    private static readonly string[] Reports =
    [
        "Iraqi troops took over two border posts from a militia near Al-Qaim on Friday, the defence ministry said. The handover ended a standoff that had closed the crossing for nine days.\n",
        "Jordanian aircraft struck a smuggling camp in southern Syria on Thursday, the army said.\n",
        "Israeli forces shelled a village near Quneitra on Saturday, a local monitor reported.\n",
        "Residents of Al-Qaim welcomed the move on Sunday. The handover ended a standoff that had closed the crossing for nine days.\n",
    ];

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Default_window_links_the_batch_and_a_window_of_one_links_nothing()
    {
        var dir = Path.Combine(_temp.Path, "batch");
        for (var i = 0; i < Reports.Length; i++)
        {
            _temp.Write(Path.Combine("batch", $"{i}.txt"), Reports[i]);
        }

        var linked = Documents(CliRunner.Run(["extract", dir]));
        var apart = Documents(CliRunner.Run(["extract", dir, "--link-window", "3"]));

        Assert.Equal(["0.txt", "1.txt", "2.txt", "3.txt"], linked.Select(d => Path.GetFileName(d.GetProperty("source").GetString())));
        Assert.Equal(linked[3].GetProperty("id").GetString(), Assert.Single(linked[0].GetProperty("shares_text_with").EnumerateArray()).GetString());
        Assert.Equal(["0.txt", "1.txt", "2.txt", "3.txt"], apart.Select(d => Path.GetFileName(d.GetProperty("source").GetString())));
        Assert.All(apart, d => Assert.Empty(d.GetProperty("shares_text_with").EnumerateArray()));
    }

    [Fact]
    public void A_window_below_one_is_a_usage_error()
    {
        var result = CliRunner.Run(["extract", _temp.Write("a.txt", Reports[0]), "--link-window", "0"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.StderrLines, l => l.Contains("--link-window must be at least 1", StringComparison.Ordinal));
    }

    private static List<JsonElement> Documents(CliResult result)
    {
        Assert.Equal(0, result.ExitCode);
        return [.. result.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").Clone())];
    }
}
