using System.Collections.Frozen;
using System.Globalization;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>A number with its unit found in a sentence: words [First, Last].</summary>
public sealed record QuantityMention(int First, int Last, Quantity Quantity);

/// <summary>
/// Finds quantities with units ("about 2,000 troops", "35 trucks", "nearly 10,000 people", "14 percent",
/// "at least nine posts"): digits or number words, then up to two modifiers, then a unit noun.
/// </summary>
public static class QuantityFinder
{
    private static readonly FrozenDictionary<string, string> Units = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["troops"] = "troops", ["soldiers"] = "troops", ["personnel"] = "troops", ["servicemen"] = "troops", ["marines"] = "troops",
        ["peacekeepers"] = "troops", ["fighters"] = "fighters", ["militants"] = "fighters", ["gunmen"] = "fighters", ["insurgents"] = "fighters", ["rebels"] = "fighters",
        ["jihadists"] = "fighters", ["terrorists"] = "fighters", ["extremists"] = "fighters", ["attackers"] = "fighters", ["members"] = "fighters", ["reservists"] = "troops", ["officers"] = "troops",
        ["policemen"] = "troops", ["guards"] = "troops", ["wounded"] = "people", ["injured"] = "people", ["patients"] = "people", ["worshippers"] = "people",
        ["shepherds"] = "people", ["herders"] = "people", ["farmers"] = "people", ["fishermen"] = "people", ["villagers"] = "people",
        ["drivers"] = "people", ["pilgrims"] = "people", ["passengers"] = "people", ["journalists"] = "people", ["medics"] = "people",
        ["doctors"] = "people", ["teachers"] = "people", ["boys"] = "people", ["girls"] = "people", ["protesters"] = "people",
        ["companies"] = "entities", ["firms"] = "entities", ["entities"] = "entities", ["banks"] = "entities", ["ships"] = "ships", ["vessels"] = "ships", ["tankers"] = "ships", ["assaults"] = "attacks", ["attacks"] = "attacks", ["attempts"] = "attacks", ["suspects"] = "people", ["individuals"] = "people", ["women"] = "people", ["students"] = "people", ["workers"] = "people", ["migrants"] = "people", ["smugglers"] = "people",
        ["flights"] = "flights", ["sorties"] = "flights", ["trucks"] = "trucks", ["lorries"] = "trucks", ["vehicles"] = "vehicles", ["tanks"] = "tanks",
        ["people"] = "people", ["figures"] = "people", ["civilians"] = "people", ["persons"] = "people", ["adults"] = "people", ["respondents"] = "people",
        ["residents"] = "people", ["refugees"] = "people", ["detainees"] = "people", ["prisoners"] = "people", ["children"] = "people",
        ["dead"] = "people", ["deaths"] = "people", ["killed"] = "people", ["casualties"] = "people", ["victims"] = "people", ["men"] = "people",
        ["percent"] = "percent", ["per"] = "percent", ["%"] = "percent",
        ["bases"] = "bases", ["base"] = "bases", ["posts"] = "posts", ["positions"] = "posts", ["outposts"] = "posts",
        ["strikes"] = "strikes", ["airstrikes"] = "strikes", ["raids"] = "strikes", ["times"] = "strikes", ["missiles"] = "missiles", ["rockets"] = "rockets",
        ["drones"] = "drones", ["aircraft"] = "aircraft", ["jets"] = "aircraft", ["helicopters"] = "aircraft",
        ["km"] = "km", ["kilometers"] = "km", ["kilometres"] = "km", ["miles"] = "miles",
        ["villages"] = "villages", ["towns"] = "villages", ["families"] = "families",
        ["person"] = "people", ["civilian"] = "people", ["soldier"] = "troops", // "killed one person"
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly WordSet CountingVerbs = WordSet.Create(
    [
        "numbered", "numbering", "numbers", "totalled", "totaled", "totalling", "totaling",
    ]);

    private static readonly WordSet CasualtyVerbs = WordSet.Create(
    [
        "killed", "killing", "kills", "wounded", "wounding", "injured", "injuring", "shot", "abducted", "kidnapped", "executed",
        "dead", "martyring", "martyred",
    ]);

    private static readonly WordSet OnePerson = WordSet.Create(
    [
        "man", "woman", "boy", "girl", "child", "teenager", "civilian", "soldier", "fighter", "farmer", "shepherd", "fisherman",
        "journalist", "paramedic", "policeman", "officer", "worker", "student", "person", "resident",
        "schoolteacher", "teacher", "driver", "doctor", "nurse", "activist", "engineer", "pharmacist",
    ]);

