namespace Sitrep.Store;

/// <summary>
/// A store that cannot be used (a corrupt or foreign file, an unreachable server, a schema from a newer Sitrep).
/// The message is one line meant for the user. Derives from <see cref="InvalidOperationException"/> so the
/// command line prints it without a stack trace.
/// </summary>
public sealed class StoreException : InvalidOperationException
{
    public StoreException()
    {
    }

    public StoreException(string message)
        : base(message)
    {
    }

    public StoreException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The first line of a database error's message, for one-line reporting.</summary>
    public static string FirstLine(Exception ex)
    {
        var text = ex.Message.ReplaceLineEndings("\n");
        var cut = text.IndexOf('\n', StringComparison.Ordinal);
        return (cut < 0 ? text : text[..cut]).Trim();
    }
}
