using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Feeds.Http;

/// <summary>Decoded response text and the encoding used, or why the body could not be read as text.</summary>
public sealed record DecodedBody(string? Text, string Encoding, string? Error);

/// <summary>
/// Decodes a response body. Order: a byte-order mark; the charset of the Content-Type header; the document's own
/// declaration (an XML declaration, or an HTML meta charset in the first 2 KB); else the byte-level detection that
/// <c>extract</c> uses. A label that names no known encoding, or that the bytes break (a page labelled UTF-8 that
/// is not), is passed over. A single-byte label loses to a UTF-8 declaration that the bytes bear out, the usual
/// mislabelling by servers. Latin-1 and ASCII labels mean Windows-1252, as browsers read them.
/// </summary>
public static partial class BodyDecoder
{
    static BodyDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedBody Decode(byte[] body, string? contentType)
    {
        if (body.Length == 0)
        {
            return new DecodedBody(null, "none", "empty response");
        }

        if (body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || body.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return From(TextDecoder.Decode(body));
        }

        var header = Resolve(HeaderCharset(contentType));
        var declared = Resolve(DeclaredCharset(body));
        if (header is not null && declared?.CodePage == 65001 && header.IsSingleByte && Strict(body, declared) is { } utf8 && utf8.Any(c => c > 127))
        {
            return new DecodedBody(utf8, "utf-8", null);
        }

        foreach (var encoding in new[] { header, declared })
        {
            if (encoding is not null && Strict(body, encoding) is { } text)
            {
                return new DecodedBody(text, encoding.WebName, null);
            }
        }

        return From(TextDecoder.Decode(body));
    }

    /// <summary>The charset parameter of a Content-Type header, if any.</summary>
    public static string? HeaderCharset(string? contentType) =>
        contentType is not null && MediaTypeHeaderValue.TryParse(contentType, out var parsed) ? parsed.CharSet?.Trim('"', '\'', ' ') : null;

    /// <summary>The encoding a document declares for itself: <c>&lt;?xml encoding="..."?&gt;</c> or an HTML meta charset.</summary>
    public static string? DeclaredCharset(byte[] body)
    {
        var head = Encoding.Latin1.GetString(body, 0, Math.Min(body.Length, 2048));
        var xml = XmlDeclaration().Match(head);
        if (xml.Success)
        {
            return xml.Groups[1].Value;
        }

        var meta = MetaCharset().Match(head);
        return meta.Success ? meta.Groups[1].Value : null;
    }

    private static Encoding? Resolve(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }

        var name = label.Trim().ToLowerInvariant() switch
        {
            "iso-8859-1" or "latin1" or "l1" or "iso8859-1" or "us-ascii" or "ascii" => "windows-1252",
            var other => other,
        };
        try
        {
            var encoding = Encoding.GetEncoding(name);
            return encoding.CodePage == 65001 ? new UTF8Encoding(false, true) : Encoding.GetEncoding(encoding.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static string? Strict(byte[] body, Encoding encoding)
    {
        try
        {
            var text = encoding.GetString(body);
            return text.Contains('\0', StringComparison.Ordinal) ? null : text;
        }
        catch (DecoderFallbackException)
        {
            return null;
        }
    }

    private static DecodedBody From(DecodeResult r) => new(r.Text, r.Encoding, r.Error);

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:-]+)[""']", RegexOptions.CultureInvariant)]
    private static partial Regex XmlDeclaration();

    [GeneratedRegex(@"<meta[^>]+?charset\s*=\s*[""']?\s*([A-Za-z0-9._:-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();
}