    private static readonly WordSet Modifiers = WordSet.Create(
    [
        "us", "u.s.", "american", "israeli", "russian", "turkish", "syrian", "iranian", "additional", "more", "military", "new",
        "foreign", "coalition", "armed", "heavy", "local", "kurdish", "civilian", "strategic", "of", "israeli-held", "other",
        "young", "unarmed", "transport", "cargo", "combat", "merchant", "suspected", "alleged", "elderly", "service", "active-duty",
        "rocket", "drone", "missile", "mortar", "artillery", "ballistic", "cruise", "and",
    ]);

    private static bool LooksLikeYear(string norm) =>
        norm.Length == 4 && (norm.StartsWith("19", StringComparison.Ordinal) || norm.StartsWith("20", StringComparison.Ordinal));

    public static bool HasNumberBefore(AnalyzedText text, int word)
    {
        var named = false;
        for (var k = word - 1; k >= 0 && k >= word - 3; k--)
        {
            if (text.SentenceOfWord[k] != text.SentenceOfWord[word])
            {
                return false;
            }

            if (Value(text.Words[k]) is not null)
            {
                return !(named && LooksLikeYear(text.Words[k].Norm));
            }

            // "900 French troops", "5,000 Wagner fighters": a name between the number and the cue, as FindAll allows
            // (but "in April 2025, SDF fighters" counts no fighters).
            named |= !Modifiers.Contains(text.Words[k].Norm);
            if (named && !(text.Words[k].Capitalized && !text.IsSentenceStart(k)))
            {
                return false;
            }
        }

        return false;
    }

    public static List<QuantityMention> FindAll(AnalyzedText text, int from, int to)
    {
        var words = text.Words;
        var found = new List<QuantityMention>();
        for (var i = from; i < to; i++)
        {
            if (Fraction(words, i, to) is (double share, int fractionEnd))
            {
                found.Add(new QuantityMention(i, fractionEnd, new Quantity(share, "percent", text.Body[words[i].Start..words[fractionEnd].End])));
                i = fractionEnd;
                continue;
            }

            // "killed a man who was gathering firewood": one victim named by an article is a count of one.
            // "shot dead a young man": one age word may stand between the article and the victim.
            var victim = i + 2 < to && words[i + 1].Norm is "young" or "elderly" or "local" ? i + 2 : i + 1;
            if (victim < to && words[i].Norm is "a" or "an" && i > from && CasualtyVerbs.Contains(words[i - 1].Norm) && OnePerson.Contains(words[victim].Norm))
            {
                found.Add(new QuantityMention(i, victim, new Quantity(1, "people", text.Body[words[i].Start..words[victim].End])));
                i = victim;
                continue;
            }

            // "Il-76", "MQ-9": a number glued to a name by a hyphen is a model, not a count.
            var glued = words[i].Start > 1 && text.Body[words[i].Start - 1] == '-' && char.IsLetter(text.Body[words[i].Start - 2]);
            if (glued || Value(words[i]) is not double v || IsYearOrDate(text, i))
            {
                continue;
            }

            var first = i;
            // "between 1,500 and 3,000 fighters", "1,500 to 3,000 fighters": the range starts at its first number.
            if (i + 2 < to && words[i + 1].Norm is "and" or "to" && Value(words[i + 2]) is not null && (words[i + 1].Norm == "to" || (i > 0 && words[i - 1].Norm == "between")))
            {
                i += 2;
            }
            // "1.5 million", "two dozen", "10 thousand"
            if (i + 1 < to && words[i + 1].Norm is "million" or "thousand" or "hundred" or "dozen" or "billion")
            {
                v *= words[i + 1].Norm switch { "million" => 1e6, "thousand" => 1e3, "hundred" => 100, "billion" => 1e9, _ => 12 };
                i++;
                if (!double.IsFinite(v))
                {
                    continue;
                }
            }

            if (PercentAfter(text, i) is int pEnd)
            {
                found.Add(new QuantityMention(first, i, new Quantity(v, "percent", text.Body[words[first].Start..pEnd])));
                continue;
            }

            // "the contingent numbered about 2,000": a bare number counted by a verb of size is a headcount.
            if (CountedBy(words, first, from) && (i + 1 >= to || !Units.ContainsKey(words[i + 1].Norm)))
            {
                found.Add(new QuantityMention(first, i, new Quantity(v, "count", text.Body[words[first].Start..words[i].End])));
                continue;
            }

            // "clashed with smugglers, killing three of them": a count of the dead or wounded among those named before.
            if (i + 1 < to && words[i + 1].Norm == "of" && first > from && CasualtyVerbs.Contains(words[first - 1].Norm))
            {
                found.Add(new QuantityMention(first, i, new Quantity(v, "people", text.Body[words[first].Start..words[i].End])));
                continue;
            }

            var unknownWords = 0;
            for (var k = i + 1; k < to && k <= i + 5; k++)
            {
                if (Units.TryGetValue(words[k].Norm, out var unit) || (k == i + 1 && PeopleByOrigin(text, words[k]) && (unit = "people") is not null))
                {
                    found.Add(new QuantityMention(first, k, new Quantity(v, unit, text.Body[words[first].Start..words[k].End])));
                    break;
                }

                // Modifiers, names and model designations ("Il-76") may stand between a number and its unit.
                // ... and at most one other adjective ("five hilltop positions").
                var modelNumber = words[k].Kind == TokenKind.Number && text.Body[words[k].Start - 1] == '-';
                if (!Modifiers.Contains(words[k].Norm) && !char.IsUpper(text.Body[words[k].Start]) && !modelNumber && ++unknownWords > 1)
                {
                    break;
                }
            }
        }

        return found;
    }

