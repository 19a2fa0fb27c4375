namespace Sitrep.Cli.Input;

/// <summary>One input to process, or one that cannot be: a file path (or "-" for standard input) and why not.</summary>
public sealed record InputItem(string Path, string? Error);

/// <summary>
/// Expands the command line's paths into report files: files as given, directories recursively (in a stable
/// order), "-" for standard input. Missing paths and unsupported file types become items with an error, so a
/// batch reports them and goes on.
/// </summary>
public static class InputCollector
{
    public static readonly IReadOnlySet<string> Supported = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { ".txt", ".md", ".html", ".htm", ".text", "" };

    public static IEnumerable<InputItem> Collect(IEnumerable<string> paths)
    {
        foreach (var path in paths)
        {
            if (path == "-")
            {
                yield return new InputItem("-", null);
            }
            else if (Directory.Exists(path))
            {
                var files = Directory.EnumerateFiles(path, "*", new EnumerationOptions { RecurseSubdirectories = true, IgnoreInaccessible = true, AttributesToSkip = FileAttributes.Hidden })
                    .Order(StringComparer.Ordinal);
                foreach (var file in files)
                {
                    yield return Check(file);
                }
            }
            else if (File.Exists(path))
            {
                yield return Check(path);
            }
            else
            {
                yield return new InputItem(path, "no such file or directory");
            }
        }
    }

    private static InputItem Check(string file) =>
        Supported.Contains(Path.GetExtension(file)) ? new InputItem(file, null) : new InputItem(file, $"unsupported file type '{Path.GetExtension(file)}' (expected .txt, .md, .html or .htm)");
}
