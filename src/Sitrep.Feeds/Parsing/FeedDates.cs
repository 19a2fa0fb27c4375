using System.Globalization;

namespace Sitrep.Feeds.Parsing;

/// <summary>Dates as feeds write them: RFC 822 (RSS, with named zones such as GMT or EST) and RFC 3339 (Atom, JSON Feed).</summary>
public static class FeedDates
{
    private static readonly Dictionary<string, string> Zones = new(StringComparer.OrdinalIgnoreCase)
    {
        ["UT"] = "+00:00", ["GMT"] = "+00:00", ["Z"] = "+00:00", ["UTC"] = "+00:00",
        ["EST"] = "-05:00", ["EDT"] = "-04:00", ["CST"] = "-06:00", ["CDT"] = "-05:00",
        ["MST"] = "-07:00", ["MDT"] = "-06:00", ["PST"] = "-08:00", ["PDT"] = "-07:00",
    };

    private static readonly string[] Rfc822 = ["d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm zzz", "d MMM yy HH:mm:ss zzz", "d MMM yy HH:mm zzz"];

    public static DateTimeOffset? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var s = text.Trim();
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var iso) && s.Contains('-', StringComparison.Ordinal) && s.Length >= 10 && char.IsDigit(s[0]))
        {
            return iso;
        }

        // "Tue, 10 Jun 2025 04:00:00 GMT": drop the weekday, turn the zone into an offset.
        var comma = s.IndexOf(',', StringComparison.Ordinal);
        if (comma >= 0)
        {
            s = s[(comma + 1)..].Trim();
        }

        var parts = s.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 4)
        {
            var zone = parts[^1];
            if (Zones.TryGetValue(zone, out var offset))
            {
                parts[^1] = offset;
            }
            else if (zone.Length == 5 && zone[0] is '+' or '-')
            {
                parts[^1] = zone[..3] + ":" + zone[3..];
            }

            if (DateTimeOffset.TryParseExact(string.Join(' ', parts), Rfc822, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var rfc))
            {
                return rfc;
            }
        }

        return DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var any) ? any : null;
    }
}
