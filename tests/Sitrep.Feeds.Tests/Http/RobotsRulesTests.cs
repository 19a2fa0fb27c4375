using Sitrep.Feeds.Http;
using Xunit;

namespace Sitrep.Feeds.Tests.Http;

public sealed class RobotsRulesTests
{
    private const string Text = """
        # crawlers in general
        User-agent: *
        Disallow: /private/
        Allow: /private/open.html
        Disallow: /*.pdf$

        User-agent: OtherBot
        User-agent: Sitrep
        Disallow: /drafts
        Crawl-delay: 2.5
        """;

    [Theory]
    [InlineData("/news/a.html", true)]
    [InlineData("/drafts/one.html", false)]
    [InlineData("/draftsman", false)]
    [InlineData("/private/x.html", true)]
    public void A_group_naming_sitrep_replaces_the_star_group(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Text, "sitrep").Allows(path));

    [Theory]
    [InlineData("/private/x.html", false)]
    [InlineData("/private/open.html", true)]
    [InlineData("/files/report.pdf", false)]
    [InlineData("/files/report.pdf?x=1", true)]
    [InlineData("/", true)]
    public void Longest_match_wins_and_wildcards_work_for_other_agents(string path, bool allowed) =>
        Assert.Equal(allowed, RobotsRules.Parse(Text, "somebot").Allows(path));

    [Fact]
    public void Crawl_delay_of_the_chosen_group_is_kept()
    {
        Assert.Equal(TimeSpan.FromSeconds(2.5), RobotsRules.Parse(Text, "sitrep").CrawlDelay);
        Assert.Null(RobotsRules.Parse(Text, "somebot").CrawlDelay);
    }

    [Fact]
    public void An_empty_disallow_allows_everything_and_unreadable_robots_allow_nothing()
    {
        Assert.True(RobotsRules.Parse("User-agent: *\nDisallow:\n", "sitrep").Allows("/anything"));
        Assert.False(RobotsRules.DisallowAll("HTTP 503").Allows("/anything"));
    }
}
