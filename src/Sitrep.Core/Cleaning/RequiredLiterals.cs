using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// Literal strings one of which every match of a regex contains, read from its pattern: "mailing list" for
/// <c>^join (?:the|our) .{1,60} mailing list$</c>, one of "home", "news", "main", "homepage" for a breadcrumb
/// regex. A line that contains none of them cannot match, so the regex need not run on it. The reader knows
/// the common syntax (literals, escapes, classes, groups, alternation, quantifiers, inline options) and gives up
/// on anything else, and then the regex always runs.
/// </summary>
public sealed class RequiredLiterals
{
    // The non-ASCII letters that a regex ignoring case takes for ASCII letters (a test asks the engine).
    private static readonly SearchValues<char> AsciiCaseTwins = SearchValues.Create("\u0130\u0131\u017F\u212A");

    // More literals than this cost more to look for than most regexes cost to run.
    private const int MostLiterals = 16;

    // One searcher per literal: a search for one string is vectorised, a search for several is much slower.
    private readonly SearchValues<string>[] _searches;

    // The sketch bits each literal needs (CharPairSketch): a literal whose bits a line lacks is not searched for.
    private readonly int[][] _sketchBits;

    private RequiredLiterals(string[] literals)
    {
        Literals = literals;
        _searches = [.. literals.Select(l => SearchValues.Create([l], l.Any(char.IsLetter) ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal))];
        _sketchBits = [.. literals.Select(CharPairSketch.BitsOf)];
    }

    /// <summary>The literals, lower case; every match contains at least one of them (compared ignoring case).</summary>
    public IReadOnlyList<string> Literals { get; }

