using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Evaluation;

/// <summary>Python's float <c>repr</c>, <c>float(str)</c>, <c>round(x, n)</c> and <c>json.dumps</c>.</summary>
internal static partial class PyFormat
{
    /// <summary><c>repr(float)</c>: shortest round-trip digits, exponent form below 1e-4 and from 1e16.</summary>
    public static string FloatRepr(double x)
    {
        if (double.IsNaN(x))
        {
            return "nan";
        }
        if (double.IsInfinity(x))
        {
            return x > 0 ? "inf" : "-inf";
        }
        var sign = x < 0 || (x == 0 && double.IsNegative(x)) ? "-" : "";
        var r = Math.Abs(x).ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E', StringComparison.Ordinal);
        var exp = e < 0 ? 0 : int.Parse(r[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var mantissa = e < 0 ? r : r[..e];
        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var digits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var decpt = (dot < 0 ? mantissa.Length : dot) + exp;
        var lead = digits.Length - digits.TrimStart('0').Length;
        digits = digits.Trim('0');
        decpt -= lead;
        if (digits.Length == 0)
        {
            return sign + "0.0";
        }
        if (decpt <= -4 || decpt > 16)
        {
            var m = digits.Length == 1 ? digits : digits[..1] + "." + digits[1..];
            var ex = decpt - 1;
            return sign + m + "e" + (ex < 0 ? "-" : "+") + Math.Abs(ex).ToString("00", CultureInfo.InvariantCulture);
        }
        if (decpt <= 0)
        {
            return sign + "0." + new string('0', -decpt) + digits;
        }
        return decpt >= digits.Length
            ? sign + digits + new string('0', decpt - digits.Length) + ".0"
            : sign + digits[..decpt] + "." + digits[decpt..];
    }

    /// <summary><c>float(s)</c> for a str; null where Python raises ValueError.</summary>
    public static double? ParseFloat(string s)
    {
        var sb = new StringBuilder();
        foreach (var cp in PyOps.CodePoints(s))
        {
            if (cp < 128)
            {
                sb.Append((char)cp);
            }
            else if (UnicodeTables.IsSpace(cp))
            {
                sb.Append(' ');
            }
            else
            {
                var d = UnicodeTables.DecimalValue(cp);
                sb.Append(d < 0 ? '?' : (char)('0' + d));
            }
        }
        var t = sb.ToString().Trim(' ', '\t', '\n', '\v', '\f', '\r');
        if (t.Contains('_', StringComparison.Ordinal))
        {
            for (var i = 0; i < t.Length; i++)
            {
                if (t[i] == '_' && (i == 0 || i == t.Length - 1 || !char.IsAsciiDigit(t[i - 1]) || !char.IsAsciiDigit(t[i + 1])))
                {
                    return null;
                }
            }
            t = t.Replace("_", "", StringComparison.Ordinal);
        }
        var m = FloatSyntax().Match(t);
        if (!m.Success)
        {
            return null;
        }
        var negative = t.StartsWith('-');
        if (m.Groups["inf"].Success)
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }
        if (m.Groups["nan"].Success)
        {
            return double.NaN;
        }
        return double.Parse(t, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    /// <summary><c>round(x, 3)</c>: the exact binary value rounded half to even.</summary>
    public static double Round3(double x)
    {
        if (!double.IsFinite(x) || x == 0)
        {
            return x;
        }
        var bits = BitConverter.DoubleToInt64Bits(Math.Abs(x));
        var exponent = (int)((bits >> 52) & 0x7FF);
        var mantissa = bits & 0xFFFFFFFFFFFFFL;
        if (exponent == 0)
        {
            exponent = 1;
        }
        else
        {
            mantissa |= 1L << 52;
        }
        var shift = exponent - 1075; // |x| = mantissa * 2^shift
        BigInteger q;
        if (shift >= 0)
        {
            q = new BigInteger(mantissa) * 1000 << shift;
        }
        else
        {
            var den = BigInteger.One << -shift;
            q = BigInteger.DivRem(new BigInteger(mantissa) * 1000, den, out var rem);
            var twice = rem * 2;
            if (twice > den || (twice == den && !q.IsEven))
            {
                q += 1;
            }
        }
        var result = double.Parse(q.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) / 1000.0;
        return x < 0 ? -result : result;
    }

    /// <summary><c>json.dumps(v)</c> with the default separators and <c>ensure_ascii</c>.</summary>
    public static string Dumps(PyValue v)
    {
        var sb = new StringBuilder();
        Dump(sb, v);
        return sb.ToString();
    }

    public static void DumpString(StringBuilder sb, string s)
    {
        sb.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\r': sb.Append("\\r"); break;
                case '\t': sb.Append("\\t"); break;
                case '\b': sb.Append("\\b"); break;
                case '\f': sb.Append("\\f"); break;
                default:
                    if (c < 0x20 || c > 0x7E)
                    {
                        sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }
                    break;
            }
        }
        sb.Append('"');
    }

    /// <summary>A float as <c>json.dumps</c> writes it.</summary>
    public static string JsonFloat(double x) =>
        double.IsNaN(x) ? "NaN" : double.IsInfinity(x) ? (x > 0 ? "Infinity" : "-Infinity") : FloatRepr(x);

    private static void Dump(StringBuilder sb, PyValue v)
    {
        switch (v.Kind)
        {
            case PyKind.None: sb.Append("null"); break;
            case PyKind.Bool: sb.Append(v.Bool ? "true" : "false"); break;
            case PyKind.Int: sb.Append(v.Int.ToString(CultureInfo.InvariantCulture)); break;
            case PyKind.Float: sb.Append(JsonFloat(v.Float)); break;
            case PyKind.Str: DumpString(sb, v.Str); break;
            case PyKind.List:
                sb.Append('[');
                for (var i = 0; i < v.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        sb.Append(", ");
                    }
                    Dump(sb, v.Items[i]);
                }
                sb.Append(']');
                break;
            default:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in v.Dict)
                {
                    if (!first)
                    {
                        sb.Append(", ");
                    }
                    first = false;
                    DumpString(sb, key);
                    sb.Append(": ");
                    Dump(sb, value);
                }
                sb.Append('}');
                break;
        }
    }

    // Atomic digit runs: "[0-9]+\.?[0-9]*" backtracks through every split of a long run of digits before failing.
    [GeneratedRegex(@"^[+-]?(?:(?<inf>(?i:inf|infinity))|(?<nan>(?i:nan))|(?:(?>[0-9]+)(?>\.[0-9]*)?|\.(?>[0-9]+))(?>[eE][+-]?[0-9]+)?)\z")]
    private static partial Regex FloatSyntax();
}
