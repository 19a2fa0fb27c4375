using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The ASCII characters a whole-line regex (<c>^...$</c>) can match, read from its pattern: a breadcrumb or section-label
/// regex never matches a comma or a full stop, so a line that has one cannot match and the regex need not run on it.
/// Which characters each element of the pattern (a literal, an escape, a class) matches is asked of the regex engine
/// itself, with the options of the regex, so case and class rules are the engine's own. A pattern the reader does
/// not know (lookarounds, back references, free spacing, multi-line anchors, a top-level alternation) has no alphabet,
/// and then the regex always runs.
/// </summary>
public sealed class LineAlphabet
{
    // The ASCII characters no match contains, as bits 0-63 and 64-127.
    private readonly ulong _foreignLow;
    private readonly ulong _foreignHigh;

    private LineAlphabet(ulong foreignLow, ulong foreignHigh) => (_foreignLow, _foreignHigh) = (foreignLow, foreignHigh);

    /// <summary>The alphabet of <paramref name="regex"/>, or null when it is unknown or admits every ASCII character.</summary>
    public static LineAlphabet? Of(Regex regex)
    {
        if ((regex.Options & (RegexOptions.IgnorePatternWhitespace | RegexOptions.RightToLeft | RegexOptions.Multiline | RegexOptions.ECMAScript)) != 0)
        {
            return null;
        }

        var allowed = new AlphabetReader(regex.ToString(), regex.Options).Read();
        if (allowed is not var (low, high))
        {
            return null;
        }

        // "$" also matches before a final line break: a line break is never ruled out.
        low |= 1UL << '\n';
        return low == ulong.MaxValue && high == ulong.MaxValue ? null : new LineAlphabet(~low, ~high);
    }

    /// <summary>False when <paramref name="line"/> has an ASCII character that no match of the regex contains.</summary>
    public bool Admits(AsciiCharSet line) => (line.Low & _foreignLow) == 0 && (line.High & _foreignHigh) == 0;

    /// <summary>Whether the ASCII character <paramref name="c"/> can occur in a match.</summary>
    public bool Allows(char c) => Admits(AsciiCharSet.Of(c.ToString()));

    /// <summary>
    /// Reads a pattern element by element and collects the ASCII characters each can match; null when the pattern
    /// is not anchored at both ends outside any alternation, or has syntax not read here.
    /// </summary>
    private sealed class AlphabetReader(string pattern, RegexOptions options)
    {
        private int _at;
        private ulong _low;
        private ulong _high;
        private bool _ignoreCase = (options & RegexOptions.IgnoreCase) != 0;

