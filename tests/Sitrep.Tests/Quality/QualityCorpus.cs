using Sitrep.Cli.Commands;
using Sitrep.Cli.Input;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Quality;

/// <summary>A folder of reports, the gold annotations for them, and the ratchet section that records their floors.</summary>
public sealed record QualityCorpus(string Name, string Reports, string Gold)
{
    /// <summary>The project's own regression corpus, tests/corpus.</summary>
    public static QualityCorpus Own => new("own",
        Path.Combine(Root, "tests", "corpus", "reports"), Path.Combine(Root, "tests", "corpus", "gold"));

    /// <summary>
    /// Reports annotated by someone who had not read the engine, kept apart from the regression corpus so their
    /// figures show how the extractor does on text it was not tuned on (until it is tuned on them, too).
    /// </summary>
    public static QualityCorpus Holdout => new("holdout",
        Path.Combine(Root, "tests", "holdout", "reports"), Path.Combine(Root, "tests", "holdout", "gold"));

    /// <summary>A second held-out batch, written after the first had been used for tuning (tests/holdout2).</summary>
    public static QualityCorpus Holdout2 => new("holdout2",
        Path.Combine(Root, "tests", "holdout2", "reports"), Path.Combine(Root, "tests", "holdout2", "gold"));

    /// <summary>A third held-out batch, written after the second had been used for tuning (tests/holdout3).</summary>
    public static QualityCorpus Holdout3 => new("holdout3",
        Path.Combine(Root, "tests", "holdout3", "reports"), Path.Combine(Root, "tests", "holdout3", "gold"));

    /// <summary>A fourth held-out batch, written after the third had been used for tuning (tests/holdout4).</summary>
    public static QualityCorpus Holdout4 => new("holdout4",
        Path.Combine(Root, "tests", "holdout4", "reports"), Path.Combine(Root, "tests", "holdout4", "gold"));

    /// <summary>A fifth held-out batch, written after the fourth had been used for tuning (tests/holdout5).</summary>
    public static QualityCorpus Holdout5 => new("holdout5",
        Path.Combine(Root, "tests", "holdout5", "reports"), Path.Combine(Root, "tests", "holdout5", "gold"));

    /// <summary>A sixth held-out batch, written after the fifth had been used for tuning (tests/holdout6).</summary>
    public static QualityCorpus Holdout6 => new("holdout6",
        Path.Combine(Root, "tests", "holdout6", "reports"), Path.Combine(Root, "tests", "holdout6", "gold"));

    /// <summary>A seventh held-out batch, written after the sixth had been used for tuning (tests/holdout7).</summary>
    public static QualityCorpus Holdout7 => new("holdout7",
        Path.Combine(Root, "tests", "holdout7", "reports"), Path.Combine(Root, "tests", "holdout7", "gold"));

    /// <summary>An eighth held-out batch, first scored on the code that ended the seventh's round (tests/holdout8).</summary>
    public static QualityCorpus Holdout8 => new("holdout8",
        Path.Combine(Root, "tests", "holdout8", "reports"), Path.Combine(Root, "tests", "holdout8", "gold"));

    /// <summary>A ninth held-out batch, first scored on the code that ended the eighth's round (tests/holdout9).</summary>
    public static QualityCorpus Holdout9 => new("holdout9",
        Path.Combine(Root, "tests", "holdout9", "reports"), Path.Combine(Root, "tests", "holdout9", "gold"));

    /// <summary>A tenth held-out batch, first scored on the code that ended the ninth's round (tests/holdout10).</summary>
    public static QualityCorpus Holdout10 => new("holdout10",
        Path.Combine(Root, "tests", "holdout10", "reports"), Path.Combine(Root, "tests", "holdout10", "gold"));

    /// <summary>An eleventh held-out batch, first scored on the code that ended the tenth's round (tests/holdout11).</summary>
    public static QualityCorpus Holdout11 => new("holdout11",
        Path.Combine(Root, "tests", "holdout11", "reports"), Path.Combine(Root, "tests", "holdout11", "gold"));

    /// <summary>A twelfth held-out batch, first scored on the code that ended the eleventh's round (tests/holdout12).</summary>
    public static QualityCorpus Holdout12 => new("holdout12",
        Path.Combine(Root, "tests", "holdout12", "reports"), Path.Combine(Root, "tests", "holdout12", "gold"));

    /// <summary>A thirteenth held-out batch, first scored on the code that ended the twelfth's round (tests/holdout13).</summary>
    public static QualityCorpus Holdout13 => new("holdout13",
        Path.Combine(Root, "tests", "holdout13", "reports"), Path.Combine(Root, "tests", "holdout13", "gold"));

    /// <summary>A fourteenth held-out batch, written beside the thirteenth and first scored on the same code (tests/holdout14).</summary>
    public static QualityCorpus Holdout14 => new("holdout14",
        Path.Combine(Root, "tests", "holdout14", "reports"), Path.Combine(Root, "tests", "holdout14", "gold"));

    /// <summary>A fifteenth held-out batch, first scored on the code that ended the fourteenth's round (tests/holdout15).</summary>
    public static QualityCorpus Holdout15 => new("holdout15",
        Path.Combine(Root, "tests", "holdout15", "reports"), Path.Combine(Root, "tests", "holdout15", "gold"));

    /// <summary>A sixteenth held-out batch, first scored on the code that ended the fifteenth's round (tests/holdout16).</summary>
    public static QualityCorpus Holdout16 => new("holdout16",
        Path.Combine(Root, "tests", "holdout16", "reports"), Path.Combine(Root, "tests", "holdout16", "gold"));

    /// <summary>A seventeenth held-out batch, first scored on the code that ended the sixteenth's round (tests/holdout17).</summary>
    public static QualityCorpus Holdout17 => new("holdout17",
        Path.Combine(Root, "tests", "holdout17", "reports"), Path.Combine(Root, "tests", "holdout17", "gold"));

    /// <summary>The development seeds beside the repository (../shared); they ship only with the development workspace.</summary>
    public static QualityCorpus Seeds => new("seeds",
        Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds")), Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold")));

    /// <summary>The repository root: the first folder above the test binaries holding Sitrep.slnx.</summary>
    public static string Root { get; } = FindRoot();

    public bool Exists => Directory.Exists(Reports) && Directory.Exists(Gold);

    /// <summary>
    /// Runs the extractor over the reports as <c>sitrep extract</c> does (bundled knowledge base, the batch
    /// runner with its cross-report pass, one JSON line per report) and scores the lines against the gold.
    /// </summary>
    public (ScoreReport Report, string Errors) ExtractAndScore()
    {
        var data = KnowledgeBaseLoader.FindBundledData()
            ?? throw new InvalidOperationException("the bundled data directory was not found above the test binaries");
        var extractor = new ReportExtractor(KnowledgeBaseLoader.Load(data));
        using var errors = new StringWriter();
        var (reports, _) = BatchRunner.Run(extractor, InputCollector.Collect([Reports]), errors, Environment.ProcessorCount);
        var lines = reports.Select(r => ReportJsonWriter.ToJson(r)).ToList();
        return (Scorer.Score(Gold, lines), errors.ToString());
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("Sitrep.slnx was not found above the test binaries");
    }
}
