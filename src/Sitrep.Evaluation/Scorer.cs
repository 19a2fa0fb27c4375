using System.Globalization;
using System.Text.Json;

namespace Sitrep.Evaluation;

/// <summary>
/// Scores extractor output (JSON Lines, one document per line) against a directory of gold annotations
/// (one <c>NAME.json</c> per report plus <c>aliases.json</c>). A predicted document belongs to the gold file
/// whose name equals the base name, without extension, of its <c>document.source</c> (or <c>document.id</c>).
/// </summary>
public static class Scorer
{
    /// <summary>Scores a JSON Lines file (UTF-8, an initial byte order mark is accepted).</summary>
    public static ScoreReport Score(string goldDir, string predJsonlPath, string? aliasesPath = null)
    {
        ArgumentNullException.ThrowIfNull(predJsonlPath);
        return Score(goldDir, [GoldDocument.ReadUtf8(predJsonlPath)], aliasesPath);
    }

    /// <summary>
    /// Scores JSON Lines text given as lines (an element holding line breaks is split at them; a byte order mark
    /// at the start of the first element is ignored). <paramref name="aliasesPath"/> defaults to
    /// <c>aliases.json</c> in <paramref name="goldDir"/>.
    /// </summary>
    public static ScoreReport Score(string goldDir, IEnumerable<string> predJsonLines, string? aliasesPath = null)
    {
        ArgumentNullException.ThrowIfNull(goldDir);
        ArgumentNullException.ThrowIfNull(predJsonLines);
        var aliases = AliasTable.Load(string.IsNullOrEmpty(aliasesPath) ? Path.Combine(goldDir, "aliases.json") : aliasesPath);
        var golds = GoldDocument.LoadAll(goldDir);

        var preds = new OrderedDictionary<string, PredictedDocument>(StringComparer.Ordinal);
        int badLines = 0, duplicates = 0;
        foreach (var raw in SplitLines(predJsonLines))
        {
            var line = PyOps.Strip(raw);
            if (line.Length == 0)
            {
                continue;
            }
            PyValue obj;
            try
            {
                obj = PyValue.Parse(line);
            }
            catch (JsonException)
            {
                badLines++;
                continue;
            }
            if (!obj.IsDict)
            {
                badLines++;
                continue;
            }
            var d = new PredictedDocument(obj);
            var key = Normalizer.Stem(PyOps.Or(d.Document.GetOrNone("source"), d.Document.GetOrNone("id")));
            if (preds.ContainsKey(key))
            {
                duplicates++;
            }
            preds[key] = d;
        }

        var totals = new ScoreTotals();
        var diagnostics = new List<string>();
        var scorer = new DocumentScorer(totals, aliases, diagnostics);
        var rows = new OrderedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var g in golds)
        {
            if (preds.TryGetValue(g.Name, out var d))
            {
                rows[g.Name] = scorer.Score(g, d);
            }
            else
            {
                scorer.ScoreMissing(g);
                rows[g.Name] = "MISSING";
            }
        }
        ScoreSharedText(golds, preds, totals);
        return totals.ToReport(golds.Count, duplicates, badLines, rows, diagnostics);
    }

    // Corpus level: document.shares_text_with and document.duplicate_of (ids or sources) against the gold
    // pairs, which are listed on both sides.
    private static void ScoreSharedText(IReadOnlyList<GoldDocument> golds,
        OrderedDictionary<string, PredictedDocument> preds, ScoreTotals totals)
    {
        var byId = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, d) in preds)
        {
            byId[PyOps.Str(d.Document.GetOrNone("id"))] = key;
        }
        var goldNames = golds.Select(g => g.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var g in golds)
        {
            if (!preds.TryGetValue(g.Name, out var d))
            {
                continue;
            }
            var shares = d.Document.GetOrNone("shares_text_with");
            if (PyOps.Truthy(shares) && shares.Kind != PyKind.List)
            {
                throw new InvalidDataException($"{g.Name}: document.shares_text_with must be a list.");
            }
            var refs = PyOps.IterateOrEmpty(shares).ToList();
            var duplicateOf = d.Document.GetOrNone("duplicate_of");
            if (PyOps.Truthy(duplicateOf))
            {
                refs.Add(duplicateOf);
            }
            var got = refs
                .Select(x => byId.TryGetValue(PyOps.Str(x), out var k) ? k : Normalizer.Stem(x))
                .ToHashSet(StringComparer.Ordinal);
            var want = g.List("shares_text_with").Select(SetKey).ToHashSet(StringComparer.Ordinal);
            totals.SharedCount += want.Count;
            totals.SharedOk += want.Count(got.Contains);
            totals.SharedFalsePairs += got.Count(x => !want.Contains(x) && goldNames.Contains(x));
        }
    }

    // Python set membership of a gold value: strings as themselves, other hashable values under a key no
    // string produced by the predictions can take (numbers equal to each other share it).
    private static string SetKey(PyValue v) => v.Kind switch
    {
        PyKind.Str => v.Str,
        PyKind.None => "\0None",
        PyKind.Bool or PyKind.Int => "\0" + PyOps.ToInt(v).ToString(CultureInfo.InvariantCulture),
        PyKind.Float when double.IsFinite(v.Float) && Math.Floor(v.Float) == v.Float
            => "\0" + PyOps.ToInt(v).ToString(CultureInfo.InvariantCulture),
        PyKind.Float => "\0" + PyFormat.FloatRepr(v.Float),
        _ => throw new InvalidDataException("shares_text_with must list names."),
    };

    // Lines as Python's universal-newline reading yields them; one byte order mark at the very start is dropped.
    private static IEnumerable<string> SplitLines(IEnumerable<string> chunks)
    {
        var first = true;
        foreach (var chunk in chunks)
        {
            var text = first && chunk.StartsWith('\uFEFF') ? chunk[1..] : chunk;
            first = false;
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] is '\n' or '\r')
                {
                    yield return text[start..i];
                    if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    start = i + 1;
                }
            }
            yield return text[start..];
        }
    }
}
