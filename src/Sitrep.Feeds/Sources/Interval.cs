using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Feeds.Sources;

/// <summary>Intervals as feed lists write them: <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>, <c>1h30m</c>; a bare number is minutes.</summary>
public static partial class Interval
{
    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim().ToLowerInvariant();
        if (int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes))
        {
            return minutes > 0 ? TimeSpan.FromMinutes(minutes) : null;
        }

        var match = Parts().Match(s);
        if (!match.Success)
        {
            return null;
        }

        var total = TimeSpan.Zero;
        foreach (Capture c in match.Groups["part"].Captures)
        {
            var value = int.Parse(c.Value[..^1], NumberStyles.None, CultureInfo.InvariantCulture);
            total += c.Value[^1] switch
            {
                's' => TimeSpan.FromSeconds(value),
                'm' => TimeSpan.FromMinutes(value),
                'h' => TimeSpan.FromHours(value),
                _ => TimeSpan.FromDays(value),
            };
        }

        return total > TimeSpan.Zero ? total : null;
    }

    [GeneratedRegex(@"^(?:(?<part>\d{1,6}[smhd]))+$", RegexOptions.CultureInvariant)]
    private static partial Regex Parts();
}
