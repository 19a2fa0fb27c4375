using System.Text;
using Sitrep.Core.Text;
using Xunit;

namespace Sitrep.Tests.Text;

public class TextDecoderTests
{
    private const string English = "Russian military police patrolled the road near Qamishli on Monday, residents said.";

    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Concat(byte[] a, byte[] b) => [.. a, .. b];

    [Fact]
    public void Decodes_plain_utf8_with_non_ascii_letters()
    {
        const string text = "Clashes in \u1E24am\u0101h and As-Suwayd\u0101 \u2014 \u201Cheavy\u201D losses.";
        var result = TextDecoder.Decode(Encoding.UTF8.GetBytes(text));

        Assert.True(result.Ok);
        Assert.Equal(text, result.Text);
        Assert.Equal("utf-8", result.Encoding);
    }

    [Fact]
    public void Utf8_byte_order_mark_is_detected_and_stripped()
    {
        var result = TextDecoder.Decode(Concat([0xEF, 0xBB, 0xBF], Encoding.UTF8.GetBytes(English)));

        Assert.True(result.Ok);
        Assert.Equal(English, result.Text);
        Assert.Equal("utf-8-bom", result.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_with_byte_order_mark_is_decoded(bool bigEndian, string expected)
    {
        var encoding = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var result = TextDecoder.Decode(Concat(encoding.GetPreamble(), encoding.GetBytes(English)));

        Assert.True(result.Ok);
        Assert.Equal(English, result.Text);
        Assert.Equal(expected, result.Encoding);
    }

    [Theory]
    [InlineData(false, "utf-16le")]
    [InlineData(true, "utf-16be")]
    public void Utf16_without_byte_order_mark_is_recognised_by_its_zero_bytes(bool bigEndian, string expected)
    {
        var result = TextDecoder.Decode(new UnicodeEncoding(bigEndian, byteOrderMark: false).GetBytes(English));

        Assert.True(result.Ok);
        Assert.Equal(English, result.Text);
        Assert.Equal(expected, result.Encoding);
    }

    [Fact]
    public void Windows_1252_curly_quotes_are_decoded_as_quotes()
    {
        const string text = "The minister said \u201Cwe will not leave\u201D and called it \u2018final\u2019 \u2013 again.";
        var bytes = Encoding.GetEncoding(1252).GetBytes(text);
        var result = TextDecoder.Decode(bytes);

        Assert.True(result.Ok);
        Assert.Equal(text, result.Text);
        Assert.Equal("windows-1252", result.Encoding);
    }

    [Fact]
    public void Windows_1256_arabic_is_decoded_as_arabic()
    {
        const string text = "\u062F\u062E\u0644\u062A \u0642\u0648\u0627\u062A \u0627\u0644\u062C\u064A\u0634 \u0645\u062F\u064A\u0646\u0629 \u062D\u0644\u0628 \u0635\u0628\u0627\u062D \u0627\u0644\u064A\u0648\u0645";
        var bytes = Encoding.GetEncoding(1256).GetBytes(text);
        var result = TextDecoder.Decode(bytes);

        Assert.True(result.Ok);
        Assert.Equal(text, result.Text);
        Assert.Equal("windows-1256", result.Encoding);
    }

    [Fact]
    public void Binary_content_with_nul_bytes_is_refused()
    {
        byte[] bytes = [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x00, 0x00, 0x08, 0x00, 0x41, 0x42, 0x43, 0x00, 0xFF, 0xD8];
        var result = TextDecoder.Decode(bytes);

        Assert.False(result.Ok);
        Assert.Null(result.Text);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Empty_input_is_refused()
    {
        var result = TextDecoder.Decode([]);

        Assert.False(result.Ok);
        Assert.Null(result.Text);
        Assert.Contains("empty", result.Error, StringComparison.OrdinalIgnoreCase);
    }
}
