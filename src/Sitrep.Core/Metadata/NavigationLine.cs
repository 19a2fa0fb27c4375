using Sitrep.Core.Text;

namespace Sitrep.Core.Metadata;

/// <summary>
/// A header line that is a menu rather than a headline: a language bar ("العربية | English | Français"),
/// section tabs ("Outlet · Essays · Security", "Home News Iran Iraq") or a row of Markdown links ("[Research](/research) · ...").
/// Such a line is never the title.
/// </summary>
public static class NavigationLine
{
    private static readonly string[] Separators = [" | ", " · ", " • ", " » ", " / "];

    private const int MinSegments = 3;

    private const int MaxWordsPerSegment = 3;

    public static bool Is(string line)
    {
        if (line.AsSpan().Count("](") >= 2)
        {
            return true;
        }

        // "Home News Iran Iraq Syria Lebanon": a menu whose separators were only spaces.
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length >= 5 && words[0] == "Home" && words.All(w => char.IsUpper(w[0]) || w == "&"))
        {
            return true;
        }

        // "Bloomberg the Company & Its Products | Terminal Demo Request | Remote Login | Customer Support", "Latest: headline
        // | headline | headline | headline": four or more parts between pipes are a menu or a ticker, never a headline.
        if (line.AsSpan().Count(" | ") >= MinSegments)
        {
            return true;
        }

        // "**BREAKING:** headline · headline · headline": a labelled ticker, however long its items.
        var segments = line.Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return segments.Length >= MinSegments && (segments.All(s => SpaceWords.Count(s) <= MaxWordsPerSegment) || StartsWithTickerLabel(line));
    }

    private static readonly string[] TickerLabels = ["BREAKING", "Breaking", "Latest", "LATEST", "LIVE", "Live", "Trending", "TRENDING", "Just in", "JUST IN"];

    private static bool StartsWithTickerLabel(string line)
    {
        var text = line.AsSpan().TrimStart("*_ ");
        foreach (var label in TickerLabels)
        {
            if (text.StartsWith(label, StringComparison.Ordinal) && text.Length > label.Length && text[label.Length] is ':' or '*' or ' ' or '|')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"The official news channel of the Syrian Arab Republic": a site's slogan under its name, never the headline.</summary>
    public static bool IsSlogan(string line) => IsSloganText(line.Trim('*', '_', ' '));

    private static bool IsSloganText(string line) =>
        line.StartsWith("The official ", StringComparison.Ordinal) || line.StartsWith("The voice of", StringComparison.OrdinalIgnoreCase)
        || line.StartsWith("Your ", StringComparison.Ordinal) || line.StartsWith("The leading ", StringComparison.Ordinal)
        || line.Contains("news channel", StringComparison.OrdinalIgnoreCase) || line.Contains("news network", StringComparison.OrdinalIgnoreCase)
        || line.Contains("news portal", StringComparison.OrdinalIgnoreCase) || line.Contains("news website", StringComparison.OrdinalIgnoreCase)
        || line.Contains("news agency of", StringComparison.OrdinalIgnoreCase);

    /// <summary>"Share: Facebook | X | WhatsApp": sharing buttons rather than the site's menu.</summary>
    public static bool IsShareBar(string line) =>
        line.Contains("Share", StringComparison.OrdinalIgnoreCase) || line.Contains("Facebook", StringComparison.Ordinal)
        || line.Contains("WhatsApp", StringComparison.Ordinal) || line.Contains("Telegram", StringComparison.Ordinal);
}
