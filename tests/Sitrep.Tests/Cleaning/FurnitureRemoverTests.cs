using Sitrep.Core.Cleaning;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Cleaning;

public class FurnitureRemoverTests : IClassFixture<BundledKnowledge>
{
    private const string Sentence = "The army withdrew from the northern base on Sunday, officials said.";

    private readonly FurnitureRemover _remover;

    public FurnitureRemoverTests(BundledKnowledge knowledge) => _remover = new FurnitureRemover(knowledge.Kb.Furniture);

    private IReadOnlyList<Line> Apply(params string[] lines) => _remover.Apply(lines.Select(l => new Line(l, false, null)));

    private static List<string> Kept(IEnumerable<Line> lines) => lines.Where(l => !l.Furniture).Select(l => l.Text).ToList();

    [Theory]
    [InlineData("Home > News > Middle East")]
    [InlineData("Home / World / Syria")]
    [InlineData("News \u00BB Politics \u00BB Syria")]
    public void Breadcrumbs_are_furniture(string line)
    {
        Assert.True(Assert.Single(Apply(line)).Furniture);
    }

    [Theory]
    [InlineData("Facebook Twitter WhatsApp Telegram")]
    [InlineData("Facebook | Twitter | Email")]
    [InlineData("Share on Facebook")]
    [InlineData("Share this")]
    [InlineData("1,204 shares")]
    public void Share_bars_and_counters_are_furniture(string line)
    {
        Assert.True(Assert.Single(Apply(line)).Furniture);
    }

    [Theory]
    [InlineData("Sign up for our daily newsletter")]
    [InlineData("Subscribe to our newsletter for the latest updates from the region")]
    [InlineData("Join our mailing list")]
    [InlineData("Join the Levant Monitor mailing list")]
    [InlineData("Sign up for our weekly briefing: the region's security news, sent to your inbox every Friday.")]
    [InlineData("Do you value our coverage of the coast? Back it by joining the Harbour Review members' club.")]
    [InlineData("Source: Harbour Review + Agencies")]
    [InlineData("Today 09:15")]
    [InlineData("Harbour Review © 2026. All rights reserved.")]
    [InlineData("You have read 3 of your 4 free articles this month.")]
    [InlineData("By HARBOUR STAFF, A. WRITER")]
    [InlineData("[Facebook] [X] [WhatsApp] [Email]")]
    [InlineData("Ferries return to the northern harbour - 03/14/2026")]
    [InlineData("ab-cd/ef")]
    [InlineData("Published time: 4 Mar, 2026 10:12")]
    public void Newsletter_prompts_are_furniture(string line)
    {
        Assert.True(Assert.Single(Apply(line)).Furniture);
    }

    [Theory]
    [InlineData("Join the army, the minister urged young men on Sunday as the ceasefire collapsed in the northern countryside.")]
    [InlineData("Follow us on the ground: residents described how the convoy rolled through the market at dawn yesterday.")]
    [InlineData("Home is where the displaced families want to return, a local official said on Monday.")]
    [InlineData("News of the withdrawal spread quickly through the town on Friday evening.")]
    [InlineData("Security forces arrested five men in the city on Monday, the interior ministry said.")]
    [InlineData("Lena Brandt is a senior fellow at the institute and said the talks would resume in March.")]
    [InlineData("You have read the statement, the minister told reporters, so you know our position on the port.")]
    public void Real_sentences_are_never_dropped_even_when_they_start_like_furniture(string line)
    {
        var result = Assert.Single(Apply(line));

        Assert.False(result.Furniture);
        Assert.Equal(line, result.Text);
    }

    [Theory]
    [InlineData(" Share this article")]
    [InlineData(" Read more")]
    [InlineData(" Follow us on Telegram")]
    public void Furniture_glued_to_the_end_of_a_sentence_is_cut_off(string glued)
    {
        var result = Apply(Sentence + glued);

        Assert.Equal([Sentence], Kept(result));
        Assert.Contains(result, l => l.Furniture && l.Text == glued.Trim());
    }

    [Fact]
    public void Furniture_glued_to_the_start_of_a_sentence_is_cut_off()
    {
        Assert.Equal([Sentence], Kept(Apply("Skip to content " + Sentence)));
    }

    [Fact]
    public void Runs_of_spaces_are_folded_and_order_is_kept()
    {
        var result = Apply("First   line of the report with   extra spaces.", "Related Articles", "Second line of the report.");

        Assert.Equal(["First line of the report with extra spaces.", "Second line of the report."], Kept(result));
        Assert.Equal(3, result.Count);
    }

