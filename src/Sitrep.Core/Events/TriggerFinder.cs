using System.Collections.Frozen;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;

namespace Sitrep.Core.Events;

/// <summary>
/// Finds event cues sentence by sentence with the trigger rules of data/lexicon/events.json. When several rules
/// fire on the same words, a rule whose companion phrase was found wins over one that needs none.
/// </summary>
public sealed class TriggerFinder
{
    // Cues indexed by the numbers of their first words (prefixes such as "withdraw*" by their heads' numbers).
    private readonly CueIndex<(int Rule, int Cue)> _cues = new();
    private readonly WordIds _table;
    private readonly IReadOnlyList<EventRule> _rules;

    // Rules whose companion may be a percent sign (a token the phrase matcher never sees), found once.
    private readonly bool[] _percentCompanion;

    /// <summary>Indexes the cues of <paramref name="rules"/> by the numbers the knowledge base's table gave their first words.</summary>
    public TriggerFinder(IReadOnlyList<EventRule> rules, WordIds table)
    {
        _rules = rules;
        _table = table;
        _percentCompanion = [.. rules.Select(r => r.With.Any(w => w.Length == 1 && w[0] == "%"))];
        for (var r = 0; r < rules.Count; r++)
        {
            for (var c = 0; c < rules[r].Cues.Count; c++)
            {
                var first = rules[r].Cues[c][0];
                var key = table.CueKeyOf(first);
                if (key.Id < 0)
                {
                    throw new ArgumentException($"the word table does not number the cue word '{first}' of rule {rules[r].Id}", nameof(table));
                }

                _cues.Add(key, (r, c));
            }
        }
    }

    public List<Trigger> Find(AnalyzedText text, int sentence, IReadOnlyList<Mention> mentions)
    {
        var words = text.Words;
        var wordIds = text.KeyIds(_table);
        var prefixIds = text.PrefixIds(_table);
        var (from, to) = text.WordRange(sentence);
        var found = new List<Trigger>();
        List<(int Rule, int Cue)>? merged = null; // made only for a word with both exact and prefix cues
        for (var i = from; i < to; i++)
        {
            var exact = _cues.Exact(wordIds[i]);
            var prefixed = _cues.Prefixed(prefixIds[i]);
            if (exact is null && prefixed is null)
            {
                continue; // most words: no cue starts with them
            }

            // The same order as scanning the rules and their cues: the first cue of a rule that fits wins. Each list
            // of the index is in that order already (the cues were filed so); only a word with both needs a merge.
            var candidates = exact ?? prefixed!;
            if (exact is not null && prefixed is not null)
            {
                merged ??= [];
                merged.Clear();
                merged.AddRange(exact);
                merged.AddRange(prefixed);
                merged.Sort();
                candidates = merged;
            }

            var lastRule = -1;
            var afterAny = AfterAny(text, i, from); // the same for every cue starting at this word
            foreach (var (r, c) in candidates)
            {
                if (r == lastRule)
                {
                    continue;
                }

                var rule = _rules[r];
                var n = PhraseMatcher.MatchAt(words, i, to, rule.Cues[c]);
                if (n == 0 || afterAny || !Accept(text, r, i, i + n - 1, from, to, out var companion)
                    || (rule.NeedsOwner && !HasOwner(text, mentions, i))
                    || (rule.NeedsPlaceObject && !HasPlaceObject(text, mentions, i + n - 1, rule.NeedsLocalPlace)))
                {
                    continue;
                }

                var start = words[i].Start;
                found.Add(new Trigger(rule, i, i + n - 1, sentence, text.Body[start..words[i + n - 1].End], companion));
                lastRule = r;
            }
        }

        return Prefer(found);
    }

