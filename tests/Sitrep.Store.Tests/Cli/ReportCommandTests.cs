using System.Text.Json;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Cli;

/// <summary><c>sitrep analyze</c>, <c>sitrep report</c> and the corpus fields of <c>export --format jsonl</c>, run as a user runs them.</summary>
public sealed class ReportCommandTests : IDisposable
{
    // A report whose title and evidence hold markup: the HTML SITREP must show it as text.
    private const string Markup = """
        Police detain five men in Homs <script>alert(1)</script>

        October 6, 2025

        HOMS, October 6 (Reuters) - Security forces arrested five men in Homs on Monday during a search for weapons <b>depots</b>, police said.
        """;

    private static readonly string[] Sections = ["## Installations", "## Agreements", "## By actor", "## Force levels", "## Contradictions", "## Sources"];

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string Db => _temp.File("cli.db");

    [Fact]
    public void Report_groups_the_window_by_installation_agreement_and_actor_and_cites_every_line()
    {
        Ingest(CorpusReports.All);

        var run = StoreCli.Run(["report", "--from", "2025-06", "--to", "2025-09-30", "--db", Db], _temp.Path);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var md = run.Stdout;
        Assert.StartsWith("# SITREP 2025-06 to 2025-09-30\n", md, StringComparison.Ordinal);
        var sections = Sections.Select(h => md.IndexOf(h + "\n", StringComparison.Ordinal)).ToList();
        Assert.All(sections, i => Assert.True(i >= 0));
        Assert.Equal(sections.Order(), sections);
        Assert.Matches(@"- 2025-08-06 · \*\*under construction\*\* \(was operational\) · operator United States \\\[\d+\\\] · 1 independent outlet · ⚑ single source", md);
        Assert.Matches(@"- 2025-09-12 · \*\*signed\*\* · mediator United States · signatories Israel – Syria \\\[\d+\\\] · 1 independent outlet", md);
        Assert.Matches(@"civilians.*Saraqib · 40 people: .*\\\[\d+\\\]\\\[\d+\\\] · 2 independent outlets · ⚑ only RU state media", md);
        Assert.Matches(@"at al-Bab: .*(\\\[\d+\\\]){3} · 1 independent outlet · ⚑ single source", md);
        Assert.Matches(@"- 2025-08-04 · United States in SY: 1,500 troops", md);
        Assert.Matches(@"violence\.civilians: 25 people against 40 people · \\\[\d+\\\] against \\\[\d+\\\]", md);
        Assert.Matches(@"\d+\. Reuters, reprinted by Levant Wire Digest “Turkish army starts work on new base in Aleppo countryside”, 2025-06(-02)? · `doc_\w+` · copy of `doc_\w+`", md);
        Assert.DoesNotContain("Homs", md, StringComparison.Ordinal);
        var cited = System.Text.RegularExpressions.Regex.Count(md, @"^\d+\. ", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.Equal(CorpusReports.All.Count, cited);
    }

    [Fact]
    public void Html_report_is_one_self_contained_page_that_shows_markup_from_reports_as_text()
    {
        Ingest([("i_markup.txt", Markup)]);
        var page = _temp.File("sitrep.html");

        var run = StoreCli.Run(["report", "--format", "html", "--out", page, "--db", Db], _temp.Path);

        Assert.Equal((0, "", ""), (run.ExitCode, run.Stdout, run.Stderr));
        var html = File.ReadAllText(page);
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>By actor</h2>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;depots&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("src=", html, StringComparison.Ordinal);
        Assert.DoesNotContain("href=", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "2025-13", "sitrep: --from '2025-13' is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")]
    [InlineData("--format", "pdf", "sitrep: --format 'pdf' is not md or html")]
    public void Bad_options_are_one_line_errors(string option, string value, string message)
    {
        var run = StoreCli.Run(["report", option, value, "--db", Db], _temp.Path);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith(message, Assert.Single(run.StderrLines), StringComparison.Ordinal);
        Assert.Equal("", run.Stdout);
    }

    [Fact]
    public void Analyze_then_export_jsonl_carries_reuse_found_across_ingest_runs()
    {
        Ingest([CorpusReports.All[0]], "first");
        Ingest(CorpusReports.All.Skip(1).Take(2).ToList(), "second");

        var analyze = StoreCli.Run(["analyze", "--db", Db], _temp.Path);
        var again = StoreCli.Run(["analyze", "--db", Db], _temp.Path);
        var export = StoreCli.Run(["export", "--format", "jsonl", "--db", Db], _temp.Path);

        Assert.Equal(0, analyze.ExitCode);
        Assert.StartsWith("indexed 3, stories ", analyze.Stdout, StringComparison.Ordinal);
        Assert.StartsWith("indexed 0, stories ", again.Stdout, StringComparison.Ordinal);
        var docs = export.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.GetProperty("document").Clone())
            .ToDictionary(d => Path.GetFileName(d.GetProperty("source").GetString()!));
        string Id(string name) => docs[name].GetProperty("id").GetString()!;
        string[] Shares(string name) => docs[name].GetProperty("shares_text_with").EnumerateArray().Select(x => x.GetString()!).ToArray();
        Assert.Equal(Id("a_base.txt"), docs["b_reprint.html"].GetProperty("duplicate_of").GetString());
        Assert.Equal(new[] { Id("b_reprint.html"), Id("c_passage.txt") }.Order(StringComparer.Ordinal), Shares("a_base.txt"));
        Assert.Contains(Id("a_base.txt"), Shares("c_passage.txt"));
    }

    private void Ingest(IReadOnlyList<(string Name, string Text)> reports, string folder = "reports")
    {
        var dir = _temp.File(folder);
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in reports)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        var run = StoreCli.Run(["ingest", dir, "--db", Db], _temp.Path);
        Assert.Equal(0, run.ExitCode);
    }
}
