using System.Text.Json;

namespace Sitrep.Feeds.Parsing;

/// <summary>JSON Feed 1.0 and 1.1: id, url (else external_url), title, date_published, content_html (else content_text).</summary>
public static class JsonFeedParser
{
    public const string VersionPrefix = "https://jsonfeed.org/version/";

    /// <summary>The feed, or a one-line reason the text is not one.</summary>
    public static (ParsedFeed? Feed, string? Error) Parse(string text, Uri baseUrl)
    {
        try
        {
            using var doc = JsonDocument.Parse(text, new JsonDocumentOptions { MaxDepth = 64 });
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Str(root, "version") is not { } version || !version.StartsWith(VersionPrefix, StringComparison.Ordinal))
            {
                return (null, $"not a JSON Feed (no \"version\" starting with {VersionPrefix})");
            }

            var items = new List<FeedItem>();
            if (root.TryGetProperty("items", out var array) && array.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in array.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object))
                {
                    var link = ItemKeys.Link(Str(item, "url") ?? Str(item, "external_url"), baseUrl);
                    var title = ItemKeys.Trimmed(Str(item, "title"));
                    var content = ItemKeys.Trimmed(Str(item, "content_html")) ?? ItemKeys.TextAsHtml(Str(item, "content_text"));
                    var id = item.TryGetProperty("id", out var idValue) && idValue.ValueKind == JsonValueKind.Number ? idValue.GetRawText() : Str(item, "id");
                    items.Add(new FeedItem(ItemKeys.Key(id, link, title, content), link, title, FeedDates.Parse(Str(item, "date_published") ?? Str(item, "date_modified")), content));
                }
            }

            return (new ParsedFeed("jsonfeed", ItemKeys.Trimmed(Str(root, "title")), items), null);
        }
        catch (JsonException ex)
        {
            return (null, $"not well-formed JSON (line {(ex.LineNumber ?? 0) + 1}): {ex.Message.Split(". ")[0].TrimEnd('.')}");
        }
    }

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