    private bool Accept(AnalyzedText text, int r, int first, int last, int from, int to, out int? companion)
    {
        var rule = _rules[r];
        var words = text.Words;
        companion = null;
        // "condemned the incursion by Israeli forces into X": a noun with its agent after it tells the fact itself.
        if (first > from && rule.NotAfter.Contains(words[first - 1].Norm) && !(last + 1 < to && words[last + 1].Norm == "by"))
        {
            return false;
        }

        var reach = Math.Max(rule.UnlessWindow ?? rule.Window, 4);
        var lo = Math.Max(from, first - reach);
        var hi = Math.Min(to, last + 1 + reach);
        if (rule.Unless.Count > 0)
        {
            // Only the words where an unless phrase starts can veto: the scan jumps from one to the next.
            for (var k = PhraseMatcher.NextAt(text, lo, hi, to, rule.Unless, out var n); k >= 0; k = PhraseMatcher.NextAt(text, k + 1, hi, to, rule.Unless, out n))
            {
                if (k <= last + 1 && k + n - 1 >= first - 1)
                {
                    return false; // the unless phrase overlaps or touches the cue
                }

                // "the fall of the former government in 2024, Israel has set up posts": an exception word in
                // another clause does not veto the cue. A rule with no companion window vetoes only with its own
                // exception window ("taking over positions vacated by X" is a handover, not an incursion).
                if ((rule.Window > 0 || rule.UnlessWindow is not null) && Math.Abs(k - first) <= (rule.UnlessWindow ?? rule.Window) && !CommaBetween(text, k, first))
                {
                    return false;
                }
            }
        }

        if (rule.NeedsQuantity && (!QuantityFinder.HasNumberBefore(text, first) || CountOfTheFallen(text, last, to)))
        {
            return false;
        }

        if (rule.With.Count == 0)
        {
            return true;
        }

        var wlo = Math.Max(from, first - rule.Window);
        var whi = Math.Min(to, last + 1 + rule.Window);
        // The first companion outside the cue's own words.
        for (var k = PhraseMatcher.NextAt(text, wlo, whi, to, rule.With, out _); k >= 0; k = PhraseMatcher.NextAt(text, k + 1, whi, to, rule.With, out _))
        {
            if (k < first || k > last)
            {
                companion = k;
                return true;
            }
        }

        return _percentCompanion[r] && HasPercent(text, wlo, whi);
    }

    // "regards any Turkish military presence as a threat", "will not withdraw under any agreement": a fact of any
    // kind is no fact, unless it is refused, denied or sought ("wants any new arrangement to include ...").
    private static bool AfterAny(AnalyzedText text, int cue, int from)
    {
        var words = text.Words;
        for (var k = cue - 1; k >= from && k >= cue - 4; k--)
        {
            var n = words[k].Norm;
            if (n == "any")
            {
                // "will not accept any ceasefire", "denied carrying out any strike": a refused, denied or sought fact is told.
                for (var b = k - 1; b >= from && b >= k - 3; b--)
                {
                    if (DenialBeforeAny.Contains(words[b].Norm))
                    {
                        return false;
                    }
                }

                return true;
            }

            if (words[k].Kind != TokenKind.Word || (!words[k].Capitalized && !AnyModifiers.Contains(n)))
            {
                return false;
            }
        }

        return false;
    }

    private static readonly WordSet AnyModifiers = WordSet.Create(
    [
        "new", "such", "further", "future", "military", "foreign", "permanent", "ground", "air", "possible", "potential", "joint",
        "armed", "naval", "large", "scale", "major", "direct", "unilateral", "additional", "other", "fresh", "long", "term",
    ]);

    private static readonly WordSet DenialBeforeAny = WordSet.Create(
    [
        "denied", "denies", "deny", "denying", "rejected", "rejects", "reject", "refused", "refuses", "refuse", "out", "not", "never", "no", "nt",
        "without", "carrying", "carried", "conducted", "conducting", "launched", "launching", "wants", "want", "seeks", "seek",
    ]);

    // "the Russian air base", "Turkish military posts", "a US base": an actor named right before the noun.
    private static bool HasOwner(AnalyzedText text, IReadOnlyList<Mention> mentions, int cue)
    {
        var k = cue - 1;
        while (k >= 0 && text.Words[k].Norm is "military" or "main" or "key" or "largest" or "new" or "former" or "two" or "three" or "several" or "strategic" or "remaining")
        {
            k--;
        }

        if (k >= 0 && text.Words[k].Norm is "its" or "their")
        {
            return text.Words[cue].Norm is not ("presence" or "footprint"); // "US forces remain at their bases"
        }

        // "The strike hit a vehicle outside X": the strike told before, now placed (the definite reference folds it back).
        if (k >= 0 && text.Words[k].Norm is "the" or "this" && cue + 1 < text.Words.Count && text.SentenceOfWord[cue + 1] == text.SentenceOfWord[cue]
            && text.Words[cue + 1].Norm is "hit" or "struck" or "targeted" or "destroyed" or "killed")
        {
            return true;
        }

        if (k < 0)
        {
            return false;
        }

        // Loops by index here and below, not lambdas: a closure and an enumerator were made for every cue.
        for (var j = 0; j < mentions.Count; j++)
        {
            var m = mentions[j];
            if (m.Last == k && m.Entity.Type is EntityType.Country or EntityType.Organization
                && m.Entity.Kind is not ("media" or "monitor") && text.SentenceOfWord[m.Last] == text.SentenceOfWord[cue])
            {
                return true;
            }
        }

        return false;
    }

