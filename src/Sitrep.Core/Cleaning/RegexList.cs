using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// An ordered list of regexes that answers "which is the first one that matches this line?" with few scans.
/// Neighbouring regexes are joined into one alternation, as many as the engine accepts (a non-backtracking
/// automaton has a size limit), so a line that matches none of them, the usual case, costs one scan per group
/// instead of one per regex. Only a group that matches is tested member by member, in order, so the answer is
/// the same as testing every regex in turn. A regex whose pattern requires one of a few literals
/// (<see cref="RequiredLiterals"/>) is out of question on a line that contains none of them, and a group with no
/// member in question is not scanned at all.
/// </summary>
public sealed partial class RegexList
{
    private readonly (Regex? Any, Regex[] Members, RequiredLiterals?[] Literals)[] _groups;
    private readonly int _largestGroup;

    public RegexList(IReadOnlyList<Regex> regexes)
    {
        var groups = new List<(Regex? Any, Regex[] Members, RequiredLiterals?[] Literals)>();
        var members = new List<Regex>();
        Regex? any = null;
        foreach (var r in regexes)
        {
            if (members.Count > 0 && Join([.. members, r]) is { } joined)
            {
                members.Add(r);
                any = joined;
                continue;
            }

            if (members.Count > 0)
            {
                groups.Add(Group(any, members));
            }

            members = [r];
            any = null;
        }

        if (members.Count > 0)
        {
            groups.Add(Group(any, members));
        }

        _groups = [.. groups];
        _largestGroup = groups.Count == 0 ? 0 : groups.Max(g => g.Members.Length);
    }

    private static (Regex? Any, Regex[] Members, RequiredLiterals?[] Literals) Group(Regex? any, List<Regex> members) =>
        (members.Count > 1 ? any : null, [.. members], [.. members.Select(RequiredLiterals.Of)]);

    /// <summary>How many scans a line that matches nothing costs (one per group).</summary>
    public int GroupCount => _groups.Length;

    /// <summary>The first regex of the list that matches <paramref name="text"/>, or null.</summary>
    public Regex? FirstMatch(string text)
    {
        Span<bool> may = stackalloc bool[_largestGroup];
        var searchable = RequiredLiterals.Searchable(text);
        foreach (var (any, members, literals) in _groups)
        {
            var candidates = 0;
            for (var k = 0; k < members.Length; k++)
            {
                may[k] = !searchable || literals[k] is not { } required || required.FoundIn(text);
                candidates += may[k] ? 1 : 0;
            }

            // A group with a member still in question is scanned whole, as without the literals: its automaton stays
            // warm, while regexes scanned one by one on the few lines that reach them keep building their states.
            if (candidates == 0 || (any is not null && !any.IsMatch(text)))
            {
                continue;
            }

            for (var k = 0; k < members.Length; k++)
            {
                if (may[k] && members[k].IsMatch(text))
                {
                    return members[k];
                }
            }
        }

        return null;
    }

    // One alternation of the members, each in its own group so that inline options such as (?i) stay inside it.
    // Null when they differ in options or time-out, when one ignores pattern white space (a # comment would run
    // on into the next member), or when the engine refuses the joined pattern.
    private static Regex? Join(List<Regex> members)
    {
        var first = members[0];
        if (members.Any(m => m.Options != first.Options || m.MatchTimeout != first.MatchTimeout || FreeSpacing(m)))
        {
            return null;
        }

        try
        {
            return new Regex(string.Join('|', members.Select(m => "(?:" + m + ")")), first.Options, first.MatchTimeout);
        }
        catch (Exception e) when (e is NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    private static bool FreeSpacing(Regex r) =>
        r.Options.HasFlag(RegexOptions.IgnorePatternWhitespace) || InlineFreeSpacing().IsMatch(r.ToString());

    [GeneratedRegex(@"\(\?[imnsx-]*x")]
    private static partial Regex InlineFreeSpacing();
}
