using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// The few Python built-ins the reference scorer applies to decoded JSON: truthiness, <c>str</c>/<c>repr</c>,
/// <c>==</c>, <c>in</c>, iteration, <c>len</c>, <c>float</c>, <c>int</c>. Where Python would raise an uncaught
/// error, an <see cref="InvalidDataException"/> is thrown.
/// </summary>
internal static class PyOps
{
    public static bool Truthy(PyValue v) => v.Kind switch
    {
        PyKind.None => false,
        PyKind.Bool => v.Bool,
        PyKind.Int => !v.Int.IsZero,
        PyKind.Float => v.Float != 0,
        PyKind.Str => v.Str.Length > 0,
        PyKind.List => v.Items.Count > 0,
        _ => v.Dict.Count > 0,
    };

    /// <summary><c>a or b</c>.</summary>
    public static PyValue Or(PyValue a, PyValue b) => Truthy(a) ? a : b;

    public static string Str(PyValue v) => v.Kind switch
    {
        PyKind.None => "None",
        PyKind.Bool => v.Bool ? "True" : "False",
        PyKind.Int => v.Int.ToString(CultureInfo.InvariantCulture),
        PyKind.Float => PyFormat.FloatRepr(v.Float),
        PyKind.Str => v.Str,
        PyKind.List => "[" + string.Join(", ", v.Items.Select(Repr)) + "]",
        _ => "{" + string.Join(", ", v.Dict.Select(kv => ReprString(kv.Key) + ": " + Repr(kv.Value))) + "}",
    };

    public static string Repr(PyValue v) => v.Kind == PyKind.Str ? ReprString(v.Str) : Str(v);

    public static string ReprString(string s)
    {
        var quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        var sb = new StringBuilder().Append(quote);
        foreach (var cp in CodePoints(s))
        {
            if (cp == quote || cp == '\\')
            {
                sb.Append('\\').Append((char)cp);
            }
            else if (cp == '\t' || cp == '\n' || cp == '\r')
            {
                sb.Append(cp == '\t' ? "\\t" : cp == '\n' ? "\\n" : "\\r");
            }
            else if (cp < 0x20 || cp == 0x7F)
            {
                sb.Append("\\x").Append(cp.ToString("x2", CultureInfo.InvariantCulture));
            }
            else if (cp < 0x7F || UnicodeTables.IsPrintable(cp))
            {
                AppendCodePoint(sb, cp);
            }
            else
            {
                sb.Append(cp <= 0xFF ? "\\x" + cp.ToString("x2", CultureInfo.InvariantCulture)
                    : cp <= 0xFFFF ? "\\u" + cp.ToString("x4", CultureInfo.InvariantCulture)
                    : "\\U" + cp.ToString("x8", CultureInfo.InvariantCulture));
            }
        }
        return sb.Append(quote).ToString();
    }

    public static bool Equal(PyValue a, PyValue b)
    {
        if (ReferenceEquals(a, b))
        {
            return true;
        }
        if (IsNumber(a) && IsNumber(b))
        {
            if (a.Kind == PyKind.Float || b.Kind == PyKind.Float)
            {
                if (a.Kind == PyKind.Float && b.Kind == PyKind.Float)
                {
                    return a.Float == b.Float;
                }
                var f = a.Kind == PyKind.Float ? a.Float : b.Float;
                var i = a.Kind == PyKind.Float ? IntOf(b) : IntOf(a);
                return double.IsFinite(f) && Math.Floor(f) == f && new BigInteger(f) == i;
            }
            return IntOf(a) == IntOf(b);
        }
        if (a.Kind != b.Kind)
        {
            return false;
        }
        return a.Kind switch
        {
            PyKind.None => true,
            PyKind.Str => string.Equals(a.Str, b.Str, StringComparison.Ordinal),
            PyKind.List => a.Items.Count == b.Items.Count && a.Items.Zip(b.Items).All(p => Equal(p.First, p.Second)),
            _ => a.Dict.Count == b.Dict.Count
                && a.Dict.All(kv => b.Dict.TryGetValue(kv.Key, out var w) && Equal(kv.Value, w)),
        };
    }

    /// <summary><c>x in container</c>.</summary>
    public static bool In(PyValue x, PyValue container)
    {
        switch (container.Kind)
        {
            case PyKind.List:
                return container.Items.Any(e => Equal(e, x));
            case PyKind.Str when x.Kind == PyKind.Str:
                return container.Str.Contains(x.Str, StringComparison.Ordinal);
            case PyKind.Dict when x.Kind is not (PyKind.List or PyKind.Dict):
                return x.Kind == PyKind.Str && container.Dict.ContainsKey(x.Str);
            default:
                throw new InvalidDataException($"cannot test membership in {container.Kind}");
        }
    }