    // "left Karabakh", "leave the Golan Heights": a country, place or installation right after the cue.
    private static bool HasPlaceObject(AnalyzedText text, IReadOnlyList<Mention> mentions, int cueLast, bool local)
    {
        var k = cueLast + 1 < text.Words.Count && text.Words[cueLast + 1].Norm == "the" ? cueLast + 2 : cueLast + 1;
        for (var j = 0; j < mentions.Count; j++)
        {
            var m = mentions[j];
            if (m.First == k && !m.AsActor && !text.Words[m.Last].Possessive
                && m.Entity.Type is EntityType.Country or EntityType.Place or EntityType.Installation)
            {
                return !local || !(m.Entity.Type == EntityType.Country || m.Entity.Kind is "region" or "governorate" or "province" or "emirate" or "state" or "country");
            }
        }

        return false;
    }

    private static bool HasPercent(AnalyzedText text, int from, int to)
    {
        if (to <= from)
        {
            return false;
        }

        var start = text.Words[from].Start;
        var end = text.Words[to - 1].End;
        return text.Body.AsSpan(start, Math.Min(text.Body.Length, end + 1) - start).Contains('%');
    }

    // Overlapping cues: keep the one with a companion phrase, then the longer one.
    // "Two members of the security forces and three fighters from the village were killed": the counted people are
    // the subject of a verb of harm, so the count is a toll, not a force size.
    private static bool CountOfTheFallen(AnalyzedText text, int last, int to)
    {
        var words = text.Words;
        for (var k = last + 1; k < to && k <= last + 25; k++)
        {
            var n = words[k].Norm;
            if (n is "were" or "was" && k + 1 < to && words[k + 1].Norm is "killed" or "wounded" or "injured" or "captured" or "executed" or "abducted")
            {
                return true;
            }

            if (n is "were" or "was" or "are" or "is" or "have" or "has" or "had" or "will" or "would" or "remain" or "remained" or "remains")
            {
                return false;
            }
        }

        return false;
    }

    private static bool CommaBetween(AnalyzedText text, int a, int b)
    {
        var (lo, hi) = a < b ? (a, b) : (b, a);
        var start = text.Words[lo].End;
        var between = text.Body.AsSpan(start, text.Words[hi].Start - start);
        for (var i = between.IndexOf(','); i >= 0; i = between[(i + 1)..].IndexOf(',') is var n and >= 0 ? i + 1 + n : -1)
        {
            // "24,000": a thousands separator does not end a clause.
            if (i == 0 || i == between.Length - 1 || !char.IsDigit(between[i - 1]) || !char.IsDigit(between[i + 1]))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Trigger> Prefer(List<Trigger> found)
    {
        if (found.Count <= 1)
        {
            return found; // most sentences: nothing to choose between, and no sorting to allocate for
        }

        return PreferAmong(found);
    }

    // Apart from Prefer: the sort's lambda captures the list, and its closure would be made on every call.
    private static List<Trigger> PreferAmong(List<Trigger> found)
    {
        // Triggers with a companion first, then longer ones; ties keep the order found (a stable sort).
        var preferred = new int[found.Count];
        for (var k = 0; k < preferred.Length; k++)
        {
            preferred[k] = k;
        }

        Array.Sort(preferred, (a, b) => ComparePreference(found[a], found[b]) is var c and not 0 ? c : a.CompareTo(b));
        var kept = new List<Trigger>(found.Count);
        foreach (var k in preferred)
        {
            if (!OverlapsAny(kept, found[k]))
            {
                kept.Add(found[k]);
            }
        }

        // Kept triggers do not overlap, so no two start at the same word and the order by start is unique.
        kept.Sort((a, b) => a.First.CompareTo(b.First));
        return kept;
    }

    private static int ComparePreference(Trigger a, Trigger b) =>
        a.CompanionWord.HasValue != b.CompanionWord.HasValue ? (a.CompanionWord.HasValue ? -1 : 1) : (b.Last - b.First).CompareTo(a.Last - a.First);

    private static bool OverlapsAny(List<Trigger> kept, Trigger t)
    {
        foreach (var k in kept)
        {
            if (k.First <= t.Last && t.First <= k.Last)
            {
                return true;
            }
        }

        return false;
    }
}