    // "25 Palestinians", "three Israelis", "40 Sudanese": a capitalised plural of nationality counts people.
    private static bool PeopleByOrigin(AnalyzedText text, Token word) =>
        char.IsUpper(text.Body[word.Start]) && word.Norm.Length > 4
        && (word.Norm.EndsWith("ians", StringComparison.Ordinal) || word.Norm.EndsWith("ans", StringComparison.Ordinal)
            || word.Norm.EndsWith("is", StringComparison.Ordinal) || word.Norm.EndsWith("ese", StringComparison.Ordinal));

    private static bool CountedBy(List<Token> words, int number, int from)
    {
        var k = WordBeforeApproximation(words, number, from);
        return (k >= from && CountingVerbs.Contains(words[k].Norm)) || ComparedWithEarlier(words, number, from);
    }

    /// <summary>"down from roughly 2,000": a number given as an earlier size, compared with the one just told.</summary>
    internal static bool ComparedWithEarlier(List<Token> words, int number, int from)
    {
        var k = WordBeforeApproximation(words, number, from);
        return k > from && words[k].Norm == "from" && words[k - 1].Norm is "down" or "up";
    }

    // The word before a number and up to three words of approximation ("about", "more than", "at least").
    private static int WordBeforeApproximation(List<Token> words, int number, int from)
    {
        var k = number - 1;
        while (k >= from && k >= number - 3 && words[k].Norm is "about" or "around" or "roughly" or "some" or "nearly" or "almost" or "over" or "more" or "than" or "at" or "least" or "approximately")
        {
            k--;
        }

        return k;
    }

    // "a quarter of", "half of", "two-thirds of" the territory: shares as percentages.
    private static (double, int)? Fraction(List<Token> words, int i, int to)
    {
        var w = words[i].Norm;
        var next = i + 1 < to ? words[i + 1].Norm : "";
        var (value, end) = (w, next) switch
        {
            ("a" or "one", "quarter") => (25.0, i + 1),
            ("a" or "one", "third") => (100.0 / 3, i + 1),
            ("two", "thirds") => (200.0 / 3, i + 1),
            ("three", "quarters") => (75.0, i + 1),
            ("half", _) => (50.0, i),
            _ => (0.0, -1),
        };
        return end >= 0 && end + 1 < to && words[end + 1].Norm == "of" ? (value, end) : null;
    }

    private static int? PercentAfter(AnalyzedText text, int i)
    {
        var end = text.Words[i].End;
        if (end < text.Body.Length && text.Body[end] == '%')
        {
            return end + 1;
        }

        if (i + 1 < text.Words.Count && text.Words[i + 1].Norm is "percent" or "pct")
        {
            return text.Words[i + 1].End;
        }

        return i + 2 < text.Words.Count && text.Words[i + 1].Norm == "per" && text.Words[i + 2].Norm == "cent" ? text.Words[i + 2].End : null;
    }

    public static double? Value(Token t)
    {
        if (t.Kind == TokenKind.Number)
        {
            var s = t.Norm.Replace(",", "", StringComparison.Ordinal);
            // Digits beyond double's range parse as infinity, which is no count (and no JSON number).
            return double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v) ? v : null;
        }

        var w = CalendarWords.NumberWord(t.Norm);
        return w > 0 && t.Norm is not ("a" or "an" or "several" or "couple") ? w : null;
    }

    private static bool IsYearOrDate(AnalyzedText text, int i)
    {
        var words = text.Words;
        if (TimeExpressionFinder.Year(words[i].Norm) is not null && !(i + 1 < words.Count && Units.ContainsKey(words[i + 1].Norm)))
        {
            return true;
        }

        return (i > 0 && CalendarWords.Month(words[i - 1].Norm) > 0 && words[i - 1].Capitalized)
            || (i + 1 < words.Count && CalendarWords.Month(words[i + 1].Norm) > 0 && words[i + 1].Capitalized);
    }
}
