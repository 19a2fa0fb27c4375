using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Input;

/// <summary>Reads an input's bytes, refusing files too large to be a report.</summary>
public static class ReportReader
{
    public const long MaxBytes = 64L * 1024 * 1024;

    public static (SourceDocument? Document, string? Error) Read(InputItem item)
    {
        if (item.Error is not null)
        {
            return (null, item.Error);
        }

        try
        {
            if (item.Path == "-")
            {
                using var stdin = Console.OpenStandardInput();
                using var buffer = new MemoryStream();
                stdin.CopyTo(buffer);
                return (new SourceDocument("-", buffer.ToArray()), null);
            }

            var info = new FileInfo(item.Path);
            if (info.Length > MaxBytes)
            {
                return (null, $"file too large ({info.Length / (1024 * 1024)} MB; the limit is {MaxBytes / (1024 * 1024)} MB)");
            }

            return (new SourceDocument(item.Path, File.ReadAllBytes(item.Path)), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return (null, "cannot read: " + ex.Message);
        }
    }
}
