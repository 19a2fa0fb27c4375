using System.Runtime.CompilerServices;
using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with offsets. Hyphens split words (al-Sham → al, Sham)
/// so aliases match across spellings; apostrophes inside words are kept in the span and dropped in the
/// folded form (Hay'at → hayat); a possessive 's is flagged, not tokenised. Dotted abbreviations
/// (U.S., U.N.) stay one token.
/// </summary>
public static class Tokenizer
{
    // Punctuation tokens of ASCII characters share one string per character instead of a new one each.
    private static readonly string[] AsciiStrings = [.. Enumerable.Range(0, 128).Select(c => ((char)c).ToString())];

    public static List<Token> Tokenize(string text, int from = 0, int to = -1) => Tokenize(text, null, from, to);

    /// <summary>
    /// Tokens with their words numbered in <paramref name="table"/> (<see cref="Token.Id"/>, <see cref="Token.PrefixId"/>)
    /// as they are read; a word the table numbers keeps the table's string as its folded form instead of a new one.
    /// </summary>
    public static List<Token> Tokenize(string text, WordIds? table, int from = 0, int to = -1)
    {
        if (to < 0)
        {
            to = text.Length;
        }

        var tokens = new List<Token>(Math.Max(8, (to - from) / 5));
        var i = from;
        while (i < to)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (char.IsDigit(c))
            {
                i = ReadNumber(text, i, to, tokens, table);
                continue;
            }

            if (char.IsLetter(c))
            {
                i = ReadWord(text, i, to, tokens, table);
                continue;
            }

            tokens.Add(new Token(i, i + 1, TokenKind.Punct, c < AsciiStrings.Length ? AsciiStrings[c] : c.ToString(), false, false, false, false));
            i++;
        }

        return tokens;
    }

    private static int ReadNumber(string text, int i, int to, List<Token> tokens, WordIds? table)
    {
        var start = i;
        i = NumberEnd(text, i, to);
        var span = text.AsSpan(start, i - start);
        var isNumber = !ContainsLetter(span);
        var norm = Folded(span, table, out var id, out var prefixId);
        tokens.Add(new Token(start, i, isNumber ? TokenKind.Number : TokenKind.Word, norm, false, false, false, false, id, prefixId));
        return i;
    }

    private static int ReadWord(string text, int i, int to, List<Token> tokens, WordIds? table)
    {
        var start = i;
        i = WordEnd(text, i, to, out var possessive);
        var end = i;
        var span = text.AsSpan(start, end - start);
        var norm = Folded(span, table, out var id, out var prefixId);
        var capitalized = char.IsUpper(text[start]);
        var allCaps = IsAllCaps(span);
        var article = i < to && NameFolding.IsDash(text[i]) && i + 1 < to && char.IsLetter(text[i + 1]) && NameFolding.IsArticle(norm);
        tokens.Add(new Token(start, end, TokenKind.Word, norm, capitalized, allCaps, article, possessive, id, prefixId));
        if (possessive)
        {
            i += 2;
        }

        return i;
    }

    /// <summary>
    /// The next word or number token from <paramref name="i"/> on, as <see cref="Tokenize(string, int, int)"/> reads it,
    /// without making the token: its span, and <paramref name="i"/> moved past it (and past a possessive 's).
    /// False when none is left before <paramref name="to"/>.
    /// </summary>
    public static bool NextWord(string text, ref int i, int to, out int start, out int end)
    {
        while (i < to)
        {
            var c = text[i];
            if (char.IsDigit(c))
            {
                start = i;
                end = i = NumberEnd(text, i, to);
                return true;
            }

            if (char.IsLetter(c))
            {
                start = i;
                end = WordEnd(text, i, to, out var possessive);
                i = possessive ? end + 2 : end;
                return true;
            }

            i++; // white space and punctuation
        }

        start = end = to;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int NumberEnd(string text, int i, int to)
    {
        var start = i;
        while (i < to && (char.IsDigit(text[i])
            || (text[i] is ',' or '.' && i + 1 < to && char.IsDigit(text[i + 1]) && i > start)))
        {
            i++;
        }

        // "T4", "4th": letters glued to digits stay in the token.
        while (i < to && char.IsLetter(text[i]))
        {
            i++;
        }

        return i;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(string text, int i, int to, out bool possessive)
    {
        var start = i;
        possessive = false;
        while (i < to)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
                continue;
            }

            if (NameFolding.IsApostrophe(c) && i + 1 < to && char.IsLetter(text[i + 1]))
            {
                // 's at the end of a word is a possessive, not part of the name.
                if (text[i + 1] is 's' or 'S' && (i + 2 >= to || !char.IsLetter(text[i + 2])))
                {
                    possessive = true;
                    break;
                }

                i++;
                continue;
            }

            // Dotted abbreviation: U.S., U.N., U.K.
            if (c == '.' && i + 1 < to && char.IsUpper(text[i + 1]) && i - start == 1
                && i + 2 < to && text[i + 2] == '.')
            {
                i += 3;
                while (i + 1 < to && char.IsUpper(text[i]) && text[i + 1] == '.')
                {
                    i += 2;
                }

                break;
            }

            break;
        }

        return i;
    }

    // The folded form of a word and its numbers in the table. A word the table numbers shares the table's string.
    private static string Folded(ReadOnlySpan<char> span, WordIds? table, out int id, out int prefixId)
    {
        if (table is null)
        {
            (id, prefixId) = (-1, -1);
            return NameFolding.Fold(span);
        }

        Span<char> buffer = span.Length <= 128 ? stackalloc char[span.Length] : new char[span.Length];
        var n = NameFolding.FoldAscii(span, buffer, out var ascii);
        if (!ascii)
        {
            var unicode = NameFolding.Fold(span);
            (id, prefixId) = (table.IdOf(unicode), table.PrefixIdOf(unicode));
            return unicode;
        }

        var folded = buffer[..n];
        id = table.IdOf(folded, out var key);
        prefixId = table.PrefixIdOf(folded);
        return key ?? new string(folded);
    }

    private static bool ContainsLetter(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                return true;
            }
        }

        return false;
    }

    // "US", "HTS", "T4": capitals only, two letters or a letter with digits.
    private static bool IsAllCaps(ReadOnlySpan<char> s)
    {
        var letters = 0;
        var digits = 0;
        foreach (var c in s)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
        }

        return letters >= 2 || (letters == 1 && digits > 0);
    }
}