        public (ulong Low, ulong High)? Read()
        {
            // Leading inline options ("(?i)"), then "^" ... "$", with no "|" outside a group.
            while (_at < pattern.Length && pattern.AsSpan(_at).StartsWith("(?") && pattern.IndexOf(')', _at) is var close && close > 0
                   && pattern.AsSpan(_at + 2, close - _at - 2).IndexOfAnyExcept("imns-") < 0)
            {
                if (!InlineOptions(pattern.AsSpan(_at + 2, close - _at - 2)))
                {
                    return null;
                }

                _at = close + 1;
            }

            if (_at >= pattern.Length || pattern[_at] != '^' || !EndsWithAnchor())
            {
                return null;
            }

            var elements = new List<string>();
            var depth = 0;
            for (_at++; _at < pattern.Length - 1;)
            {
                var c = pattern[_at];
                switch (c)
                {
                    case '(':
                        if (!OpenGroup())
                        {
                            return null;
                        }

                        depth++;
                        continue;
                    case ')':
                        if (--depth < 0)
                        {
                            return null;
                        }

                        _at++;
                        continue;
                    case '|' when depth == 0:
                        return null;
                    case '|' or '*' or '+' or '?' or '^' or '$':
                        _at++;
                        continue;
                    case '{':
                        if (!SkipBounds())
                        {
                            return null;
                        }

                        continue;
                    case '[':
                        if (ReadClass() is not { } cls)
                        {
                            return null;
                        }

                        elements.Add(cls);
                        continue;
                    case '\\':
                        if (ReadEscape() is not { } escape)
                        {
                            return null;
                        }

                        if (escape.Length > 0)
                        {
                            elements.Add(escape);
                        }

                        continue;
                    default:
                        elements.Add(c == '.' ? "." : Regex.Escape(c.ToString()));
                        _at++;
                        continue;
                }
            }

            if (depth != 0)
            {
                return null;
            }

            // Each element is asked of the engine, ignoring case if any part of the pattern does (a larger alphabet is safe).
            var elementOptions = RegexOptions.CultureInvariant | (_ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            foreach (var element in elements.Distinct(StringComparer.Ordinal))
            {
                var one = new Regex("^(?:" + element + ")$", elementOptions);
                for (var c = 0; c < 128; c++)
                {
                    if (one.IsMatch(((char)c).ToString()))
                    {
                        if (c < 64)
                        {
                            _low |= 1UL << c;
                        }
                        else
                        {
                            _high |= 1UL << (c - 64);
                        }
                    }
                }
            }

            return (_low, _high);
        }

        private bool EndsWithAnchor()
        {
            var escapes = 0;
            for (var k = pattern.Length - 2; k >= 0 && pattern[k] == '\\'; k--)
            {
                escapes++;
            }

            return pattern.Length >= 2 && pattern[^1] == '$' && escapes % 2 == 0;
        }

        // "i", "n", "s" and their negations change nothing read here but case; "m" moves the anchors.
        private bool InlineOptions(ReadOnlySpan<char> flags)
        {
            if (flags.Contains('m'))
            {
                return false;
            }

            var on = flags.IndexOf('-') is var minus && minus >= 0 ? flags[..minus] : flags;
            _ignoreCase |= on.Contains('i');
            return true;
        }

        // "(", "(?:" or "(?flags:": a group whose text is read on; "(?=", "(?<name>" and the like are not read.
        private bool OpenGroup()
        {
            if (_at + 1 >= pattern.Length || pattern[_at + 1] != '?')
            {
                _at++;
                return true;
            }

            var colon = _at + 2;
            while (colon < pattern.Length && "imns-".Contains(pattern[colon]))
            {
                colon++;
            }

            if (colon >= pattern.Length || pattern[colon] != ':' || !InlineOptions(pattern.AsSpan(_at + 2, colon - _at - 2)))
            {
                return false;
            }

            _at = colon + 1;
            return true;
        }

        // "{n}", "{n,}" or "{n,m}"; a brace that is not a quantifier is not read.
        private bool SkipBounds()
        {
            var close = pattern.IndexOf('}', _at);
            if (close < 0)
            {
                return false;
            }

            var parts = pattern[(_at + 1)..close].Split(',');
            if (parts.Length is not (1 or 2) || parts[0].Length == 0 || !parts.All(p => p.All(char.IsAsciiDigit)))
            {
                return false;
            }

            _at = close + 1;
            return true;
        }

        // A class from "[" to its "]", as written; class subtraction is not read.
        private string? ReadClass()
        {
            var start = _at++;
            if (_at < pattern.Length && pattern[_at] == '^')
            {
                _at++;
            }

            for (var first = true; _at < pattern.Length; first = false)
            {
                var c = pattern[_at++];
                if (c == ']' && !first)
                {
                    return pattern[start.._at];
                }

                if (c == '[')
                {
                    return null;
                }

                if (c == '\\')
                {
                    _at++;
                }
            }

            return null;
        }

        // An escape as written: a class (\d, \w, \s and their negations) or an escaped symbol; "" for a zero-width
        // \b or \B; null for escapes not read (back references, \p{..}, \u....).
        private string? ReadEscape()
        {
            if (_at + 1 >= pattern.Length)
            {
                return null;
            }

            var e = pattern[_at + 1];
            _at += 2;
            if (!char.IsLetterOrDigit(e))
            {
                return "\\" + e;
            }

            return e switch
            {
                'd' or 'D' or 'w' or 'W' or 's' or 'S' or 't' or 'n' or 'r' => "\\" + e,
                'b' or 'B' => "",
                _ => null,
            };
        }
    }
}

/// <summary>The ASCII characters of a line, as bits 0-63 and 64-127.</summary>
public readonly record struct AsciiCharSet(ulong Low, ulong High)
{
    public static AsciiCharSet Of(ReadOnlySpan<char> line)
    {
        ulong low = 0, high = 0;
        foreach (var c in line)
        {
            if (c < 64)
            {
                low |= 1UL << c;
            }
            else if (c < 128)
            {
                high |= 1UL << (c - 64);
            }
        }

        return new AsciiCharSet(low, high);
    }
}
