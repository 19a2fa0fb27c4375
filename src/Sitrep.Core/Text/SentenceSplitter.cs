using System.Buffers;
using System.Collections.Frozen;
using Sitrep.Core.Model;

namespace Sitrep.Core.Text;

/// <summary>
/// Splits text into sentences with offsets. A sentence ends at . ! ? (plus closing quotes or brackets)
/// before white space and an upper-case letter, digit or opening quote, unless the period closes an
/// abbreviation or an initial; a line break always ends a sentence.
/// </summary>
public static class SentenceSplitter
{
    private static readonly FrozenSet<string> Abbreviations = FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
    [
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cpt", "sgt", "adm", "brig", "cmdr",
        "sen", "rep", "gov", "pres", "st", "jr", "sr", "no", "nos", "vs", "etc", "inc", "ltd", "co", "corp",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "est",
        "dept", "univ", "fig", "al", "ft", "mt", "sheikh", "rev", "hon", "amb",
    ]);

    private static readonly SearchValues<char> Enders = SearchValues.Create("\n.!?");

    /// <summary>The longest sentence, in characters, before it is cut at the next space.</summary>
    public const int MaxChars = 2000;

    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Below the cap only a line break or . ! ? can end a sentence: skip to the next one at once.
            var limit = Math.Min(text.Length, start + MaxChars);
            if (i < limit)
            {
                var skip = text.AsSpan(i, limit - i).IndexOfAny(Enders);
                if (skip < 0)
                {
                    i = limit;
                    continue;
                }

                i += skip;
            }

            var c = text[i];
            if (c == '\n')
            {
                Add(text, start, i, result);
                start = i + 1;
                i++;
                continue;
            }

            if (c is '.' or '!' or '?' && IsBoundary(text, i, out var end))
            {
                Add(text, start, end, result);
                start = end;
                i = end;
                continue;
            }

            // A run of text with no sentence end (a page flattened to one line) is cut at a space past the cap:
            // the later stages work sentence by sentence, and some of them take time quadratic in its length.
            if (i - start >= MaxChars && char.IsWhiteSpace(c))
            {
                Add(text, start, i, result);
                start = i + 1;
            }

            i++;
        }

        Add(text, start, text.Length, result);
        return result;
    }

    private static bool IsBoundary(string text, int i, out int end)
    {
        end = i + 1;
        while (end < text.Length)
        {
            // Closing quotes and brackets, Markdown emphasis ("**...**"), and numbered source notes ("[12]") stay with
            // the sentence they close.
            if (text[end] is '.' or '!' or '?' or '"' or '\u201D' or '\u2019' or '\'' or ')' or ']' or '*' or '_')
            {
                end++;
            }
            else if (SourceNoteLength(text, end) is > 0 and var n)
            {
                end += n;
            }
            else
            {
                break;
            }
        }

        var j = end;
        if (j >= text.Length)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[j]))
        {
            return false;
        }

        while (j < text.Length && text[j] is ' ' or '\t')
        {
            j++;
        }

        if (j >= text.Length || text[j] == '\n')
        {
            return true;
        }

        var next = text[j];
        if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '\u201C' or '\'' or '\u2018' or '(' or '*'))
        {
            return false;
        }

        return text[i] != '.' || !EndsWithAbbreviation(text, i);
    }

    // "[12]": a bracketed number of one to three digits.
    private static int SourceNoteLength(string text, int at)
    {
        var k = at + 1;
        while (text[at] == '[' && k < text.Length && k - at <= 3 && char.IsDigit(text[k]))
        {
            k++;
        }

        return k > at + 1 && k < text.Length && text[k] == ']' ? k - at + 1 : 0;
    }

    private static bool EndsWithAbbreviation(string text, int dot)
    {
        var k = dot - 1;
        while (k >= 0 && char.IsLetter(text[k]))
        {
            k--;
        }

        var word = text.AsSpan(k + 1, dot - k - 1);
        if (word.Length == 0)
        {
            return false;
        }

        // A single capital letter is an initial ("Donald J. Trump"), or the end of U.S./U.N.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return !(k >= 1 && text[k] == '.' && char.IsUpper(text[k - 1]) && (k < 2 || !char.IsLetter(text[k - 2])))
                || NextWordIsLowerContinuation(text, dot);
        }

        return Abbreviations.Contains(word.ToString()) && k >= -1 && (k < 0 || text[k] != '.');
    }

    // After "U.S." a sentence usually goes on ("U.S. troops"); it ends only if the next word starts a clause.
    private static bool NextWordIsLowerContinuation(string text, int dot)
    {
        var j = dot + 1;
        while (j < text.Length && text[j] == ' ')
        {
            j++;
        }

        var k = j;
        while (k < text.Length && char.IsLetter(text[k]))
        {
            k++;
        }

        var next = text.AsSpan(j, k - j).ToString();
        return next is not ("The" or "It" or "He" or "She" or "They" or "We" or "In" or "On" or "But" or "A" or "This");
    }

    private static void Add(string text, int start, int end, List<TextSpan> result)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            result.Add(new TextSpan(start, end));
        }
    }
}
