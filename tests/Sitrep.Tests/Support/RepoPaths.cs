namespace Sitrep.Tests.Support;

/// <summary>Locates the repository from the test binaries: the first parent folder holding Sitrep.slnx.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> RootPath = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Sitrep.slnx was not found above " + AppContext.BaseDirectory);
    });

    public static string Root => RootPath.Value;

    /// <summary>The development workspace's shared seed reports, beside the repository; absent in a plain clone.</summary>
    public static string SharedSeeds => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seeds"));
}
