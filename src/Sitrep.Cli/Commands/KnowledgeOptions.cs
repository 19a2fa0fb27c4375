using System.CommandLine;
using Sitrep.Core.Knowledge;

namespace Sitrep.Cli.Commands;

/// <summary>The --kb option shared by commands that extract, and loading the knowledge base it names.</summary>
public static class KnowledgeOptions
{
    public static Option<string[]> Kb() => new("--kb")
    {
        Description = "Extra knowledge-base directory (same layout as data/); its entries override the bundled ones",
        AllowMultipleArgumentsPerToken = false,
    };

    public static KnowledgeBase Load(string[]? extra)
    {
        var bundled = KnowledgeBaseLoader.FindBundledData()
            ?? throw new InvalidOperationException("the bundled data directory was not found next to the program");
        foreach (var dir in extra ?? [])
        {
            if (!Directory.Exists(dir))
            {
                throw new DirectoryNotFoundException($"--kb {dir}: no such directory");
            }
        }

        return KnowledgeBaseLoader.Load([bundled, .. extra ?? []]);
    }
}
