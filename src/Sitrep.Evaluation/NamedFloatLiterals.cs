namespace Sitrep.Evaluation;

/// <summary>
/// Python's json module also reads the bare literals <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c>, which
/// System.Text.Json rejects. Text that failed to parse is retried with each such token (standing alone between
/// JSON delimiters, outside strings) replaced by a number literal that stands for it (the stand-ins are
/// zeros with absurd exponents, so only text that also spells one of them literally would be misread).
/// </summary>
internal static class NamedFloatLiterals
{
    public const string NaN = "0E-9999999999999999999999999999999999999999999999999999999999999991";
    public const string PositiveInfinity = "0E-9999999999999999999999999999999999999999999999999999999999999992";
    public const string NegativeInfinity = "0E-9999999999999999999999999999999999999999999999999999999999999993";

    private static readonly (string Token, string Replacement)[] Tokens =
        [("-Infinity", NegativeInfinity), ("Infinity", PositiveInfinity), ("NaN", NaN)];

    /// <summary>The value a replacement literal stands for, if <paramref name="raw"/> is one.</summary>
    public static double? ValueOf(string raw) => raw switch
    {
        NaN => double.NaN,
        PositiveInfinity => double.PositiveInfinity,
        NegativeInfinity => double.NegativeInfinity,
        _ => null,
    };

    /// <summary>Replaces the literals; false when there are none.</summary>
    public static bool TryReplace(string json, out string replaced)
    {
        var sb = new System.Text.StringBuilder(json.Length);
        var found = false;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var c = json[i];
            if (inString)
            {
                if (c == '\\' && i + 1 < json.Length)
                {
                    sb.Append(c);
                    c = json[++i];
                }
                else if (c == '"')
                {
                    inString = false;
                }
                sb.Append(c);
                continue;
            }
            if (c == '"')
            {
                inString = true;
            }
            else if (i == 0 || IsDelimiter(json[i - 1]) || json[i - 1] is '[' or ':')
            {
                var match = Array.FindIndex(Tokens, t => string.CompareOrdinal(json, i, t.Token, 0, t.Token.Length) == 0
                    && (i + t.Token.Length == json.Length || IsDelimiter(json[i + t.Token.Length]) || json[i + t.Token.Length] is ']' or '}'));
                if (match >= 0)
                {
                    sb.Append(Tokens[match].Replacement);
                    i += Tokens[match].Token.Length - 1;
                    found = true;
                    continue;
                }
            }
            sb.Append(c);
        }
        replaced = sb.ToString();
        return found;
    }

    private static bool IsDelimiter(char c) => c is ',' or ' ' or '\t' or '\n' or '\r';
}
