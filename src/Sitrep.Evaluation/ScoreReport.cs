using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores of extractor output against gold annotations. A ratio is null when its denominator is zero.
/// <see cref="Diagnostics"/> holds the MISS / FP / ATTR lines (one per missed required gold event, unmatched
/// prediction, or matched prediction disagreeing on an attribute), as the reference scorer prints them.
/// </summary>
public sealed record ScoreReport(
    [property: JsonPropertyName("documents")] int Documents,
    [property: JsonPropertyName("missing_documents")] int MissingDocuments,
    [property: JsonPropertyName("duplicate_documents")] int DuplicateDocuments,
    [property: JsonPropertyName("bad_json_lines")] int BadJsonLines,
    [property: JsonPropertyName("event_precision")] double? EventPrecision,
    [property: JsonPropertyName("event_recall")] double? EventRecall,
    [property: JsonPropertyName("event_f1")] double EventF1,
    [property: JsonPropertyName("status_accuracy")] double? StatusAccuracy,
    [property: JsonPropertyName("time_accuracy")] double? TimeAccuracy,
    [property: JsonPropertyName("quantity_accuracy")] double? QuantityAccuracy,
    [property: JsonPropertyName("entity_recall")] double? EntityRecall,
    [property: JsonPropertyName("framing_recall")] double? FramingRecall,
    [property: JsonPropertyName("framing_precision")] double? FramingPrecision,
    [property: JsonPropertyName("boilerplate_removed")] double? BoilerplateRemoved,
    [property: JsonPropertyName("body_kept")] double? BodyKept,
    [property: JsonPropertyName("metadata_accuracy")] double? MetadataAccuracy,
    [property: JsonPropertyName("shared_text_recall")] double? SharedTextRecall,
    [property: JsonPropertyName("shared_text_false_pairs")] int SharedTextFalsePairs,
    [property: JsonPropertyName("per_document")] IReadOnlyDictionary<string, string> PerDocument,
    [property: JsonPropertyName("diagnostics")] IReadOnlyList<string> Diagnostics)
{
    /// <summary>
    /// Event figures per event type (ordinal order), from the same matching as the event metrics; printed only
    /// when asked for, so the default output stays that of the reference scorer.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyDictionary<string, TypeScore> PerType { get; init; } = new Dictionary<string, TypeScore>();

    /// <summary>The metrics by their JSON names, in report order, formatted as Python prints them (null for None).</summary>
    private IEnumerable<(string Key, string? Value)> FormattedMetrics()
    {
        yield return ("documents", Count(Documents));
        yield return ("missing_documents", Count(MissingDocuments));
        yield return ("duplicate_documents", Count(DuplicateDocuments));
        yield return ("bad_json_lines", Count(BadJsonLines));
        yield return ("event_precision", Ratio(EventPrecision));
        yield return ("event_recall", Ratio(EventRecall));
        yield return ("event_f1", Ratio(EventF1));
        yield return ("status_accuracy", Ratio(StatusAccuracy));
        yield return ("time_accuracy", Ratio(TimeAccuracy));
        yield return ("quantity_accuracy", Ratio(QuantityAccuracy));
        yield return ("entity_recall", Ratio(EntityRecall));
        yield return ("framing_recall", Ratio(FramingRecall));
        yield return ("framing_precision", Ratio(FramingPrecision));
        yield return ("boilerplate_removed", Ratio(BoilerplateRemoved));
        yield return ("body_kept", Ratio(BodyKept));
        yield return ("metadata_accuracy", Ratio(MetadataAccuracy));
        yield return ("shared_text_recall", Ratio(SharedTextRecall));
        yield return ("shared_text_false_pairs", Count(SharedTextFalsePairs));
    }

    /// <summary>
    /// One <c>name value</c> line per metric (name padded to 26), then one line per gold document; with
    /// <paramref name="perType"/>, the per-type table after them.
    /// </summary>
    public string ToText(bool perType = false)
    {
        var sb = new StringBuilder();
        foreach (var (key, value) in FormattedMetrics())
        {
            sb.Append(key.PadRight(26)).Append(' ').Append(value ?? "None").Append('\n');
        }
        foreach (var (name, line) in PerDocument)
        {
            sb.Append("  ").Append(name).Append(": ").Append(line).Append('\n');
        }
        if (perType)
        {
            TypeTally.AppendText(sb, PerType);
        }
        return sb.ToString();
    }

    /// <summary>
    /// The report as one JSON object with the metric names as keys and <c>per_document</c> last, formatted like
    /// Python's <c>json.dumps</c>; <c>per_type</c> and then <c>diagnostics</c> are appended only when asked for.
    /// </summary>
    public string ToJson(bool includeDiagnostics = false, bool perType = false)
    {
        var sb = new StringBuilder("{");
        foreach (var (key, value) in FormattedMetrics())
        {
            sb.Append('"').Append(key).Append("\": ").Append(value ?? "null").Append(", ");
        }
        sb.Append("\"per_document\": {");
        var first = true;
        foreach (var (name, line) in PerDocument)
        {
            sb.Append(first ? "" : ", ");
            first = false;
            PyFormat.DumpString(sb, name);
            sb.Append(": ");
            PyFormat.DumpString(sb, line);
        }
        sb.Append('}');
        if (perType)
        {
            sb.Append(", ");
            TypeTally.AppendJson(sb, PerType);
        }
        if (includeDiagnostics)
        {
            sb.Append(", \"diagnostics\": [");
            for (var i = 0; i < Diagnostics.Count; i++)
            {
                sb.Append(i == 0 ? "" : ", ");
                PyFormat.DumpString(sb, Diagnostics[i]);
            }
            sb.Append(']');
        }
        return sb.Append('}').ToString();
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Ratio(double? value) => value is { } v ? PyFormat.JsonFloat(v) : null;
}
