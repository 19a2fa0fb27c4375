using System.Buffers;
using System.Text;

namespace Sitrep.Core.Text;

/// <summary>The outcome of decoding a file: text and the encoding used, or why it could not be read.</summary>
public sealed record DecodeResult(string? Text, string Encoding, string? Error)
{
    public bool Ok => Error is null;
}

/// <summary>
/// Detects the encoding of report bytes: BOM first, then UTF-16 without BOM (zero-byte pattern), UTF-8 validity,
/// then Windows-1256 when high bytes decode mostly to Arabic letters, else Windows-1252. Binary content is refused.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(false, true);

    static TextDecoder() => System.Text.Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodeResult Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length == 0)
        {
            return new DecodeResult(null, "none", "empty file");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Strict(bytes[3..], StrictUtf8, "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(false, false, true), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Strict(bytes[2..], new UnicodeEncoding(true, false, true), "utf-16be");
        }

        var utf16 = GuessUtf16(bytes);
        if (utf16 is not null)
        {
            return Strict(bytes, new UnicodeEncoding(utf16 == "utf-16be", false, true), utf16);
        }

        if (LooksBinary(bytes))
        {
            return new DecodeResult(null, "binary", "binary content, not a text report");
        }

        var utf8 = Strict(bytes, StrictUtf8, "utf-8");
        if (utf8.Ok)
        {
            return utf8;
        }

        var arabic = System.Text.Encoding.GetEncoding(1256).GetString(bytes);
        if (MostlyArabic(bytes, arabic))
        {
            return new DecodeResult(arabic, "windows-1256", null);
        }

        return new DecodeResult(System.Text.Encoding.GetEncoding(1252).GetString(bytes), "windows-1252", null);
    }

    private static DecodeResult Strict(ReadOnlySpan<byte> bytes, System.Text.Encoding encoding, string name)
    {
        try
        {
            var text = encoding.GetString(bytes);
            return text.Contains('\0') ? new DecodeResult(null, name, "binary content, not a text report") : new DecodeResult(text, name, null);
        }
        catch (DecoderFallbackException)
        {
            return new DecodeResult(null, name, $"invalid {name} byte sequence");
        }
    }

    private static string? GuessUtf16(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length & ~1, 4096);
        if (n < 4)
        {
            return null;
        }

        if (!bytes[..n].Contains((byte)0))
        {
            return null; // the common case, found with one vectorised search: no zero byte at all
        }

        int evenZero = 0, oddZero = 0;
        for (var i = 0; i < n; i += 2)
        {
            evenZero += bytes[i] == 0 ? 1 : 0;
            oddZero += bytes[i + 1] == 0 ? 1 : 0;
        }

        var pairs = n / 2;
        if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05)
        {
            return "utf-16le";
        }

        return evenZero > pairs * 0.4 && oddZero < pairs * 0.05 ? "utf-16be" : null;
    }

    // The bytes LooksBinary counts as control characters, and the zero byte.
    private static readonly SearchValues<byte> ControlBytes =
        SearchValues.Create([.. Enumerable.Range(0, 0x20).Where(b => b < 0x09 || (b > 0x0D && b != 0x1B)).Select(b => (byte)b)]);

    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var n = Math.Min(bytes.Length, 8192);
        if (!bytes[..n].ContainsAny(ControlBytes))
        {
            return false; // the common case, found with one vectorised search: no control character to count
        }

        var control = 0;
        for (var i = 0; i < n; i++)
        {
            var b = bytes[i];
            if (b == 0)
            {
                return true;
            }

            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B))
            {
                control++;
            }
        }

        return control > n / 20;
    }

    private static bool MostlyArabic(ReadOnlySpan<byte> bytes, string decoded)
    {
        var high = 0;
        foreach (var b in bytes)
        {
            high += b >= 0x80 ? 1 : 0;
        }

        var arabic = 0;
        foreach (var c in decoded)
        {
            arabic += c is >= '\u0600' and <= '\u06FF' ? 1 : 0;
        }

        return high > 0 && arabic > high * 0.6;
    }
}
