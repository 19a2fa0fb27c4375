using System.Text.Json;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cli;

public sealed class CliTests : IDisposable
{
    private const string First = "The Syrian army deployed fresh troops to positions near the northern border on Wednesday, a military source said.\n";
    private const string Second = "Turkish troops deployed additional armored vehicles to a hilltop post near the town of Manbij, residents said.\n";
    private const string Third = "<html><body><article><p>Russian military police patrolled the road near Qamishli on Monday, the defence ministry said in a statement.</p></article></body></html>";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Batch(bool withGood = true, bool withBad = true)
    {
        var dir = Path.Combine(_temp.Path, "batch");
        Directory.CreateDirectory(dir);
        if (withGood)
        {
            File.WriteAllText(Path.Combine(dir, "a-deployment.txt"), First);
            File.WriteAllText(Path.Combine(dir, "b-manbij.md"), Second);
            File.WriteAllText(Path.Combine(dir, "c-patrol.html"), Third);
        }

        if (withBad)
        {
            File.WriteAllBytes(Path.Combine(dir, "d-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52, 0x00, 0x01]);
            File.WriteAllBytes(Path.Combine(dir, "e-empty.txt"), []);
            File.WriteAllText(Path.Combine(dir, "f-report.pdf"), "%PDF-1.4 not really a pdf");
        }

        return dir;
    }

    private static readonly string[] BadFiles = ["d-binary.txt", "e-empty.txt", "f-report.pdf"];

    [Fact]
    public void Batch_with_bad_files_prints_good_reports_and_one_error_line_per_bad_file()
    {
        var result = CliRunner.Run(["extract", Batch()]);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(3, result.StdoutLines.Length);
        Assert.Equal(3, result.StderrLines.Length);
        foreach (var bad in BadFiles)
        {
            Assert.Single(result.StderrLines, l => l.Contains(bad, StringComparison.Ordinal));
        }

        Assert.DoesNotContain(result.StderrLines, l => l.Contains("a-deployment", StringComparison.Ordinal) || l.Contains("b-manbij", StringComparison.Ordinal) || l.Contains("c-patrol", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lines_have_the_four_top_level_keys_and_name_their_source()
    {
        var result = CliRunner.Run(["extract", Batch(withBad: false)]);

        Assert.Equal(0, result.ExitCode);
        var sources = new List<string>();
        foreach (var line in result.StdoutLines)
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            Assert.Equal(["document", "entities", "events", "framing"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
            Assert.Equal(JsonValueKind.Array, root.GetProperty("entities").ValueKind);
            Assert.Equal(JsonValueKind.Array, root.GetProperty("events").ValueKind);
            Assert.Equal(JsonValueKind.Array, root.GetProperty("framing").ValueKind);
            Assert.False(string.IsNullOrEmpty(root.GetProperty("document").GetProperty("body").GetString()));
            sources.Add(Path.GetFileName(root.GetProperty("document").GetProperty("source").GetString()!));
        }

        Assert.Equal(["a-deployment.txt", "b-manbij.md", "c-patrol.html"], sources.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Batch_of_only_bad_files_exits_with_code_2()
    {
        var result = CliRunner.Run(["extract", Batch(withGood: false)]);

        Assert.Equal(2, result.ExitCode);
        Assert.Empty(result.StdoutLines);
        Assert.Equal(3, result.StderrLines.Length);
    }

    [Fact]
    public void Missing_path_is_reported_and_the_batch_goes_on()
    {
        var good = _temp.Write("good.txt", First);
        var missing = Path.Combine(_temp.Path, "no-such-report.txt");

        var result = CliRunner.Run(["extract", good, missing]);

        Assert.Equal(0, result.ExitCode);
        Assert.Single(result.StdoutLines);
        Assert.Contains("no-such-report.txt", Assert.Single(result.StderrLines), StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_top_level_option_exits_with_code_1()
    {
        var result = CliRunner.Run(["--no-such-option"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_extract_option_exits_with_code_1()
    {
        var good = _temp.Write("good.txt", First);

        var result = CliRunner.Run(["extract", "--no-such-option", good]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--no-such-option", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.StdoutLines);
    }

    [Fact]
    public void Dash_reads_the_report_from_standard_input()
    {
        var result = CliRunner.Run(["extract", "-"], stdin: First);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var document = doc.RootElement.GetProperty("document");
        Assert.Equal("-", document.GetProperty("source").GetString());
        Assert.Equal(First.TrimEnd('\n'), document.GetProperty("body").GetString());
    }

    [Fact]
    public void Explain_adds_an_explain_array_to_every_event()
    {
        var result = CliRunner.Run(["extract", "--explain", "-"], stdin: First + Second);

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e =>
        {
            Assert.True(e.TryGetProperty("explain", out var explain));
            Assert.Equal(JsonValueKind.Array, explain.ValueKind);
            Assert.NotEqual(0, explain.GetArrayLength());
        });
    }

    [Fact]
    public void Without_explain_events_carry_no_explain_array()
    {
        var result = CliRunner.Run(["extract", "-"], stdin: First);

        using var doc = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        var events = doc.RootElement.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.False(e.TryGetProperty("explain", out _)));
    }

    [Fact]
    public void Kb_overlay_on_the_command_line_adds_a_person()
    {
        var kb = Path.Combine(_temp.Path, "overlay");
        _temp.Write(Path.Combine("overlay", "kb", "people.json"), """[ { "id": "yusuf_karamanli_test", "name": "Yusuf Karamanli", "aliases": ["Karamanli"] } ]""");

        var result = CliRunner.Run(["extract", "--kb", kb, "-"], stdin: "Karamanli met the visiting delegation in Aleppo on Monday, his office said.\n");

        Assert.Equal(0, result.ExitCode);
        using var doc = JsonDocument.Parse(Assert.Single(result.StdoutLines));
        Assert.Contains(doc.RootElement.GetProperty("entities").EnumerateArray(), e => e.GetProperty("id").GetString() == "yusuf_karamanli_test");
    }

    [Fact]
    public void Malformed_kb_overlay_fails_with_code_1_and_names_the_file()
    {
        var kb = Path.Combine(_temp.Path, "broken");
        _temp.Write(Path.Combine("broken", "kb", "people.json"), "[ { \"id\": ");

        var result = CliRunner.Run(["extract", "--kb", kb, "-"], stdin: First);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("people.json", result.Stderr, StringComparison.Ordinal);
        Assert.Empty(result.StdoutLines);
    }

    [Fact]
    public void Non_ascii_text_round_trips_through_standard_input_and_output()
    {
        var result = CliRunner.Run(["extract", "-"], stdin: "Clashes erupted in As-Suwayd\u0101 province on Monday as \u201Cheavy\u201D shelling hit the town, residents said.\n");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\u201Cheavy\u201D", result.Stdout, StringComparison.Ordinal);
    }
}
