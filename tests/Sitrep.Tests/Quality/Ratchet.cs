using System.Globalization;
using Sitrep.Evaluation;

namespace Sitrep.Tests.Quality;

/// <summary>
/// The quality ratchet: per corpus, a floor for every score metric, recorded in the fenced <c>ratchet</c> block
/// of docs/quality.md. Lines are <c>corpus: NAME</c> (opens a section) or <c>metric: floor</c>; text after
/// <c>#</c> is a comment.
/// </summary>
public static class Ratchet
{
    /// <summary>The score metrics a floor can be recorded for, by their names in the score output.</summary>
    public static readonly IReadOnlyList<(string Name, Func<ScoreReport, double?> Value)> Metrics =
    [
        ("event_precision", r => r.EventPrecision),
        ("event_recall", r => r.EventRecall),
        ("event_f1", r => r.EventF1),
        ("status_accuracy", r => r.StatusAccuracy),
        ("time_accuracy", r => r.TimeAccuracy),
        ("quantity_accuracy", r => r.QuantityAccuracy),
        ("entity_recall", r => r.EntityRecall),
        ("framing_recall", r => r.FramingRecall),
        ("framing_precision", r => r.FramingPrecision),
        ("boilerplate_removed", r => r.BoilerplateRemoved),
        ("body_kept", r => r.BodyKept),
        ("metadata_accuracy", r => r.MetadataAccuracy),
        ("shared_text_recall", r => r.SharedTextRecall),
    ];

    public static string DocumentPath => Path.Combine(QualityCorpus.Root, "docs", "quality.md");

    /// <summary>The floors of every corpus section of the single <c>ratchet</c> block of a Markdown text.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Parse(string markdown)
    {
        var lines = markdown.ReplaceLineEndings("\n").Split('\n');
        var starts = Enumerable.Range(0, lines.Length).Where(i => lines[i].Trim() == "```ratchet").ToList();
        if (starts.Count != 1)
        {
            throw new FormatException($"expected exactly one ```ratchet block, found {starts.Count}");
        }
        var sections = new Dictionary<string, Dictionary<string, double>>(StringComparer.Ordinal);
        Dictionary<string, double>? current = null;
        var known = Metrics.Select(m => m.Name).ToHashSet(StringComparer.Ordinal);
        for (var i = starts[0] + 1; ; i++)
        {
            if (i == lines.Length)
            {
                throw new FormatException("the ratchet block is not closed");
            }
            var line = lines[i].Split('#')[0].Trim();
            if (lines[i].Trim() == "```")
            {
                break;
            }
            if (line.Length == 0)
            {
                continue;
            }
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"ratchet line {line}: expected 'name: value'");
            }
            var (key, value) = (line[..colon].Trim(), line[(colon + 1)..].Trim());
            if (key == "corpus")
            {
                current = [];
                if (!sections.TryAdd(value, current))
                {
                    throw new FormatException($"ratchet corpus {value} is listed twice");
                }
            }
            else if (current is null || !known.Contains(key) || current.ContainsKey(key)
                || !double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var floor) || floor is < 0 or > 1)
            {
                throw new FormatException($"ratchet line {line}: expected a known metric, once per corpus, with a floor from 0 to 1");
            }
            else
            {
                current[key] = floor;
            }
        }
        return sections.ToDictionary(s => s.Key, s => (IReadOnlyDictionary<string, double>)s.Value, StringComparer.Ordinal);
    }

    /// <summary>The floors recorded in docs/quality.md.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Load() => Parse(File.ReadAllText(DocumentPath));

    /// <summary>
    /// One line per metric measured below its floor (or not measured at all while a floor is recorded), and
    /// per metric measured without a recorded floor: metric, recorded floor, measured value.
    /// </summary>
    public static IReadOnlyList<string> Shortfalls(IReadOnlyDictionary<string, double> floors, ScoreReport report)
    {
        var result = new List<string>();
        foreach (var (name, value) in Metrics)
        {
            var measured = value(report);
            var hasFloor = floors.TryGetValue(name, out var floor);
            if (hasFloor && (measured is null || measured < floor))
            {
                result.Add($"{name}: recorded floor {Format(floor)}, measured {Format(measured)}");
            }
            else if (!hasFloor && measured is not null)
            {
                result.Add($"{name}: no floor recorded, measured {Format(measured)}");
            }
        }
        return result;
    }

    /// <summary>A measured value rounded down to two decimals: the floor to record for it.</summary>
    public static double FloorOf(double measured) => (double)(Math.Floor((decimal)measured * 100) / 100);

    private static string Format(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "none";
}
