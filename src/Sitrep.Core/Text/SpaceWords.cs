namespace Sitrep.Core.Text;

/// <summary>
/// How many parts a line splits into at spaces, counted without making the parts: layout and metadata rules ask this
/// of every header line and paragraph, and a split made an array and a string per word only to be counted.
/// </summary>
public static class SpaceWords
{
    /// <summary>The same as <c>text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length</c>.</summary>
    public static int Count(ReadOnlySpan<char> text)
    {
        var n = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var word = c != ' ';
            n += word && !inWord ? 1 : 0;
            inWord = word;
        }

        return n;
    }

    /// <summary>The same as <c>text.Split(' ').Length</c>.</summary>
    public static int Parts(ReadOnlySpan<char> text) => text.Count(' ') + 1;
}