    /// <summary><c>for x in v</c>: list items, dict keys, or the characters of a string.</summary>
    public static IEnumerable<PyValue> Iterate(PyValue v) => v.Kind switch
    {
        PyKind.List => v.Items,
        PyKind.Dict => v.Dict.Keys.Select(PyValue.FromString).ToList(),
        PyKind.Str => CodePoints(v.Str).Select(cp => PyValue.FromString(FromCodePoints([cp]))).ToList(),
        _ => throw new InvalidDataException($"{v.Kind} is not iterable"),
    };

    /// <summary><c>for x in v or []</c>.</summary>
    public static IEnumerable<PyValue> IterateOrEmpty(PyValue? v) => v is null || !Truthy(v) ? [] : Iterate(v);

    public static int Len(PyValue v) => v.Kind switch
    {
        PyKind.List => v.Items.Count,
        PyKind.Dict => v.Dict.Count,
        PyKind.Str => CodePoints(v.Str).Count,
        _ => throw new InvalidDataException($"{v.Kind} has no len()"),
    };

    /// <summary><c>int(v)</c> for the values gold files hold.</summary>
    public static BigInteger ToInt(PyValue v) => v.Kind switch
    {
        PyKind.Bool or PyKind.Int => IntOf(v),
        PyKind.Float when double.IsFinite(v.Float) => new BigInteger(Math.Truncate(v.Float)),
        PyKind.Str when BigInteger.TryParse(v.Str.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var i) => i,
        _ => throw new InvalidDataException($"int() of {v.Kind}"),
    };

    /// <summary><c>float(v)</c>; null where Python raises TypeError or ValueError.</summary>
    public static double? ToFloat(PyValue v)
    {
        switch (v.Kind)
        {
            case PyKind.Bool:
            case PyKind.Int:
                // Through decimal text: the direct BigInteger conversion does not round to nearest.
                var d = double.Parse(IntOf(v).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
                return double.IsInfinity(d) ? throw new InvalidDataException("int too large to convert to float") : d;
            case PyKind.Float:
                return v.Float;
            case PyKind.Str:
                return PyFormat.ParseFloat(v.Str);
            default:
                return null;
        }
    }

    /// <summary><c>s.strip()</c> with Python's whitespace set.</summary>
    public static string Strip(string s)
    {
        var cps = CodePoints(s);
        var a = 0;
        var b = cps.Count;
        while (a < b && UnicodeTables.IsSpace(cps[a]))
        {
            a++;
        }
        while (b > a && UnicodeTables.IsSpace(cps[b - 1]))
        {
            b--;
        }
        return a == 0 && b == cps.Count ? s : FromCodePoints(cps.GetRange(a, b - a));
    }

    /// <summary>Python's ordering of str (by code point).</summary>
    public static int Compare(string a, string b)
    {
        var x = CodePoints(a);
        var y = CodePoints(b);
        for (var i = 0; i < Math.Min(x.Count, y.Count); i++)
        {
            if (x[i] != y[i])
            {
                return x[i].CompareTo(y[i]);
            }
        }
        return x.Count.CompareTo(y.Count);
    }

    /// <summary>Code points of a string; unpaired surrogates stand for themselves, as in Python.</summary>
    public static List<int> CodePoints(string s)
    {
        var cps = new List<int>(s.Length);
        for (var i = 0; i < s.Length; i++)
        {
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                cps.Add(char.ConvertToUtf32(s[i], s[i + 1]));
                i++;
            }
            else
            {
                cps.Add(s[i]);
            }
        }
        return cps;
    }

    public static string FromCodePoints(IEnumerable<int> cps)
    {
        var sb = new StringBuilder();
        foreach (var cp in cps)
        {
            AppendCodePoint(sb, cp);
        }
        return sb.ToString();
    }

    public static void AppendCodePoint(StringBuilder sb, int cp)
    {
        if (cp > 0xFFFF)
        {
            sb.Append(char.ConvertFromUtf32(cp));
        }
        else
        {
            sb.Append((char)cp);
        }
    }

    private static bool IsNumber(PyValue v) => v.Kind is PyKind.Bool or PyKind.Int or PyKind.Float;

    private static BigInteger IntOf(PyValue v) => v.Kind == PyKind.Bool ? (v.Bool ? BigInteger.One : BigInteger.Zero) : v.Int;
}