    [Fact]
    public void Every_furniture_phrase_glued_to_a_sentence_is_cut_off()
    {
        Assert.Equal([Sentence], Kept(Apply(Sentence + " Read more Share this article")));
    }

    [Fact]
    public void Sentence_between_glued_furniture_phrases_is_kept()
    {
        var kept = Kept(Apply("Share this article " + Sentence + " Read more"));

        Assert.Contains(Sentence, kept);
    }

    [Theory]
    [InlineData("By Lena Farouk | Mar 3, 2026, 9:15 AM | Reading time: 4 min")]
    [InlineData("Subscribe – two months free | Log in")]
    [InlineData("Newsletters | Sign in")]
    public void A_bar_of_short_parts_one_of_them_furniture_is_furniture_whole(string line)
    {
        var result = Assert.Single(Apply(line));
        Assert.True(result.Furniture);
        Assert.StartsWith("furniture.bar-part:", result.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Harbour reopens after storm | Port authority")]
    [InlineData("The convoy reached the crossing at dawn | two monitors said the trucks carried fuel and flour for the camps")]
    public void A_pipe_in_a_line_with_no_furniture_part_keeps_the_line(string line)
    {
        Assert.False(Assert.Single(Apply(line)).Furniture);
    }

    [Theory]
    [InlineData("Back the Harbour Monitor's field reporting across the coast. Donate now.")]
    [InlineData("Receive the week's main headlines in your inbox.")]
    [InlineData("Subscribe to the Coastal Brief and get each new assessment by email.")]
    [InlineData("\u00A9 2031 Levant Research Group and Harbour Studies Centre. All rights reserved.")]
    [InlineData("[4] https://example.org/notes/briefing-7")]
    [InlineData("[Open the project's live map of the coast.](https://example.org/map)")]
    [InlineData("**Mira Castell, Jonas Ebert, Tomas Varga, and Lina Sorel**")]
    [InlineData("*Information Cutoff: 11:00 am ET*")]
    [InlineData("*The Coastal Studies Group and the Harbour Institute provide these updates to follow events along the coast.*")]
    public void Research_update_and_donation_furniture_is_removed(string line)
    {
        Assert.True(Assert.Single(Apply(line)).Furniture);
    }

    [Fact]
    public void Headlines_listed_after_related_posts_are_furniture()
    {
        var result = Apply(Sentence, "Related Posts", "Coast | Fishermen protest new harbour fees", "North | Gunmen kill a farmer near the river");

        Assert.Equal([Sentence], Kept(result));
    }

    [Theory]
    [InlineData("The ministry said it had informed the embassy by email.")]
    [InlineData("Officials from Lyon, Turin, Basel and Geneva met the mayor on Monday.")]
    public void Sentences_like_the_new_furniture_are_kept(string line)
    {
        Assert.False(Assert.Single(Apply(line)).Furniture);
    }

    [Theory]
    [InlineData("MARCH 4, 2026 08:47")]
    [InlineData("Updated: MARCH 4, 2026 10:12")]
    [InlineData("Date 04.03.2026")]
    [InlineData("Wednesday, 4 March 2026 4:10 PM")]
    public void A_line_that_is_only_a_date_and_time_is_furniture(string line)
    {
        Assert.True(Assert.Single(Apply(line)).Furniture);
    }

    [Fact]
    public void A_sentence_with_a_date_in_it_is_kept()
    {
        Assert.False(Assert.Single(Apply("The talks resumed on March 4, 2026.")).Furniture);
    }

    [Theory]
    [InlineData("**Read also**")]
    [InlineData("## Also on this topic:")]
    public void A_list_marker_in_markdown_emphasis_opens_a_list_of_other_stories(string marker)
    {
        var lines = Apply(marker, "- Army shells villages near the border after talks stall", Sentence);

        Assert.Equal([Sentence], Kept(lines));
    }

    [Fact]
    public void A_bulleted_markdown_link_with_nothing_else_is_furniture()
    {
        var lines = Apply(Sentence, "- [Troops leave the northern base](https://example.org/troops-leave-base)", "* [Ceasefire holds](https://example.org/c)");

        Assert.Equal([Sentence], Kept(lines));
    }

    [Fact]
    public void A_bullet_that_only_starts_with_a_link_is_kept()
    {
        const string Item = "- [The ministry](https://example.org/m) said two convoys crossed the river on Monday.";

        Assert.Equal([Item], Kept(Apply(Item)));
    }
}

