namespace Sitrep.Core.Metadata;

/// <summary>
/// A header line that is a menu rather than a headline: a language bar ("العربية | English | Français"),
/// section tabs ("Outlet · Essays · Security") or a row of Markdown links ("[Research](/research) · ...").
/// Such a line is never the title.
/// </summary>
public static class NavigationLine
{
    private static readonly string[] Separators = [" | ", " · ", " • ", " » ", " / "];

    private const int MinSegments = 3;

    private const int MaxWordsPerSegment = 3;

    public static bool Is(string line)
    {
        if (CountOf(line, "](") >= 2)
        {
            return true;
        }

        var segments = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return segments.Length >= MinSegments
            && segments.All(s => s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxWordsPerSegment);
    }

    private static int CountOf(string text, string part)
    {
        var n = 0;
        for (var i = text.IndexOf(part, StringComparison.Ordinal); i >= 0; i = text.IndexOf(part, i + part.Length, StringComparison.Ordinal))
        {
            n++;
        }

        return n;
    }
}
