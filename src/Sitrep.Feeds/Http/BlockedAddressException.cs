namespace Sitrep.Feeds.Http;

/// <summary>A connection the address policy refused; the message names the host, the address and why.</summary>
public sealed class BlockedAddressException : IOException
{
    public BlockedAddressException()
    {
    }

    public BlockedAddressException(string message)
        : base(message)
    {
    }

    public BlockedAddressException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>The refusal somewhere in an exception's chain of inner exceptions, if there is one.</summary>
    public static BlockedAddressException? Find(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is BlockedAddressException blocked)
            {
                return blocked;
            }
        }

        return null;
    }
}
