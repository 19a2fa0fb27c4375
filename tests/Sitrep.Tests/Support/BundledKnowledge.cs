using Sitrep.Core.Knowledge;
using Sitrep.Core.Pipeline;

namespace Sitrep.Tests.Support;

/// <summary>
/// The bundled knowledge base (data/), loaded once per test run and shared by every test class that takes
/// it as a class fixture. The knowledge base is immutable, so sharing it across parallel tests is safe.
/// </summary>
public sealed class BundledKnowledge
{
    private static readonly Lazy<KnowledgeBase> Shared = new(() =>
    {
        var data = KnowledgeBaseLoader.FindBundledData()
            ?? throw new InvalidOperationException("the bundled data directory was not found above the test binaries");
        return KnowledgeBaseLoader.Load(data);
    });

    private static readonly Lazy<ReportExtractor> SharedExtractor = new(() => new ReportExtractor(Shared.Value));

    public KnowledgeBase Kb => Shared.Value;

    public ReportExtractor Extractor => SharedExtractor.Value;

    public static string DataDirectory =>
        KnowledgeBaseLoader.FindBundledData() ?? throw new InvalidOperationException("the bundled data directory was not found");
}
