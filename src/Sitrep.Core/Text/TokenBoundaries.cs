using System.Runtime.CompilerServices;

namespace Sitrep.Core.Text;

/// <summary>Where the tokenizer's word and number tokens end, and their spans read without making tokens.</summary>
public static partial class Tokenizer
{
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
}
