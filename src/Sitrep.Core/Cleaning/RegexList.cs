using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// An ordered list of regexes that answers "which is the first one that matches this line?". A regex whose
/// pattern requires one of a few literals (<see cref="RequiredLiterals"/>) is out of question on a line that
/// contains none of them and is not run; a line's <see cref="CharPairSketch"/>, made once, rules most literals out
/// before they are searched for. A whole-line regex is not run on a line with an ASCII character it never matches
/// (<see cref="LineAlphabet"/>: no breadcrumb has a comma). The regexes are not joined into one alternation: the
/// automaton of a joined list kept building new states on new lines and cost more to build and to run than its
/// members one by one (docs/performance.md, section "Optimised code from the first call, furniture regexes one by one, and word
/// numbers").
/// </summary>
public sealed class RegexList
{
    private readonly Regex[] _members;
    private readonly RequiredLiterals?[] _literals;
    private readonly LineAlphabet?[] _alphabets;

    public RegexList(IReadOnlyList<Regex> regexes)
    {
        _members = [.. regexes];
        _literals = [.. _members.Select(RequiredLiterals.Of)];
        _alphabets = [.. _members.Select(LineAlphabet.Of)];
    }

    /// <summary>The first regex of the list that matches <paramref name="text"/>, or null.</summary>
    public Regex? FirstMatch(string text)
    {
        var searchable = RequiredLiterals.Searchable(text);
        Span<ulong> sketch = stackalloc ulong[CharPairSketch.Length];
        // The sketch pass gathers the line's ASCII characters as well; a line that is not searchable needs only those.
        var characters = searchable ? CharPairSketch.Fill(text, sketch) : AsciiCharSet.Of(text);
        for (var k = 0; k < _members.Length; k++)
        {
            if ((_alphabets[k] is not { } alphabet || alphabet.Admits(characters))
                && (!searchable || _literals[k] is not { } required || required.FoundIn(text, sketch)) && _members[k].IsMatch(text))
            {
                return _members[k];
            }
        }

        return null;
    }
}