    /// <summary>The literals of <paramref name="regex"/>, or null when no literal is certain.</summary>
    public static RequiredLiterals? Of(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft)) != 0)
        {
            return null;
        }

        var literals = new PatternReader(regex.ToString()).ReadAll()?.Select(l => l.ToLowerInvariant()).Distinct().ToList();
        // A literal that contains another adds nothing: "tag" is in every line that has "tagged".
        literals?.RemoveAll(l => literals.Any(other => other.Length < l.Length && l.Contains(other, StringComparison.Ordinal)));
        return literals is null || literals.Count > MostLiterals ? null : new RequiredLiterals([.. literals]);
    }

    /// <summary>False when <paramref name="line"/> cannot match: it contains none of the literals.</summary>
    public bool MayMatch(string line) => !Searchable(line) || FoundIn(line);

    /// <summary>Whether one of the literals occurs in <paramref name="line"/>, ignoring case as an ordinal comparison does.</summary>
    public bool FoundIn(string line)
    {
        foreach (var search in _searches)
        {
            if (line.AsSpan().ContainsAny(search))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// <see cref="FoundIn(string)"/> for a line whose <see cref="CharPairSketch"/> is <paramref name="sketch"/>:
    /// only the literals the sketch does not rule out are searched for.
    /// </summary>
    internal bool FoundIn(string line, ReadOnlySpan<ulong> sketch)
    {
        for (var k = 0; k < _searches.Length; k++)
        {
            if (CharPairSketch.MayContain(sketch, _sketchBits[k]) && line.AsSpan().ContainsAny(_searches[k]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Whether <see cref="FoundIn(string)"/> can be trusted on <paramref name="line"/>. A regex ignoring case equates four
    /// non-ASCII letters with ASCII ones (dotted and dotless i, the long s, the Kelvin sign) that an ordinal
    /// comparison does not; a line with one of them must always be tested.
    /// </summary>
    public static bool Searchable(string line) => !line.AsSpan().ContainsAny(AsciiCaseTwins);

    /// <summary>
    /// A recursive reader of a pattern. Each part yields the literals one of which it requires (null: none certain);
    /// a sequence keeps the best of its parts, an alternation needs all of its branches to require some.
    /// </summary>
    private sealed class PatternReader(string pattern)
    {
        private int _at;
        private bool _unknown;

        public List<string>? ReadAll()
        {
            var need = Alternation();
            return _unknown || _at != pattern.Length ? null : need;
        }

        private bool More => !_unknown && _at < pattern.Length;

        private List<string>? Alternation()
        {
            var union = Sequence();
            while (More && pattern[_at] == '|')
            {
                _at++;
                var branch = Sequence();
                union = union is null || branch is null ? null : [.. union, .. branch];
            }

            return union;
        }

        private List<string>? Sequence()
        {
            List<string>? best = null;
            var run = new StringBuilder();
            void EndRun()
            {
                best = Better(best, run.Length > 0 ? [run.ToString()] : null);
                run.Clear();
            }

            while (More && pattern[_at] is not ('|' or ')'))
            {
                var (literal, need) = Atom();
                var (min, exactlyOnce) = Quantifier();
                if (literal is char c && min >= 1)
                {
                    run.Append(c);
                }

                if (literal is null || !exactlyOnce)
                {
                    EndRun(); // a class, group or repeated character ends the run of adjacent literal characters
                }

                if (min >= 1)
                {
                    best = Better(best, need);
                }
            }

            EndRun();
            return best;
        }

        // One element: a literal character, or a group's requirement, or neither (a class, an anchor, a dot).
        private (char? Literal, List<string>? Need) Atom()
        {
            var c = pattern[_at++];
            switch (c)
            {
                case '(':
                    return (null, Group());
                case '[':
                    SkipClass();
                    return (null, null);
                case '\\' when _at < pattern.Length:
                    var e = pattern[_at++];
                    if (!char.IsLetterOrDigit(e))
                    {
                        return (e, null);
                    }

                    _unknown |= !"dDwWsSbBAzZG".Contains(e); // \p{..}, \u...., back references: not read
                    return (null, null);
                case '.' or '^' or '$':
                    return (null, null);
                case '*' or '+' or '?' or '{' or '\\':
                    _unknown = true;
                    return (null, null);
                default:
                    // A non-ASCII letter may equal other letters when case is ignored; it is not relied on.
                    var plain = c <= '\u007F' || (!char.IsLetter(c) && char.ToUpperInvariant(c) == c && char.ToLowerInvariant(c) == c);
                    return (plain ? c : null, null);
            }
        }

        private List<string>? Group()
        {
            if (_at < pattern.Length && pattern[_at] == '?')
            {
                var options = _at + 1;
                while (options < pattern.Length && pattern[options] is 'i' or 'm' or 'n' or 's' or '-')
                {
                    options++;
                }

                // Only non-capturing groups and inline options are read; free spacing ('x') changes the syntax.
                if (options >= pattern.Length || pattern[options] is not (':' or ')'))
                {
                    _unknown = true;
                    return null;
                }

                _at = options + 1;
                if (pattern[options] == ')')
                {
                    return null; // "(?i)": options for the rest, no text
                }
            }

            var need = Alternation();
            if (!More || pattern[_at] != ')')
            {
                _unknown = true;
                return null;
            }

            _at++;
            return need;
        }

        private void SkipClass()
        {
            if (_at < pattern.Length && pattern[_at] == '^')
            {
                _at++;
            }

            for (var first = true; _at < pattern.Length; first = false)
            {
                var c = pattern[_at++];
                if (c == ']' && !first)
                {
                    return;
                }

                _unknown |= c == '['; // class subtraction
                if (c == '\\')
                {
                    _at++;
                }
            }

            _unknown = true;
        }

        // The least number of repeats of the element just read, and whether it is exactly one (no quantifier).
        private (int Min, bool ExactlyOnce) Quantifier()
        {
            if (!More)
            {
                return (1, true);
            }

            var (min, quantified) = pattern[_at] switch
            {
                '?' or '*' => (0, true),
                '+' => (1, true),
                '{' => (Bounds(), true),
                _ => (1, false),
            };
            if (quantified)
            {
                _at++;
                if (More && pattern[_at] == '?')
                {
                    _at++; // lazy
                }
            }

            return (min, !quantified);
        }

        // "{n}", "{n,}" or "{n,m}" from the opening brace: the least count n, leaving the reader on the closing brace.
        private int Bounds()
        {
            var close = pattern.IndexOf('}', _at);
            var parts = close < 0 ? [] : pattern[(_at + 1)..close].Split(',');
            var valid = parts.Length is 1 or 2 && parts[0].Length > 0 && parts.All(p => p.All(char.IsAsciiDigit));
            if (!valid || !int.TryParse(parts[0], out var min))
            {
                _unknown = true; // a brace that is not a quantifier is a literal to the engine; not read here
                return 0;
            }

            _at = close;
            return min;
        }

        // The requirement with the longer shortest literal is the more selective; on a tie, the one with fewer.
        private static List<string>? Better(List<string>? a, List<string>? b)
        {
            if (a is null || b is null)
            {
                return a ?? b;
            }

            var (la, lb) = (a.Min(s => s.Length), b.Min(s => s.Length));
            return la != lb ? (la > lb ? a : b) : (a.Count <= b.Count ? a : b);
        }
    }
}
