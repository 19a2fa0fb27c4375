using System.Net;
using System.Security.Cryptography;
using System.Text;

namespace Sitrep.Feeds.Parsing;

/// <summary>Helpers the three feed formats share: stable item keys, links resolved against the feed, text as HTML.</summary>
internal static class ItemKeys
{
    /// <summary>The feed's own id, else the link, else a hash of title and content (an item with nothing else stable).</summary>
    public static string Key(string? id, Uri? link, string? title, string? content)
    {
        if (!string.IsNullOrWhiteSpace(id))
        {
            return id.Trim();
        }

        if (link is not null)
        {
            return link.AbsoluteUri;
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes((title ?? "") + "\n" + (content ?? "")));
        return "sha256:" + Convert.ToHexStringLower(hash, 0, 16);
    }

    public static Uri? Link(string? href, Uri baseUrl) =>
        !string.IsNullOrWhiteSpace(href) && Uri.TryCreate(baseUrl, href.Trim(), out var link) && (link.Scheme == Uri.UriSchemeHttp || link.Scheme == Uri.UriSchemeHttps) ? link : null;

    public static string? TextAsHtml(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join("", text.Split("\n\n").Select(p => "<p>" + WebUtility.HtmlEncode(p.Trim()) + "</p>"));

    public static string? Trimmed(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
