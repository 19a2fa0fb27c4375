using System.Xml.Linq;

namespace Sitrep.Feeds.Parsing;

/// <summary>Atom 1.0 (RFC 4287): id, the alternate link, title, published (else updated), content (else summary).</summary>
public static class AtomParser
{
    public static readonly XNamespace Ns = "http://www.w3.org/2005/Atom";

    public static ParsedFeed Parse(XDocument doc, Uri baseUrl)
    {
        var root = doc.Root!;
        var items = root.Elements(Ns + "entry").Select(e => Entry(e, baseUrl)).ToList();
        return new ParsedFeed("atom", ItemKeys.Trimmed(root.Element(Ns + "title")?.Value), items);
    }

    private static FeedItem Entry(XElement entry, Uri baseUrl)
    {
        var links = entry.Elements(Ns + "link").ToList();
        var alternate = links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault();
        var link = ItemKeys.Link((string?)alternate?.Attribute("href"), baseUrl);
        var title = ItemKeys.Trimmed(entry.Element(Ns + "title")?.Value);
        var content = Html(entry.Element(Ns + "content")) ?? Html(entry.Element(Ns + "summary"));
        var published = FeedDates.Parse(entry.Element(Ns + "published")?.Value ?? entry.Element(Ns + "updated")?.Value);
        return new FeedItem(ItemKeys.Key(entry.Element(Ns + "id")?.Value, link, title, content), link, title, published, content);
    }

    // Atom text constructs: type "text" (default), "html" (escaped markup) or "xhtml" (a div of inline markup).
    private static string? Html(XElement? element) => element is null ? null : ((string?)element.Attribute("type"))?.ToLowerInvariant() switch
    {
        "html" => ItemKeys.Trimmed(element.Value),
        "xhtml" => ItemKeys.Trimmed(string.Concat((element.Elements().FirstOrDefault() ?? element).Nodes().Select(n => n.ToString(SaveOptions.DisableFormatting)))),
        _ => ItemKeys.TextAsHtml(element.Value),
    };
}
