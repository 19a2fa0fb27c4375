using System.Globalization;
using System.Text;

namespace Sitrep.Core.Text;

/// <summary>
/// Folds names for matching: lower case, no diacritics, no apostrophes; and a transliteration
/// skeleton that lets spellings the data never listed meet (Suwayda/Sweida, Khmeimim/Hmeimim).
/// </summary>
public static class NameFolding
{
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u2018' or '\u02BF' or '\u02BE' or '`' or '\u00B4';

    public static bool IsDash(char c) => c is '-' or '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    /// <summary>Lower case, diacritics and apostrophes removed.</summary>
    public static string Fold(ReadOnlySpan<char> s)
    {
        Span<char> buffer = s.Length <= 128 ? stackalloc char[s.Length] : new char[s.Length];
        var n = FoldAscii(s, buffer, out var ascii);
        return ascii ? new string(buffer[..n]) : FoldUnicode(buffer[..n]);
    }

    /// <summary>
    /// The folded form of <paramref name="s"/> written into <paramref name="buffer"/> (at least as long), as far as ASCII
    /// folding goes: lower case, apostrophes dropped. Returns its length; <paramref name="ascii"/> is false when other
    /// characters remain for <see cref="Fold"/> to decompose.
    /// </summary>
    public static int FoldAscii(ReadOnlySpan<char> s, Span<char> buffer, out bool ascii)
    {
        var n = 0;
        ascii = true;
        foreach (var c in s)
        {
            // ASCII first: of the apostrophes only ' and ` are ASCII; the other tests run for other characters only.
            if (c <= '\u007F')
            {
                if (c is not ('\'' or '`'))
                {
                    buffer[n++] = c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
                }

                continue;
            }

            if (IsApostrophe(c))
            {
                continue;
            }

            ascii = false;
            buffer[n++] = c;
        }

        return n;
    }

    private static string FoldUnicode(ReadOnlySpan<char> partlyFolded)
    {
        var decomposed = new string(partlyFolded).Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// A consonant skeleton: digraphs mapped (kh→h, q→k, ou→u), every vowel run (with w and y)
    /// made one 'a', doubled letters collapsed and a final h after a vowel dropped.
    /// </summary>
    public static string Skeleton(string folded)
    {
        // Built in a buffer on the stack: the skeleton is never longer than the folded word.
        Span<char> sb = folded.Length <= 128 ? stackalloc char[folded.Length] : new char[folded.Length];
        var n = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            var mapped = VariantLetter(folded, ref i, vowelsAsOne: true);
            if (!char.IsLetterOrDigit(mapped))
            {
                continue;
            }

            if (n > 0 && sb[n - 1] == mapped)
            {
                continue;
            }

            sb[n++] = mapped;
        }

        if (n > 2 && sb[n - 1] == 'h' && sb[n - 2] == 'a')
        {
            n--;
        }

        return new string(sb[..n]);
    }

    /// <summary>
    /// The letter at i with transliteration variants mapped to one form (kh→h, ph→f, q→k); a digraph moves i past its h.
    /// Vowels, w and y all become 'a' when <paramref name="vowelsAsOne"/>, else e/y become 'i' and o/w become 'u'.
    /// </summary>
    internal static char VariantLetter(string s, ref int i, bool vowelsAsOne)
    {
        var c = s[i];
        var next = i + 1 < s.Length ? s[i + 1] : '\0';
        if (next == 'h' && c is 'k' or 'g' or 'd' or 't' or 's' or 'p' or 'c' or 'z')
        {
            i++;
            return c switch { 'k' => 'h', 'p' => 'f', 'c' => 's', _ => c };
        }

        return c switch
        {
            'q' or 'c' => 'k',
            'e' or 'i' or 'o' or 'u' or 'y' or 'w' when vowelsAsOne => 'a',
            'e' or 'y' => 'i',
            'o' or 'w' => 'u',
            _ => c,
        };
    }

    /// <summary>Arabic definite articles written joined with a hyphen (al-Sham, as-Suwayda, ad-Dana).</summary>
    public static bool IsArticle(string folded) => folded is "al" or "el" or "ad" or "as" or "ash" or "an" or "ar"
        or "at" or "az" or "ed" or "es" or "ez" or "ul" or "et" or "ag" or "adh" or "ath" or "ud" or "ut";
}
