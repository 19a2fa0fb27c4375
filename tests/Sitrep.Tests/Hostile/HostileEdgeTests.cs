using System.Text;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Evaluation;
using Sitrep.Tests.Cli;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Hostile;

/// <summary>Hostile inputs that need their own checks: very many files, encodings that must agree, regexes outside the pipeline.</summary>
public sealed class HostileEdgeTests : IClassFixture<BundledKnowledge>, IDisposable
{
    private readonly BundledKnowledge _knowledge;
    private readonly TempDirectory _temp = new();

    public HostileEdgeTests(BundledKnowledge knowledge) => _knowledge = knowledge;

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void A_hundred_thousand_tiny_files_give_one_line_each()
    {
        const int Files = 100_000;
        var folder = Path.Combine(_temp.Path, "tiny");
        var expectedErrors = 0;
        for (var i = 0; i < Files; i++)
        {
            // Every 100 files, a subfolder; every 10th file empty; a thousand copies of one sentence; the rest distinct.
            var dir = Path.Combine(folder, (i / 100).ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
            if (i % 100 == 0)
            {
                Directory.CreateDirectory(dir);
            }

            var text = i % 10 == 0 ? "" : i % 100 == 1 ? "The army moved two tanks to Homs on Monday." : $"Report {i}: the army moved two tanks to Homs on Monday.";
            expectedErrors += text.Length == 0 ? 1 : 0;
            File.WriteAllText(Path.Combine(dir, $"r{i}.txt"), text);
        }

        var result = CliRunner.Run(["extract", folder], timeout: TimeSpan.FromMinutes(15));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expectedErrors, result.StderrLines.Length);
        Assert.All(result.StderrLines, l => Assert.EndsWith(": empty file", l, StringComparison.Ordinal));
        Assert.Equal(Files - expectedErrors, result.StdoutLines.Length);
    }

    [Fact]
    public void A_report_reads_the_same_in_utf8_and_in_utf16_with_or_without_a_byte_order_mark()
    {
        var utf8 = Extract("utf8.txt", Encoding.UTF8.GetBytes(HostileCases.Report));
        var expected = Json(utf8);
        byte[][] variants =
        [
            [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(HostileCases.Report)],
            [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(HostileCases.Report)],
            Encoding.Unicode.GetBytes(HostileCases.Report),
            Encoding.BigEndianUnicode.GetBytes(HostileCases.Report),
        ];

        Assert.NotEmpty(utf8.Events);
        foreach (var bytes in variants)
        {
            var other = Extract("utf8.txt", bytes);
            Assert.Equal(expected, Json(other));
            Assert.StartsWith("utf-16", other.Document.Encoding, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("1")]
    [InlineData("1.")]
    [InlineData("-1e")]
    public async Task The_scorer_number_syntax_rejects_a_long_run_of_digits_with_a_bad_tail_in_time(string head)
    {
        var input = head + new string('1', 200_000) + "x";

        var parsed = await Task.Run(() => PyFormat.ParseFloat(input)).WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Null(parsed);
    }

    [Fact]
    public void A_search_date_filter_of_a_hundred_thousand_characters_is_one_clear_error()
    {
        var value = "2025-" + new string('1', 100_000) + "x";

        var result = CliRunner.Run(["search", "strike", "--from", value, "--db", Path.Combine(_temp.Path, "s.db")], timeout: TimeSpan.FromMinutes(2));

        Assert.Equal(1, result.ExitCode);
        var error = Assert.Single(result.StderrLines);
        Assert.StartsWith("sitrep: ", error, StringComparison.Ordinal);
        Assert.Contains("--from", error, StringComparison.Ordinal);
    }

    // The whole codebook output but the encoding, which is what differs.
    private static string Json(Core.Model.ExtractedReport r) => ReportJsonWriter.ToJson(r with { Document = r.Document with { Encoding = null } }, explain: true);

    private Core.Model.ExtractedReport Extract(string name, byte[] bytes) =>
        _knowledge.Extractor.Extract(new SourceDocument(name, bytes)).Report ?? throw new InvalidOperationException("not extracted");
}
