using System.Collections.Concurrent;

namespace Sitrep.Evaluation;

/// <summary>Name normalisation and the small string rules of the scorer.</summary>
internal static class Normalizer
{
    private const int CacheLimit = 200_000;
    private const int CachedLength = 512;
    private static readonly ConcurrentDictionary<string, string> Cache = new(StringComparer.Ordinal);

    /// <summary><c>norm</c> of a decoded JSON value: None gives "", anything else is normalised as <c>str(value)</c>.</summary>
    public static string Norm(PyValue? value) =>
        value is null || value.Kind == PyKind.None ? "" : Norm(PyOps.Str(value));

    /// <summary>
    /// NFKD, combining marks dropped, lower case, possessive 's and apostrophes dropped, hyphens/dashes and
    /// every character other than word characters, whitespace, '.' and '%' turned into spaces, whitespace
    /// folded and trimmed, a leading "the " dropped.
    /// </summary>
    public static string Norm(string s)
    {
        if (s.Length > CachedLength)
        {
            return Compute(s);
        }
        if (Cache.TryGetValue(s, out var hit))
        {
            return hit;
        }
        if (Cache.Count > CacheLimit)
        {
            Cache.Clear();
        }
        return Cache[s] = Compute(s);
    }

    /// <summary>The file name without directories and without its last extension.</summary>
    public static string Stem(PyValue? path)
    {
        var s = path is null || !PyOps.Truthy(path) ? "" : PyOps.Str(path);
        var b = s[(s.LastIndexOfAny(['\\', '/']) + 1)..];
        var dot = b.LastIndexOf('.');
        return dot < 0 ? b : b[..dot];
    }

    /// <summary>True when <paramref name="small"/> occurs in <paramref name="big"/> as whole space-separated words.</summary>
    public static bool ContainsWords(string big, string small) =>
        $" {big} ".Contains($" {small} ", StringComparison.Ordinal);

    private static string Compute(string s)
    {
        var decomposed = UnicodeTables.Nfkd(PyOps.CodePoints(s));
        decomposed.RemoveAll(cp => UnicodeTables.Combining(cp) != 0);
        var lower = Lower(decomposed);
        var output = new List<int>(lower.Count);
        var pendingSpace = false;
        for (var i = 0; i < lower.Count; i++)
        {
            var cp = lower[i];
            if ((cp == '\'' || cp == 0x2019) && i + 1 < lower.Count && lower[i + 1] == 's'
                && (i + 2 == lower.Count || !UnicodeTables.IsWord(lower[i + 2])))
            {
                i++; // possessive 's
                continue;
            }
            if (cp is '\'' or 0x2019 or 0x02BF or 0x2018)
            {
                continue;
            }
            var space = cp is '-' or (>= 0x2010 and <= 0x2015) || UnicodeTables.IsSpace(cp)
                || !(UnicodeTables.IsWord(cp) || cp == '.' || cp == '%');
            if (space)
            {
                pendingSpace = output.Count > 0;
                continue;
            }
            if (pendingSpace)
            {
                output.Add(' ');
                pendingSpace = false;
            }
            output.Add(cp);
        }
        var result = PyOps.FromCodePoints(output);
        return result.StartsWith("the ", StringComparison.Ordinal) ? result[4..] : result;
    }

    // str.lower(): full case mapping, with capital sigma becoming final sigma at the end of a word.
    private static List<int> Lower(List<int> cps)
    {
        var output = new List<int>(cps.Count);
        for (var i = 0; i < cps.Count; i++)
        {
            if (cps[i] == 0x03A3)
            {
                output.Add(IsFinalSigma(cps, i) ? 0x03C2 : 0x03C3);
            }
            else
            {
                UnicodeTables.AppendLower(cps[i], output);
            }
        }
        return output;
    }

    private static bool IsFinalSigma(List<int> cps, int i)
    {
        var j = i - 1;
        while (j >= 0 && UnicodeTables.IsCaseIgnorable(cps[j]))
        {
            j--;
        }
        if (j < 0 || !UnicodeTables.IsCased(cps[j]))
        {
            return false;
        }
        j = i + 1;
        while (j < cps.Count && UnicodeTables.IsCaseIgnorable(cps[j]))
        {
            j++;
        }
        return j == cps.Count || !UnicodeTables.IsCased(cps[j]);
    }
}
