using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Marks site furniture line by line (banners, breadcrumbs, share bars, newsletter prompts, comment forms,
/// alternate-address footers) using data/lexicon/furniture.json, and cuts furniture phrases glued to the
/// start or end of a real sentence. Real sentences are never dropped: a long line that ends like a sentence
/// is kept even when it starts like furniture.
/// </summary>
public sealed class FurnitureRemover
{
    private readonly FurnitureRules _rules;

    // Line prefixes by their first letter, folded: a line is compared only with the prefixes it could start with.
    private readonly Dictionary<char, string[]> _prefixesByFirst;

    // Phrases looked for anywhere in a short line ("X's website can also be accessed at").
    private readonly string[] _innerPhrases;

    // The line regexes in order, each behind the literals it needs: most lines match none.
    private readonly RegexList _lineRegexes;

    // The longest exact line and list marker: a longer line, most of a report, is not hashed to be looked up.
    private readonly int _longestExactLine;
    private readonly int _longestListMarker;

    public FurnitureRemover(FurnitureRules rules)
    {
        _rules = rules;
        _prefixesByFirst = rules.LinePrefixes.Where(p => p.Length > 0).GroupBy(p => char.ToLowerInvariant(p[0])).ToDictionary(g => g.Key, g => g.ToArray());
        _innerPhrases = [.. rules.LinePrefixes.Where(p => p.Length > 12 && !char.IsUpper(p[0]))];
        _lineRegexes = new RegexList(rules.LineRegexes);
        _longestExactLine = LongestEntry(rules.ExactLines);
        _longestListMarker = LongestEntry(rules.ListMarkers);
    }

    // Ordinal comparers, with or without case, equate only strings of one length; with another comparer every line
    // is looked up.
    private static int LongestEntry(IReadOnlySet<string> set) =>
        set is HashSet<string> h && (h.Comparer == StringComparer.OrdinalIgnoreCase || h.Comparer == StringComparer.Ordinal || h.Comparer == EqualityComparer<string>.Default)
            ? h.Select(s => s.Length).DefaultIfEmpty(0).Max()
            : int.MaxValue;

    public IReadOnlyList<Line> Apply(IEnumerable<Line> lines)
    {
        // At least one line out per line in (a glued cut adds more): sized for that instead of grown from empty.
        var result = new List<Line>(lines.TryGetNonEnumeratedCount(out var count) ? count : 0);
        var inList = false;
        var listBullet = NoBullet;
        foreach (var line in lines)
        {
            if (line.Furniture)
            {
                result.Add(line);
                continue;
            }

            var text = LexiconFiles.FoldSpaces(line.Text);
            if (text.Length == 0)
            {
                result.Add(line with { Text = "" });
                continue;
            }

            // After "Most Read" or "Related Articles" (bold or as a heading in Markdown), short lines are other stories' headlines.
            var marker = text.AsSpan().Trim("*_#> ").TrimEnd(':');
            if (marker.Length <= _longestListMarker && _rules.ListMarkers.Contains(marker.ToString()))
            {
                inList = true;
                listBullet = NoBullet;
                result.Add(new Line(text, true, "furniture.list-marker"));
                continue;
            }

            if (inList)
            {
                // A line that ends like a sentence is never a listed headline: real sentences are kept.
                var words = CountWords(text);
                inList = words <= 20 && !(text.EndsWith('.') || text.EndsWith('!') || text.EndsWith('?') || text.EndsWith(".\"", StringComparison.Ordinal));
                // "LATEST NEWS:" then "* ..." items: once the items carry a bullet, a longer line without one ends the
                // list (the crumb, date and headline under a ticker); a short one ("Most Visited") heads the next list.
                if (inList && listBullet != NoBullet && Bullet(text) == NoBullet && text[0] != '[' && words > 3)
                {
                    inList = false;
                }
            }

            if (inList)
            {
                if (listBullet == NoBullet)
                {
                    listBullet = Bullet(text);
                }

                result.Add(new Line(text, true, "furniture.listed-headline"));
                continue;
            }

            listBullet = NoBullet;

            // Cut furniture glued to either end first (repeatedly), so the sentence between is judged on its own.
            // The line is narrowed as a span and copied once, so a line of thousands of glued phrases stays linear.
            var rest = text.AsSpan();
            while (CutGlued(ref rest) is string cut)
            {
                result.Add(new Line(cut, true, "furniture.glued"));
            }

            text = rest.Length == text.Length ? text : rest.ToString();

            var rule = Classify(text);
            result.Add(rule is null ? new Line(text, false, null) : new Line(text, true, rule));
        }

        return result;
    }

    private const char NoBullet = '\0';

    // "* ", "- ", "• " or "1. " ('#' for any number): the mark an item of a list opens with.
    private static char Bullet(string text) =>
        text.Length > 2 && text[1] == ' ' && text[0] is '*' or '-' or '\u2022' or '\u00B7' or '\u2013' ? text[0]
        : text.Length > 3 && char.IsAsciiDigit(text[0]) && (text[1] is '.' or ')' || (char.IsAsciiDigit(text[1]) && text[2] is '.' or ')')) ? '#'
        : NoBullet;

    // Trim sets made once: a character list written in the call is a new array for every line.
    private static readonly char[] MarkupStart = ['*', '_', '#', '>', ' '];
    private static readonly char[] MarkupEnd = ['*', '_', ' '];
    private static readonly char[] StopMarks = [':', '.', '!'];

    private string? Classify(string raw)
    {
        var text = raw.TrimStart(MarkupStart).TrimEnd(MarkupEnd);
        if (text.Length == 0)
        {
            return "furniture.markup-only";
        }

        if ((text.Length <= _longestExactLine && _rules.ExactLines.Contains(text))
            || (text.AsSpan().TrimEnd(":.!").Length <= _longestExactLine && _rules.ExactLines.Contains(text.TrimEnd(StopMarks))))
        {
            return "furniture.exact";
        }

        var words = CountWords(text);
        var sentenceLike = words >= 12 && text[^1] is '.' or '!' or '?' or '"' or '\u201D';
        foreach (var p in _prefixesByFirst.GetValueOrDefault(char.ToLowerInvariant(text[0]), []))
        {
            // A long prefix ("Only a selection of our") is specific enough to mark even a sentence-like footer line.
            if (text.StartsWith(p, StringComparison.OrdinalIgnoreCase) && (words <= 25 && !sentenceLike || (p.Count(c => c == ' ') >= 3 && words <= 40)))
            {
                return "furniture.prefix:" + p;
            }
        }

        if (!sentenceLike && words <= 25)
        {
            foreach (var p in _innerPhrases)
            {
                // Prefix phrases that name a site after a possessive ("X's website can also be accessed at").
                if (text.Contains(p, StringComparison.OrdinalIgnoreCase))
                {
                    return "furniture.phrase:" + p;
                }
            }
        }

        if (words <= 40 && _lineRegexes.FirstMatch(text) is { } r)
        {
            return "furniture.regex:" + r;
        }

        return words <= 25 ? SegmentedBar(text) : null;
    }

    // "By A. Writer | Oct 20, 2026, 5:05 PM | Reading time: 3 min", "Subscribe – $1 a month | Log in": a bar of short
    // pipe-separated parts, one of which is furniture on its own, is furniture whole.
    private string? SegmentedBar(string text)
    {
        if (!text.Contains(" | ", StringComparison.Ordinal))
        {
            return null;
        }

        var parts = text.Split(" | ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2 || parts.Any(p => CountWords(p) > MostWordsPerBarPart))
        {
            return null;
        }

        return parts.Select(Classify).FirstOrDefault(rule => rule is not null) is { } partRule ? "furniture.bar-part:" + partRule : null;
    }

    private const int MostWordsPerBarPart = 8;

    private string? CutGlued(ref ReadOnlySpan<char> text)
    {
        foreach (var phrase in _rules.GluedPhrases)
        {
            if (text.Length > phrase.Length + 20 && text.EndsWith(phrase, StringComparison.Ordinal))
            {
                var before = text[^(phrase.Length + 1)];
                if (before is '.' or '!' or '?' or '"' or '\u201D' or ' ' || char.IsLower(before))
                {
                    text = text[..^phrase.Length].TrimEnd();
                    return phrase;
                }
            }

            if (text.Length > phrase.Length + 20 && text.StartsWith(phrase, StringComparison.Ordinal)
                && char.IsUpper(text[phrase.Length] is ' ' ? text[Math.Min(text.Length - 1, phrase.Length + 1)] : text[phrase.Length]))
            {
                text = text[phrase.Length..].TrimStart();
                return phrase;
            }
        }

        return null;
    }

    // Words up to one more than the most any rule asks about: a long paragraph need not be counted to its end.
    private const int MostWordsCounted = 41;

    private static int CountWords(string s)
    {
        // A folded line (LexiconFiles.FoldSpaces: single spaces between words, none at the ends) has one word more
        // than spaces, counted by a vectorised search; other text is read character by character.
        if (LexiconFiles.IsFolded(s))
        {
            return s.Length == 0 ? 0 : Math.Min(MostWordsCounted, s.AsSpan().Count(' ') + 1);
        }

        var n = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var w = !char.IsWhiteSpace(c);
            if (w && !inWord && ++n == MostWordsCounted)
            {
                break;
            }

            inWord = w;
        }

        return n;
    }
}
