namespace Sitrep.Core.Text;

/// <summary>
/// How far two transliterations of one name lie apart once the usual variations are folded away (kh/h, q/k, ou/u,
/// e/i/y, o/u/w, doubled letters, the article). A consonant skeleton alone joins names that merely share their
/// consonants ("Muallaqa" and "Malikiyah"); the vowels still tell them apart.
/// </summary>
public static class SpellingDistance
{
    /// <summary>True when the two folded names differ by at most one edit, or by at most a quarter of their length.</summary>
    public static bool CloseEnough(string foldedA, string foldedB)
    {
        var a = Light(foldedA);
        var b = Light(foldedB);
        var distance = Levenshtein(a, b);
        return distance <= 1 || distance * 4 <= Math.Max(a.Length, b.Length);
    }

    /// <summary>The name's letters with article words dropped and spelling variants mapped to one letter each.</summary>
    public static string Light(string folded)
    {
        var letters = new System.Text.StringBuilder(folded.Length);
        foreach (var word in folded.Split([' ', '-', '\'', '\u2019'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!NameFolding.IsArticle(word))
            {
                letters.Append(word);
            }
        }

        var s = letters.ToString();
        var sb = new System.Text.StringBuilder(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            var mapped = NameFolding.VariantLetter(s, ref i, vowelsAsOne: false);
            if (!char.IsLetter(mapped) || (sb.Length > 0 && sb[^1] == mapped))
            {
                continue;
            }

            sb.Append(mapped);
        }

        // A final h after a vowel is a spelling of the feminine ending (Raqqah, Raqqa).
        if (sb.Length > 2 && sb[^1] == 'h' && sb[^2] is 'a' or 'i' or 'u')
        {
            sb.Length--;
        }

        return sb.ToString();
    }

    private static int Levenshtein(string a, string b)
    {
        Span<int> previous = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < 128 ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            current.CopyTo(previous);
        }

        return previous[b.Length];
    }
}
