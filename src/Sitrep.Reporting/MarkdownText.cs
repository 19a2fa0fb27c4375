using System.Text;

namespace Sitrep.Reporting;

/// <summary>Makes report-derived text inert in Markdown: every character Markdown could read as syntax is escaped.</summary>
public static class MarkdownText
{
    // Only what can start markup inside a line: the text never opens a line, so list and heading markers are inert.
    private const string Special = "\\`*_[]<>!|~&#";

    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var ch in text)
        {
            if (ch is '\r' or '\n')
            {
                sb.Append(' ');
                continue;
            }

            if (Special.Contains(ch, StringComparison.Ordinal))
            {
                sb.Append('\\');
            }

            sb.Append(ch);
        }

        return sb.ToString();
    }
}
