using Sitrep.Reporting;
using Xunit;

namespace Sitrep.Tests.Corpus;

public sealed class MarkdownTextTests
{
    [Theory]
    [InlineData("Forces entered al-Bab.", "Forces entered al-Bab.")]
    [InlineData("<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>")]
    [InlineData("[click](http://x) *bold* _it_ `code` #tag", "\\[click\\](http://x) \\*bold\\* \\_it\\_ \\`code\\` \\#tag")]
    [InlineData("line one\nline two", "line one line two")]
    [InlineData(null, "")]
    public void Report_text_is_made_inert(string? text, string expected) => Assert.Equal(expected, MarkdownText.Escape(text));
}
