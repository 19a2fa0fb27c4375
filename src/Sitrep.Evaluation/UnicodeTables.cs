using System.Globalization;

namespace Sitrep.Evaluation;

/// <summary>
/// Unicode properties exactly as the reference scorer's Python runtime sees them (embedded resource
/// UnicodeTables.txt), so that results do not depend on the .NET runtime's Unicode version or on
/// globalization-invariant mode, where string normalisation is unavailable.
/// </summary>
internal static class UnicodeTables
{
    private const int HangulBase = 0xAC00;
    private const int HangulCount = 11172;

    private static readonly Dictionary<string, string> Sections = LoadSections();
    private static readonly RangeSet Word = RangeSet.Parse(Sections["word"]);
    private static readonly RangeSet Printable = RangeSet.Parse(Sections["printable"]);
    private static readonly RangeSet Space = RangeSet.Parse(Sections["space"]);
    private static readonly RangeSet Ignorable = RangeSet.Parse(Sections["ignorable"]);
    private static readonly RangeSet Cased = RangeSet.Parse(Sections["cased"]);
    private static readonly RangeSet CombiningClass = RangeSet.Parse(Sections["ccc"]);
    private static readonly RangeSet DecimalDigits = RangeSet.Parse(Sections["decimal"]);
    private static readonly Dictionary<int, int[]> LowerMap = ParseMapping(Sections["lower"]);
    private static readonly Dictionary<int, int[]> DecompositionMap = ParseMapping(Sections["nfkd"]);

    /// <summary>Python regex <c>\w</c> on str (alphanumeric or underscore).</summary>
    public static bool IsWord(int cp) => Word.Contains(cp);

    /// <summary><c>str.isspace</c>, which is also regex <c>\s</c> and the set <c>str.strip()</c> removes.</summary>
    public static bool IsSpace(int cp) => Space.Contains(cp);

    /// <summary><c>str.isprintable</c> for one code point.</summary>
    public static bool IsPrintable(int cp) => Printable.Contains(cp);

    /// <summary>Case-ignorable, as the final-sigma rule of <c>str.lower</c> uses it.</summary>
    public static bool IsCaseIgnorable(int cp) => Ignorable.Contains(cp);

    /// <summary>Cased and not case-ignorable.</summary>
    public static bool IsCased(int cp) => Cased.Contains(cp);

    /// <summary><c>unicodedata.combining</c>.</summary>
    public static int Combining(int cp) => CombiningClass.ValueOf(cp, out var v, out _) ? v : 0;

    /// <summary><c>unicodedata.decimal</c>, or -1.</summary>
    public static int DecimalValue(int cp) => DecimalDigits.ValueOf(cp, out var v, out var start) ? v + cp - start : -1;

    /// <summary>Appends the full lower-case mapping of one code point (sigma is handled by the caller).</summary>
    public static void AppendLower(int cp, List<int> output)
    {
        if (LowerMap.TryGetValue(cp, out var m))
        {
            output.AddRange(m);
        }
        else
        {
            output.Add(cp);
        }
    }

    /// <summary><c>unicodedata.normalize("NFKD", ...)</c> on a sequence of code points.</summary>
    public static List<int> Nfkd(IReadOnlyList<int> cps)
    {
        var output = new List<int>(cps.Count);
        foreach (var cp in cps)
        {
            if (cp >= HangulBase && cp < HangulBase + HangulCount)
            {
                var s = cp - HangulBase;
                output.Add(0x1100 + (s / 588));
                output.Add(0x1161 + (s % 588 / 28));
                if (s % 28 != 0)
                {
                    output.Add(0x11A7 + (s % 28));
                }
            }
            else if (DecompositionMap.TryGetValue(cp, out var m))
            {
                output.AddRange(m);
            }
            else
            {
                output.Add(cp);
            }
        }
        CanonicalOrder(output);
        return output;
    }

    // Stable sort of every run of non-starters by combining class.
    private static void CanonicalOrder(List<int> cps)
    {
        var i = 0;
        while (i < cps.Count)
        {
            if (Combining(cps[i]) == 0)
            {
                i++;
                continue;
            }
            var j = i;
            while (j < cps.Count && Combining(cps[j]) != 0)
            {
                j++;
            }
            if (j - i > 1)
            {
                var run = cps.GetRange(i, j - i).OrderBy(Combining).ToList();
                for (var k = 0; k < run.Count; k++)
                {
                    cps[i + k] = run[k];
                }
            }
            i = j;
        }
    }

    private static Dictionary<string, string> LoadSections()
    {
        var asm = typeof(UnicodeTables).Assembly;
        using var stream = asm.GetManifestResourceStream("Sitrep.Evaluation.UnicodeTables.txt")
            ?? throw new InvalidOperationException("Embedded Unicode tables are missing.");
        using var reader = new StreamReader(stream);
        var sections = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var sp = line.IndexOf(' ', StringComparison.Ordinal);
            sections[line[..sp]] = line[(sp + 1)..];
        }
        return sections;
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);

    // Items: A=X[,Y...] or A-B/step+D, A-B/step-D.
    private static Dictionary<int, int[]> ParseMapping(string section)
    {
        var map = new Dictionary<int, int[]>();
        foreach (var item in section.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var eq = item.IndexOf('=', StringComparison.Ordinal);
            if (eq >= 0)
            {
                map[Hex(item[..eq])] = item[(eq + 1)..].Split(',').Select(Hex).ToArray();
                continue;
            }
            var dash = item.IndexOf('-', StringComparison.Ordinal);
            var slash = item.IndexOf('/', StringComparison.Ordinal);
            var sign = item.IndexOfAny(['+', '-'], slash);
            var start = Hex(item[..dash]);
            var end = Hex(item[(dash + 1)..slash]);
            var step = int.Parse(item[(slash + 1)..sign], CultureInfo.InvariantCulture);
            var delta = Hex(item[(sign + 1)..]) * (item[sign] == '-' ? -1 : 1);
            for (var cp = start; cp <= end; cp += step)
            {
                map[cp] = [cp + delta];
            }
        }
        return map;
    }
}
