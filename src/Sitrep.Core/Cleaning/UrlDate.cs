using System.Globalization;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Cleaning;

/// <summary>
/// The publication day that many news sites put in an article's address: <c>/2026/11/18/</c>, <c>/2026-11-18/</c> or
/// <c>/20261118/</c> as a path segment. Only a real calendar day between 1990 and 2099 counts; anything else is null.
/// </summary>
public static partial class UrlDate
{
    public static string? Find(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri))
        {
            return null;
        }

        var m = DayInPath().Match(uri.AbsolutePath);
        if (!m.Success)
        {
            return null;
        }

        var iso = $"{m.Groups["y"].Value}-{m.Groups["m"].Value}-{m.Groups["d"].Value}";
        return DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? iso : null;
    }

    // A whole segment (or the start of one followed by a separator), so an article number such as 1123489576 is not read.
    [GeneratedRegex(@"/(?<y>(?:19|20)\d\d)(?:[/-]?)(?<m>0[1-9]|1[0-2])(?:[/-]?)(?<d>0[1-9]|[12]\d|3[01])(?=[/._-]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DayInPath();
}
