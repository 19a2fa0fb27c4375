namespace Sitrep.Feeds.Tests.Support;

/// <summary>Fixture articles and feeds written for these tests (invented events, own wording).</summary>
public static class Pages
{
    // Only markup characters are escaped, so that letters such as é stay bytes of the page's own encoding.
    private static string Escape(string s) => s.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);

    public static string Article(string title, string body, string? charset = "utf-8") =>
        "<!doctype html><html><head>" + (charset is null ? "" : $"<meta charset=\"{charset}\">")
        + $"<title>{Escape(title)}</title></head><body><article><h1>{Escape(title)}</h1>"
        + string.Concat(body.Split('\n').Select(p => $"<p>{Escape(p)}</p>")) + "</article></body></html>";

    public static readonly (string Title, string Body)[] Stories =
    [
        ("Convoy reaches northern town", "A column of about thirty armoured vehicles reached the town of Manbij on Tuesday morning, residents told reporters by telephone.\nThe column stopped near the grain silos before moving on towards the river, the residents said."),
        ("Talks resume in the capital", "Negotiators from the two delegations met again in Damascus on Wednesday to discuss the exchange of detainees, a mediator said.\nNo agreement was announced after the meeting, which lasted about four hours."),
        ("Drone strike reported near airport", "A drone struck a fuel depot near the airport of Qamishli late on Thursday, a local monitoring group reported.\nFirefighters worked through the night to contain the blaze, the group added."),
        ("Checkpoint set up on highway", "Security forces set up a new checkpoint on the highway between Homs and Hama on Friday, drivers said.\nTraffic queued for more than an hour while vehicles were searched, according to the drivers."),
    ];

    public static string Rss(string title, IEnumerable<(string Guid, Uri Link, string Title)> items) =>
        "<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>" + Escape(title) + "</title>"
        + string.Concat(items.Select(i => $"<item><title>{Escape(i.Title)}</title><link>{i.Link}</link><guid isPermaLink=\"false\">{i.Guid}</guid><pubDate>Tue, 03 Jun 2025 08:30:00 GMT</pubDate></item>"))
        + "</channel></rss>";
}
