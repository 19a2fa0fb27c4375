using System.Text;
using Sitrep.Feeds.Http;
using Xunit;

namespace Sitrep.Feeds.Tests.Http;

public sealed class BodyDecoderTests
{
    static BodyDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static byte[] Cp1252(string s) => Encoding.GetEncoding(1252).GetBytes(s);

    [Fact]
    public void The_header_charset_decides_when_the_bytes_fit_it()
    {
        var decoded = BodyDecoder.Decode(Cp1252("<p>Caf\u00e9 cr\u00e8me</p>"), "text/html; charset=windows-1252");
        Assert.Equal(("<p>Caf\u00e9 cr\u00e8me</p>", "windows-1252"), (decoded.Text, decoded.Encoding));
    }

    [Fact]
    public void A_utf8_label_on_windows_1252_bytes_gives_way_to_the_meta_charset()
    {
        var decoded = BodyDecoder.Decode(Cp1252("<html><head><meta charset=\"windows-1252\"></head><body>Pr\u00e9fet</body></html>"), "text/html; charset=utf-8");
        Assert.Contains("Pr\u00e9fet", decoded.Text);
        Assert.Equal("windows-1252", decoded.Encoding);
    }

    [Fact]
    public void A_latin1_label_on_utf8_bytes_declared_utf8_reads_as_utf8()
    {
        var decoded = BodyDecoder.Decode(Encoding.UTF8.GetBytes("<html><head><meta charset=\"utf-8\"></head><body>\u062f\u0645\u0634\u0642 Alep\u00e9</body></html>"), "text/html; charset=ISO-8859-1");
        Assert.Contains("\u062f\u0645\u0634\u0642 Alep\u00e9", decoded.Text);
    }

    [Fact]
    public void An_unknown_label_is_ignored_and_the_xml_declaration_is_used()
    {
        var decoded = BodyDecoder.Decode(Cp1252("<?xml version=\"1.0\" encoding=\"windows-1252\"?><rss><channel><title>Ni\u00f1o</title></channel></rss>"), "application/rss+xml; charset=no-such-charset");
        Assert.Contains("Ni\u00f1o", decoded.Text);
    }

    [Fact]
    public void Without_labels_the_bytes_are_detected()
    {
        Assert.Equal("utf-8", BodyDecoder.Decode(Encoding.UTF8.GetBytes("caf\u00e9"), "text/plain").Encoding);
        Assert.Equal("windows-1252", BodyDecoder.Decode(Cp1252("caf\u00e9"), null).Encoding);
        Assert.NotNull(BodyDecoder.Decode([], "text/html").Error);
    }
}
