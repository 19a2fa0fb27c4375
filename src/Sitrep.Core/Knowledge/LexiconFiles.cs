using System.Buffers;
using System.Text.Json;

namespace Sitrep.Core.Knowledge;

/// <summary>Reads the lexicons under data/lexicon: framing, furniture, event triggers, cue lists, word lists.</summary>
internal static class LexiconFiles
{
    public static void ReadFraming(string path, RawKnowledge into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var doc = Json.Parse(path);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var term = e.Str("term");
            var category = e.Str("category");
            if (string.IsNullOrWhiteSpace(term) || category is null)
            {
                continue;
            }

            into.Framing[term] = new FramingEntry(term, category, e.Str("neutral") ?? "", e.Str("refers_to"));
        }
    }

    public static void ReadFurniture(string path, RawKnowledge into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var doc = Json.Parse(path);
        var root = doc.RootElement;
        var old = into.Furniture;
        var exact = new HashSet<string>(old.ExactLines, StringComparer.OrdinalIgnoreCase);
        foreach (var s in root.Strs("exact_lines"))
        {
            exact.Add(FoldSpaces(s));
        }

        var regexes = old.LineRegexes.ToList();
        if (root.TryGetProperty("line_regexes", out var rx) && rx.ValueKind == JsonValueKind.Array)
        {
            foreach (var r in rx.EnumerateArray())
            {
                var pattern = r.ValueKind == JsonValueKind.String ? r.GetString() : r.Str("regex");
                if (!string.IsNullOrEmpty(pattern))
                {
                    regexes.Add(Json.SafeRegex(pattern));
                }
            }
        }

        into.Furniture = new FurnitureRules(
            exact,
            old.LinePrefixes.Concat(root.Strs("line_prefixes")).Distinct().ToList(),
            regexes,
            old.GluedPhrases.Concat(root.Strs("glued_phrases")).Distinct().ToList())
        {
            ListMarkers = old.ListMarkers.Concat(root.Strs("list_markers")).ToHashSet(StringComparer.OrdinalIgnoreCase),
        };
    }

    public static void ReadEventRules(string path, RawKnowledge into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var doc = Json.Parse(path);
        foreach (var e in doc.RootElement.EnumerateArray())
        {
            var id = e.Str("id");
            var type = e.Str("type");
            if (id is null || type is null)
            {
                continue;
            }

            into.EventRules[id] = new EventRule(id, type, Phrases(e.Strs("cues")), Phrases(e.Strs("with")), e.Int("window") ?? 6,
                Phrases(e.Strs("unless")), e.Str("status"), e.Strs("units").ToList())
            {
                UnlessWindow = e.Int("unless_window"),
                NotAfter = e.Strs("not_after").Select(x => x.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal),
                NeedsQuantity = e.TryGetProperty("needs_quantity", out var nq) && nq.ValueKind == JsonValueKind.True,
                NeedsOwner = e.TryGetProperty("needs_owner", out var no) && no.ValueKind == JsonValueKind.True,
                NeedsPlaceObject = e.TryGetProperty("needs_place_object", out var npo) && npo.ValueKind == JsonValueKind.True,
                NeedsLocalPlace = e.TryGetProperty("needs_local_place", out var nlp) && nlp.ValueKind == JsonValueKind.True,
                ActorFromCompanion = e.TryGetProperty("actor_from_companion", out var ac) && ac.ValueKind == JsonValueKind.True,
                ActorIsCompanion = e.TryGetProperty("actor_is_companion", out var aic) && aic.ValueKind == JsonValueKind.True,
            };
        }
    }

    public static void ReadCues(string path, RawKnowledge into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        using var doc = Json.Parse(path);
        foreach (var p in doc.RootElement.EnumerateObject())
        {
            if (p.Value.ValueKind == JsonValueKind.Array)
            {
                into.Cues[p.Name] = Phrases(p.Value.EnumerateArray().Where(x => x.ValueKind == JsonValueKind.String).Select(x => x.GetString()!));
            }
        }
    }

    public static void ReadWordList(string path, HashSet<string> into)
    {
        if (!File.Exists(path))
        {
            return;
        }

        foreach (var line in File.ReadLines(path))
        {
            var w = line.Trim();
            if (w.Length > 0 && w[0] != '#')
            {
                into.Add(w.ToLowerInvariant());
            }
        }
    }

    /// <summary>A cue phrase as folded tokens; a token may end in * to match by prefix.</summary>
    public static List<string[]> Phrases(IEnumerable<string> phrases) =>
        phrases.Select(p => p.ToLowerInvariant().Replace('-', ' ').Replace("'", "", StringComparison.Ordinal).Replace("\u2019", "", StringComparison.Ordinal).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Where(a => a.Length > 0).ToList();

    /// <summary>The words of <paramref name="s"/> joined by single spaces (runs of white space become one space, ends are trimmed).</summary>
    public static string FoldSpaces(string s) =>
        IsFolded(s) ? s : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    // Every white-space character but the plain space, taken from char.IsWhiteSpace itself.
    private static readonly SearchValues<char> OtherWhiteSpace =
        SearchValues.Create([.. Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(c => c != ' ' && char.IsWhiteSpace(c))]);

    // Most lines are folded already: single spaces between words, none at the ends. They are kept as they are.
    // Three vectorised searches instead of a test of every character: no other white space, no double space, no
    // space at either end.
    internal static bool IsFolded(string s) =>
        s.Length == 0
        || (s[0] != ' ' && s[^1] != ' ' && !s.AsSpan().ContainsAny(OtherWhiteSpace) && !s.Contains("  ", StringComparison.Ordinal));
}
