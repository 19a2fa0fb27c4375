using Xunit;

namespace Sitrep.Tests.Quality;

/// <summary>
/// The quality ratchet: extraction quality on the annotated corpora must not fall below the floors recorded
/// in docs/quality.md. Raise a floor there when quality improves; never lower one to make a change pass.
/// </summary>
public sealed class RatchetTests
{
    [Fact]
    public void OwnCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Own);

    [Fact]
    public void HoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout);

    [Fact]
    public void SecondHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout2);

    [Fact]
    public void ThirdHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout3);

    [Fact]
    public void FourthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout4);

    [Fact]
    public void FifthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout5);

    [Fact]
    public void SixthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout6);

    [Fact]
    public void SeventhHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout7);

    [Fact]
    public void EighthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout8);

    [Fact]
    public void NinthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout9);

    [Fact]
    public void TenthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout10);

    [Fact]
    public void EleventhHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout11);

    [Fact]
    public void TwelfthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout12);

    [Fact]
    public void ThirteenthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout13);

    [Fact]
    public void FourteenthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout14);

    [Fact]
    public void FifteenthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout15);

    [Fact]
    public void SixteenthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout16);

    [Fact]
    public void SeventeenthHoldoutCorpusStaysAtOrAboveItsRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Holdout17);

    [SharedWorkspaceFact]
    public void SeedsStayAtOrAboveTheirRecordedFloors() => AssertAtOrAboveFloors(QualityCorpus.Seeds);

    [Fact]
    public void EveryReportHasAGoldFileAndEveryGoldFileAReport()
    {
        AssertPaired(QualityCorpus.Own);
        AssertPaired(QualityCorpus.Holdout);
        AssertPaired(QualityCorpus.Holdout2);
        AssertPaired(QualityCorpus.Holdout3);
        AssertPaired(QualityCorpus.Holdout4);
        AssertPaired(QualityCorpus.Holdout5);
        AssertPaired(QualityCorpus.Holdout6);
        AssertPaired(QualityCorpus.Holdout7);
        AssertPaired(QualityCorpus.Holdout8);
        AssertPaired(QualityCorpus.Holdout9);
        AssertPaired(QualityCorpus.Holdout10);
        AssertPaired(QualityCorpus.Holdout11);
        AssertPaired(QualityCorpus.Holdout12);
        AssertPaired(QualityCorpus.Holdout13);
        AssertPaired(QualityCorpus.Holdout14);
        AssertPaired(QualityCorpus.Holdout15);
        AssertPaired(QualityCorpus.Holdout16);
        AssertPaired(QualityCorpus.Holdout17);
    }

    private static void AssertPaired(QualityCorpus corpus)
    {
        var reports = Directory.GetFiles(corpus.Reports).Select(Path.GetFileNameWithoutExtension).OfType<string>().ToList();
        var gold = Directory.GetFiles(corpus.Gold, "*.json")
            .Select(Path.GetFileName).OfType<string>()
            .Where(f => f != "aliases.json")
            .Select(Path.GetFileNameWithoutExtension).OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(reports);
        Assert.True(File.Exists(Path.Combine(corpus.Gold, "aliases.json")), corpus.Gold + " has no aliases.json");
        var duplicates = reports.GroupBy(r => r, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.True(duplicates.Count == 0, "Reports sharing a name: " + string.Join(", ", duplicates));
        var noGold = reports.Where(r => !gold.Contains(r)).Order(StringComparer.Ordinal).ToList();
        Assert.True(noGold.Count == 0, "Reports without a gold file: " + string.Join(", ", noGold));
        var noReport = gold.Where(g => !reports.Contains(g)).Order(StringComparer.Ordinal).ToList();
        Assert.True(noReport.Count == 0, "Gold files without a report: " + string.Join(", ", noReport));
    }

    private static void AssertAtOrAboveFloors(QualityCorpus corpus)
    {
        var all = Ratchet.Load();
        Assert.True(all.TryGetValue(corpus.Name, out var floors), $"docs/quality.md records no floors for corpus: {corpus.Name}");

        var (report, errors) = corpus.ExtractAndScore();
        var shortfalls = Ratchet.Shortfalls(floors, report);

        Assert.True(shortfalls.Count == 0,
            $"Quality on the {corpus.Name} corpus is below the floors recorded in docs/quality.md:\n  "
            + string.Join("\n  ", shortfalls)
            + (errors.Length > 0 ? "\nReports that failed:\n" + errors : ""));
    }
}
