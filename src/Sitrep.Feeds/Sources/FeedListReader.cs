using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Sitrep.Feeds.Sources;

/// <summary>
/// Reads a feed list: YAML (a <c>.yaml</c>/<c>.yml</c> file, or one starting with <c>feeds:</c> or <c>- </c>) or plain
/// lines of <c>URL [INTERVAL] [OUTLET NAME]</c> with <c>#</c> comments. A bad entry is one error naming the file and
/// line; the other entries are still read. A URL listed twice is followed once.
/// </summary>
public static class FeedListReader
{
    public static FeedList Read(string path)
    {
        var text = File.ReadAllText(path);
        var name = Path.GetFileName(path);
        var ext = Path.GetExtension(path).ToLowerInvariant();
        var first = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
        var yaml = ext is ".yaml" or ".yml" || first.StartsWith("feeds:", StringComparison.Ordinal) || first.StartsWith("- ", StringComparison.Ordinal);
        var entries = new List<(int Line, string? Url, string? Interval, string? Outlet)>();
        var errors = new List<string>();
        if (yaml)
        {
            ReadYaml(text, name, entries, errors);
        }
        else
        {
            ReadLines(text, entries);
        }

        var sources = new List<FeedSource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, url, interval, outlet) in entries)
        {
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            {
                errors.Add($"{name}:{line}: '{url}' is not an http or https URL");
                continue;
            }

            var every = Interval.Parse(interval);
            if (interval is not null && every is null)
            {
                errors.Add($"{name}:{line}: '{interval}' is not an interval (such as 90s, 15m, 2h or 1d)");
                continue;
            }

            if (seen.Add(uri.AbsoluteUri))
            {
                sources.Add(new FeedSource(uri, every ?? FeedSource.DefaultInterval, string.IsNullOrWhiteSpace(outlet) ? null : outlet.Trim()));
            }
        }

        return new FeedList(sources, errors);
    }

    private static void ReadLines(string text, List<(int, string?, string?, string?)> entries)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            var rest = parts.Skip(1).ToList();
            string? interval = null;
            if (rest.Count > 0 && Interval.Parse(rest[0]) is not null)
            {
                interval = rest[0];
                rest.RemoveAt(0);
            }

            entries.Add((i + 1, parts[0], interval, rest.Count > 0 ? string.Join(' ', rest) : null));
        }
    }

    private static void ReadYaml(string text, string name, List<(int, string?, string?, string?)> entries, List<string> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add($"{name}:{ex.Start.Line}: not valid YAML: {ex.Message}");
            return;
        }

        var root = stream.Documents.FirstOrDefault()?.RootNode;
        var list = root switch
        {
            YamlSequenceNode seq => seq,
            YamlMappingNode map when map.Children.TryGetValue(new YamlScalarNode("feeds"), out var feeds) && feeds is YamlSequenceNode seq => seq,
            null => null,
            _ => null,
        };
        if (list is null)
        {
            if (root is not null)
            {
                errors.Add($"{name}:{root.Start.Line}: expected a list of feeds, or a 'feeds:' key holding one");
            }

            return;
        }

        foreach (var node in list.Children)
        {
            var line = (int)node.Start.Line;
            switch (node)
            {
                case YamlScalarNode scalar:
                    entries.Add((line, scalar.Value, null, null));
                    break;
                case YamlMappingNode map:
                    entries.Add((line, Scalar(map, "url"), Scalar(map, "interval"), Scalar(map, "outlet")));
                    break;
                default:
                    errors.Add($"{name}:{line}: expected a URL or a mapping with url, interval and outlet");
                    break;
            }
        }
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) && value is YamlScalarNode scalar ? scalar.Value : null;
}
