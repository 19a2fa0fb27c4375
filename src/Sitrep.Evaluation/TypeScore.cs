using System.Globalization;
using System.Text;

namespace Sitrep.Evaluation;

/// <summary>
/// Event figures for one event type, from the same matching as the corpus metrics. <see cref="Predicted"/> and
/// <see cref="Matched"/> count predicted events of this type and those paired with a gold event;
/// <see cref="Required"/> and <see cref="RequiredHit"/> count required gold events whose first accepted type is
/// this one and those paired with a prediction (a gold document with no prediction counts as all missed).
/// </summary>
public sealed record TypeScore(int Predicted, int Matched, int Required, int RequiredHit)
{
    /// <summary>Matched / Predicted, rounded to three decimals; null when nothing of this type was predicted.</summary>
    public double? Precision => Predicted == 0 ? null : PyFormat.Round3((double)Matched / Predicted);

    /// <summary>RequiredHit / Required, rounded to three decimals; null when no required gold event has this type.</summary>
    public double? Recall => Required == 0 ? null : PyFormat.Round3((double)RequiredHit / Required);
}

/// <summary>Per-type counters filled while scoring, and the per-type table as text and JSON.</summary>
internal sealed class TypeTally
{
    private readonly SortedDictionary<string, int[]> _counts = new(StringComparer.Ordinal);

    /// <summary>One predicted event of <paramref name="type"/> (the prediction's <c>type</c> as Python's str prints it).</summary>
    public void AddPredicted(PyValue type, bool matched)
    {
        var c = Counts(PyOps.Str(type));
        c[0]++;
        c[1] += matched ? 1 : 0;
    }

    /// <summary>One required gold event, filed under its first accepted type.</summary>
    public void AddRequired(PyValue goldEvent, bool hit)
    {
        var c = Counts(GoldType(goldEvent));
        c[2]++;
        c[3] += hit ? 1 : 0;
    }

    public IReadOnlyDictionary<string, TypeScore> ToScores()
    {
        var result = new SortedDictionary<string, TypeScore>(StringComparer.Ordinal);
        foreach (var (type, c) in _counts)
        {
            result[type] = new TypeScore(c[0], c[1], c[2], c[3]);
        }
        return result;
    }

    /// <summary>The first accepted type of a gold event: the first item of its type list (a bare string as is).</summary>
    public static string GoldType(PyValue goldEvent)
    {
        var t = goldEvent.GetOrNone("type");
        return t.Kind switch
        {
            PyKind.List => t.Items.Count > 0 ? PyOps.Str(t.Items[0]) : "(no type)",
            _ => PyOps.Str(t),
        };
    }

    /// <summary>A header line, then one line per type: counts, precision and recall ("-" when undefined).</summary>
    public static void AppendText(StringBuilder sb, IReadOnlyDictionary<string, TypeScore> perType)
    {
        var width = Math.Max(26, perType.Keys.Select(k => k.Length + 2).DefaultIfEmpty(0).Max());
        sb.Append("per_type".PadRight(width)).Append(" predicted  matched  precision  required  hit  recall\n");
        foreach (var (type, s) in perType)
        {
            sb.Append(("  " + type).PadRight(width))
                .Append(' ').Append(Int(s.Predicted).PadLeft(9))
                .Append(' ').Append(Int(s.Matched).PadLeft(8))
                .Append(' ').Append(Ratio(s.Precision).PadLeft(10))
                .Append(' ').Append(Int(s.Required).PadLeft(9))
                .Append(' ').Append(Int(s.RequiredHit).PadLeft(4))
                .Append(' ').Append(Ratio(s.Recall).PadLeft(7))
                .Append('\n');
        }
    }

    /// <summary><c>"per_type": {TYPE: {predicted, matched, precision, required, required_hit, recall}, ...}</c>.</summary>
    public static void AppendJson(StringBuilder sb, IReadOnlyDictionary<string, TypeScore> perType)
    {
        sb.Append("\"per_type\": {");
        var first = true;
        foreach (var (type, s) in perType)
        {
            sb.Append(first ? "" : ", ");
            first = false;
            PyFormat.DumpString(sb, type);
            sb.Append(": {\"predicted\": ").Append(Int(s.Predicted))
                .Append(", \"matched\": ").Append(Int(s.Matched))
                .Append(", \"precision\": ").Append(s.Precision is { } p ? PyFormat.JsonFloat(p) : "null")
                .Append(", \"required\": ").Append(Int(s.Required))
                .Append(", \"required_hit\": ").Append(Int(s.RequiredHit))
                .Append(", \"recall\": ").Append(s.Recall is { } r ? PyFormat.JsonFloat(r) : "null")
                .Append('}');
        }
        sb.Append('}');
    }

    private int[] Counts(string type)
    {
        if (!_counts.TryGetValue(type, out var c))
        {
            c = new int[4];
            _counts[type] = c;
        }
        return c;
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Ratio(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
