namespace Sitrep.Feeds.Parsing;

/// <summary>
/// Decides what a fetched document is, from its content rather than its label: JSON starting with a JSON Feed
/// version is a feed; XML with an <c>rss</c>, <c>rdf:RDF</c> or Atom <c>feed</c> root is a feed; an HTML page is a
/// page (an article to read). Anything else is an error naming what was found.
/// </summary>
public static class FeedReader
{
    public static FeedDocument Read(string text, Uri baseUrl)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        if (head.StartsWith("{"))
        {
            var (json, jsonError) = JsonFeedParser.Parse(text, baseUrl);
            return json is null ? FeedDocument.Failed(jsonError!) : new FeedDocument(json, false, null);
        }

        if (head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase) || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase))
        {
            return FeedDocument.Page;
        }

        if (!head.StartsWith("<"))
        {
            return FeedDocument.Failed("neither a feed nor an HTML page");
        }

        var (doc, error) = SafeXml.Load(text);
        if (doc is null)
        {
            return FeedDocument.Failed(error!);
        }

        var root = doc.Root!;
        return root.Name.LocalName switch
        {
            "rss" or "RDF" => new FeedDocument(RssParser.Parse(doc, baseUrl), false, null),
            "feed" when root.Name.Namespace == AtomParser.Ns => new FeedDocument(AtomParser.Parse(doc, baseUrl), false, null),
            "html" => FeedDocument.Page,
            var other => FeedDocument.Failed($"not a feed (the root element is <{other}>)"),
        };
    }
}
