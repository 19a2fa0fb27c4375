using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>
/// The content hash that makes re-ingestion a no-op: SHA-256 over what the report says and who published it
/// (title, outlet, republisher, publication date and body), not over where it was read from. The same text from
/// two outlets is two documents; the same file read again, or copied elsewhere, is one.
/// </summary>
public static class ContentHash
{
    public static string Of(DocumentInfo d)
    {
        var text = string.Join('\u001f', d.Title ?? "\u0000", d.Outlet ?? "\u0000", d.Republisher ?? "\u0000", d.Published ?? "\u0000", d.Body);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }
}
