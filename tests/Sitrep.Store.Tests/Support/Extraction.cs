using Sitrep.Cli.Commands;
using Sitrep.Cli.Input;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;

namespace Sitrep.Store.Tests.Support;

/// <summary>Extracts reports exactly as <c>sitrep extract</c> and <c>sitrep ingest</c> do (same pipeline, same batch pass).</summary>
public static class Extraction
{
    private static readonly Lazy<KnowledgeBase> Kb = new(() =>
        KnowledgeBaseLoader.Load(KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("the bundled data directory was not found above the test binaries")));

    private static readonly Lazy<ReportExtractor> Extractor = new(() => new ReportExtractor(Kb.Value));

    /// <summary>The bundled knowledge base the extraction uses.</summary>
    public static KnowledgeBase Knowledge => Kb.Value;

    /// <summary>Writes the reports into <paramref name="dir"/> and extracts them as one batch, in file-name order.</summary>
    public static IReadOnlyList<ExtractedReport> Run(string dir, IReadOnlyDictionary<string, string> reports)
    {
        Directory.CreateDirectory(dir);
        foreach (var (name, text) in reports)
        {
            File.WriteAllText(Path.Combine(dir, name), text);
        }

        var (extracted, failed) = BatchRunner.Run(Extractor.Value, InputCollector.Collect([dir]), TextWriter.Null, 2);
        return failed == 0 ? extracted : throw new InvalidOperationException($"{failed} test reports could not be extracted");
    }
}
