using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Text;

/// <summary>
/// Splits text into words, numbers and punctuation with offsets. Hyphens split words (al-Sham → al, Sham)
/// so aliases match across spellings; apostrophes inside words are kept in the span and dropped in the
/// folded form (Hay'at → hayat); a possessive 's is flagged, not tokenised. Dotted abbreviations
/// (U.S., U.N.) stay one token.
/// </summary>
public static partial class Tokenizer
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
        if (table is not null && ReadAsciiWord(text, i, to, tokens, table) is var asciiEnd and > 0)
        {
            return asciiEnd;
        }

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

    // Longest word the one-pass reading below takes; a longer one goes the general way.
    private const int LongestAsciiWord = 64;

    /// <summary>
    /// Most words are ASCII letters and digits ended by a space or a punctuation mark that cannot continue them: such a
    /// word is scanned, folded and classified in one pass, where the general way reads it four times (its end, its
    /// folded form, its capitals and its letters). Returns where reading goes on, or 0 when the word needs the general
    /// way: a character past it may continue it (an apostrophe, a non-ASCII letter, the dot of "U.S.") or it is long.
    /// </summary>
    private static int ReadAsciiWord(string text, int start, int to, List<Token> tokens, WordIds table)
    {
        Span<char> folded = stackalloc char[LongestAsciiWord];
        var (letters, upper, digits) = (0, 0, 0);
        var end = start;
        for (; end < to; end++)
        {
            var c = text[end];
            if (char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c))
            {
                letters += c >= 'a' ? 1 : 0;
                digits += c < 'a' ? 1 : 0;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                (letters, upper) = (letters + 1, upper + 1);
                c = (char)(c + ('a' - 'A'));
            }
            else
            {
                break;
            }

            if (end - start == LongestAsciiWord)
            {
                return 0;
            }

            folded[end - start] = c;
        }

        // WordEnd goes on past a non-ASCII character (a letter, or an apostrophe before a letter), an ASCII apostrophe,
        // and the dot after a first letter ("U.S."); anything else ends the word here as it ends it.
        if (end < to && (text[end] > '\u007F' || text[end] is '\'' or '`' || (text[end] == '.' && end - start == 1)))
        {
            return 0;
        }

        var word = folded[..(end - start)];
        var id = table.IdOf(word, out var key);
        var norm = key ?? new string(word);
        var allCaps = upper == letters && (letters >= 2 || (letters == 1 && digits > 0));
        var article = end < to && NameFolding.IsDash(text[end]) && end + 1 < to && char.IsLetter(text[end + 1]) && NameFolding.IsArticle(norm);
        tokens.Add(new Token(start, end, TokenKind.Word, norm, char.IsAsciiLetterUpper(text[start]), allCaps, article, false, id, table.PrefixIdOf(word)));
        return end;
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
