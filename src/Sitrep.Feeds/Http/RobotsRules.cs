using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Feeds.Http;

/// <summary>
/// The rules of a robots.txt (RFC 9309) that apply to one product token: the groups naming it, else the <c>*</c>
/// groups. The longest matching Allow or Disallow pattern wins, Allow on a tie; <c>*</c> matches any run of
/// characters and a final <c>$</c> anchors the end. A Crawl-delay of the chosen groups is kept too.
/// </summary>
public sealed class RobotsRules
{
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(200);

    private readonly IReadOnlyList<(bool Allow, string Pattern, Regex Regex)> _rules;

    private RobotsRules(IReadOnlyList<(bool Allow, string Pattern, Regex Regex)> rules, TimeSpan? crawlDelay, string? blockedBecause)
    {
        _rules = rules;
        CrawlDelay = crawlDelay;
        BlockedBecause = blockedBecause;
    }

    public static RobotsRules AllowAll { get; } = new([], null, null);

    public TimeSpan? CrawlDelay { get; }

    /// <summary>Set when everything is disallowed because robots.txt could not be read (RFC 9309: unreachable means disallow).</summary>
    public string? BlockedBecause { get; }

    public static RobotsRules DisallowAll(string reason) => new([], null, reason);

    public bool Allows(string pathAndQuery)
    {
        if (BlockedBecause is not null)
        {
            return false;
        }

        var best = (Length: -1, Allow: true);
        foreach (var (allow, pattern, regex) in _rules)
        {
            if (regex.IsMatch(pathAndQuery) && (pattern.Length > best.Length || (pattern.Length == best.Length && allow)))
            {
                best = (pattern.Length, allow);
            }
        }

        return best.Allow;
    }

    public static RobotsRules Parse(string text, string productToken)
    {
        var groups = new List<(List<string> Agents, List<(string Key, string Value)> Lines)>();
        (List<string> Agents, List<(string Key, string Value)> Lines)? current = null;
        foreach (var raw in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (key == "user-agent")
            {
                // Consecutive user-agent lines share one group; one after rules starts the next group.
                if (current is null || current.Value.Lines.Count > 0)
                {
                    current = ([], []);
                    groups.Add(current.Value);
                }

                current.Value.Agents.Add(value.ToLowerInvariant());
            }
            else if (current is not null && key is "allow" or "disallow" or "crawl-delay")
            {
                current.Value.Lines.Add((key, value));
            }
        }

        var token = productToken.ToLowerInvariant();
        var chosen = groups.Where(g => g.Agents.Contains(token)).ToList();
        if (chosen.Count == 0)
        {
            chosen = groups.Where(g => g.Agents.Contains("*")).ToList();
        }

        var lines = chosen.SelectMany(g => g.Lines).ToList();
        var rules = lines
            .Where(l => l.Key != "crawl-delay" && l.Value.Length > 0)
            .Select(l => (l.Key == "allow", l.Value, ToRegex(l.Value)))
            .ToList();
        TimeSpan? delay = null;
        foreach (var (_, value) in lines.Where(l => l.Key == "crawl-delay"))
        {
            if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
            {
                delay = TimeSpan.FromSeconds(seconds);
            }
        }

        return new RobotsRules(rules, delay, null);
    }

    private static Regex ToRegex(string pattern)
    {
        var anchored = pattern.EndsWith('$');
        var body = Regex.Escape(anchored ? pattern[..^1] : pattern).Replace(@"\*", ".*", StringComparison.Ordinal);
        return new Regex("^" + body + (anchored ? "$" : ""), RegexOptions.CultureInvariant, RegexTimeout);
    }
}
