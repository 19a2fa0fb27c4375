using System.Xml.Linq;

namespace Sitrep.Feeds.Parsing;

/// <summary>RSS 2.0 (and the RDF-based RSS 1.0, whose items sit beside the channel): guid, link, title, pubDate, content.</summary>
public static class RssParser
{
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    public static ParsedFeed Parse(XDocument doc, Uri baseUrl)
    {
        var root = doc.Root!;
        var channel = root.Elements().FirstOrDefault(e => e.Name.LocalName == "channel");
        var items = root.Descendants().Where(e => e.Name.LocalName == "item").Select(item => Item(item, baseUrl)).ToList();
        return new ParsedFeed("rss", ItemKeys.Trimmed(channel?.Elements().FirstOrDefault(e => e.Name.LocalName == "title")?.Value), items);
    }

    private static FeedItem Item(XElement item, Uri baseUrl)
    {
        string? Child(string local) => ItemKeys.Trimmed(item.Elements().FirstOrDefault(e => e.Name.LocalName == local && e.Name.Namespace != Content)?.Value);
        var guid = item.Elements().FirstOrDefault(e => e.Name.LocalName == "guid");
        var link = ItemKeys.Link(Child("link"), baseUrl);
        if (link is null && guid is not null && !string.Equals((string?)guid.Attribute("isPermaLink"), "false", StringComparison.OrdinalIgnoreCase))
        {
            link = ItemKeys.Link(guid.Value, baseUrl);
        }

        var content = ItemKeys.Trimmed(item.Element(Content + "encoded")?.Value) ?? Child("description");
        var title = Child("title");
        var published = FeedDates.Parse(Child("pubDate") ?? ItemKeys.Trimmed(item.Element(Dc + "date")?.Value));
        var id = ItemKeys.Trimmed(guid?.Value) ?? ItemKeys.Trimmed((string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")));
        return new FeedItem(ItemKeys.Key(id, link, title, content), link, title, published, content);
    }
}
