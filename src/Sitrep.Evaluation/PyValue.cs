using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>Kinds of <see cref="PyValue"/>, the value types Python's json module produces.</summary>
internal enum PyKind
{
    None,
    Bool,
    Int,
    Float,
    Str,
    List,
    Dict,
}

/// <summary>
/// A decoded JSON value with the semantics of the object Python's <c>json.loads</c> builds: integers and
/// floats are distinct, objects keep the position of a key's first occurrence and the value of its last.
/// </summary>
internal sealed class PyValue
{
    private static readonly JsonDocumentOptions ParseOptions = new() { MaxDepth = 4096 };

    private static readonly OrderedDictionary<string, PyValue> NoEntries = new(StringComparer.Ordinal);

    public static readonly PyValue None = new(PyKind.None);
    public static readonly PyValue True = new(PyKind.Bool) { Bool = true };
    public static readonly PyValue False = new(PyKind.Bool) { Bool = false };

    private PyValue(PyKind kind) => Kind = kind;

    public PyKind Kind { get; }
    public bool Bool { get; private init; }
    public BigInteger Int { get; private init; }
    public double Float { get; private init; }
    public string Str { get; private init; } = "";
    public IReadOnlyList<PyValue> Items { get; private init; } = [];

    /// <summary>The entries of a dict (shared and empty for other kinds; never mutated after parsing).</summary>
    public OrderedDictionary<string, PyValue> Dict { get; private init; } = NoEntries;

    public bool IsDict => Kind == PyKind.Dict;

    public static PyValue FromString(string s) => new(PyKind.Str) { Str = s };

    public static PyValue FromList(IReadOnlyList<PyValue> items) => new(PyKind.List) { Items = items };

    public static PyValue FromDict(OrderedDictionary<string, PyValue> dict) => new(PyKind.Dict) { Dict = dict };

    /// <summary><c>dict.get(key)</c>: null when the key is absent (so callers can apply a default).</summary>
    public PyValue? Get(string key) => Kind == PyKind.Dict && Dict.TryGetValue(key, out var v) ? v : null;

    /// <summary><c>dict.get(key)</c> with Python's implicit None default.</summary>
    public PyValue GetOrNone(string key) => Get(key) ?? None;

    /// <summary>Parses one JSON text; throws <see cref="JsonException"/> where <c>json.loads</c> would fail.</summary>
    public static PyValue Parse(string json)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, ParseOptions);
            return FromElement(doc.RootElement, namedFloats: false);
        }
        catch (JsonException) when (NamedFloatLiterals.TryReplace(json, out var replaced))
        {
            using var doc = JsonDocument.Parse(replaced, ParseOptions);
            return FromElement(doc.RootElement, namedFloats: true);
        }
    }

    private static PyValue FromElement(JsonElement e, bool namedFloats)
    {
        switch (e.ValueKind)
        {
            case JsonValueKind.Object:
                var dict = new OrderedDictionary<string, PyValue>(StringComparer.Ordinal);
                foreach (var p in e.EnumerateObject())
                {
                    dict[PropertyName(p)] = FromElement(p.Value, namedFloats);
                }
                return FromDict(dict);
            case JsonValueKind.Array:
                return FromList(e.EnumerateArray().Select(x => FromElement(x, namedFloats)).ToList());
            case JsonValueKind.String:
                return FromString(StringValue(e));
            case JsonValueKind.Number:
                var raw = e.GetRawText();
                if (namedFloats && NamedFloatLiterals.ValueOf(raw) is { } named)
                {
                    return new PyValue(PyKind.Float) { Float = named };
                }
                return raw.AsSpan().IndexOfAny(".eE") >= 0
                    ? new PyValue(PyKind.Float) { Float = double.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture) }
                    : new PyValue(PyKind.Int) { Int = BigInteger.Parse(raw, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) };
            case JsonValueKind.True:
                return True;
            case JsonValueKind.False:
                return False;
            default:
                return None;
        }
    }

    // Python accepts escaped lone surrogates; System.Text.Json parses them but refuses to materialise them.
    private static string StringValue(JsonElement e)
    {
        try
        {
            return e.GetString() ?? "";
        }
        catch (InvalidOperationException)
        {
            return Unescape(e.GetRawText());
        }
    }

    private static string PropertyName(JsonProperty p)
    {
        try
        {
            return p.Name;
        }
        catch (InvalidOperationException)
        {
            return Unescape("\"" + Encoding.UTF8.GetString(JsonMarshal.GetRawUtf8PropertyName(p)) + "\"");
        }
    }

    /// <summary>Decodes a JSON string literal (quotes included), keeping unpaired surrogates.</summary>
    private static string Unescape(string raw)
    {
        var sb = new StringBuilder();
        var i = 1;
        while (raw[i] != '"')
        {
            if (raw[i] != '\\')
            {
                sb.Append(raw[i++]);
                continue;
            }
            var c = raw[i + 1];
            i += 2;
            switch (c)
            {
                case 'b': sb.Append('\b'); break;
                case 'f': sb.Append('\f'); break;
                case 'n': sb.Append('\n'); break;
                case 'r': sb.Append('\r'); break;
                case 't': sb.Append('\t'); break;
                case 'u':
                    sb.Append((char)int.Parse(raw.AsSpan(i, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    i += 4;
                    break;
                default: sb.Append(c); break;
            }
        }
        return sb.ToString();
    }
}
