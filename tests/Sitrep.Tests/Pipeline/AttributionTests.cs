using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

public class AttributionTests : IClassFixture<BundledKnowledge>
{
    private readonly BundledKnowledge _knowledge;

    public AttributionTests(BundledKnowledge knowledge) => _knowledge = knowledge;

    private Attribution OnlyAttribution(string text, string name = "attribution.txt")
    {
        var events = _knowledge.Extractor.ExtractText(name, text).Events;
        Assert.NotEmpty(events);
        var attributions = events.Select(e => e.Attribution).Distinct().ToList();
        return Assert.Single(attributions)!;
    }

    [Fact]
    public void Named_state_organ_after_according_to_is_an_official_source()
    {
        var a = OnlyAttribution("About 900 U.S. troops remain stationed in the northeast of the country, according to the Pentagon.");

        Assert.Equal("official", a.Kind);
        Assert.Equal(_knowledge.Kb.Get("us_department_of_defense")!.Name, a.Source);
    }

    [Fact]
    public void Demonym_official_is_an_official_source_of_that_state()
    {
        var a = OnlyAttribution("Israeli warplanes struck weapons depots near the coastal city of Latakia overnight, a Syrian official said.");

        Assert.Equal("official", a.Kind);
        Assert.Equal("Syria", a.Source);
    }

    [Fact]
    public void Unnamed_source_is_anonymous()
    {
        var a = OnlyAttribution("The Syrian army deployed fresh troops to positions near the northern border on Wednesday, a military source said.");

        Assert.Equal("anonymous", a.Kind);
    }

    [Fact]
    public void Sentence_without_a_source_is_asserted_by_the_outlet()
    {
        const string text = "Iran Press TV\nSyrian troops clashed with Kurdish fighters near the Tishrin Dam on Sunday after a week of calm.";

        var a = OnlyAttribution(text);

        Assert.Equal("author", a.Kind);
        Assert.Equal("Press TV", a.Source);
    }

    [Fact]
    public void Unnamed_source_text_names_only_the_source()
    {
        var a = OnlyAttribution("The Syrian army deployed fresh troops to positions near the northern border on Wednesday, a military source said.");

        Assert.Contains("military source", a.Source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("wednesday", a.Source, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("border", a.Source, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void United_states_in_the_clause_does_not_hide_the_reporting_verb()
    {
        var a = OnlyAttribution("The United States will withdraw its troops from the base at al-Tanf by the end of 2026, officials said.");

        Assert.NotEqual("author", a.Kind);
    }
}
