using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>
/// "Occupation" as a label for a state's forces ("US occupation", "occupation drones") is framing; the
/// occupation of a territory as a legal state of affairs ("opposed Israeli occupation of the plateau") is not.
/// </summary>
public class FramingLabelTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public FramingLabelTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private List<string> Terms(string text) => _extractor.ExtractText("framing.txt", text).Framing.Select(f => f.Term).ToList();

    [Fact]
    public void A_foreign_presence_called_an_occupation_is_a_label()
    {
        var terms = Terms("Residents said the US occupation had moved more fuel trucks to the airfield on Monday.");

        Assert.Contains("US occupation", terms);
    }

    [Fact]
    public void Occupation_naming_a_force_is_a_label()
    {
        var terms = Terms("Israeli occupation bulldozers levelled farmland near the fence on Sunday, the mayor said.");

        Assert.Contains("Israeli occupation bulldozers", terms);
    }

    [Fact]
    public void Occupation_of_a_territory_is_not_a_label()
    {
        var terms = Terms("The council has long opposed Israeli occupation of the plateau, its chairman said.");

        Assert.DoesNotContain(terms, t => t.Contains("occupation", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Bare_terrorists_a_terror_cell_an_illegal_presence_and_plunder_are_loaded_words()
    {
        var terms = Terms("Officials said 14 terrorists were neutralized and a terror cell was dismantled, and condemned the illegal presence of foreign troops "
            + "and the plundering of the country's wheat.");

        Assert.Contains("terrorists", terms);
        Assert.Contains("terror cell", terms);
        Assert.Contains("illegal presence", terms);
        Assert.Contains("plundering", terms);
    }

    [Theory]
    [InlineData("A drone of the invading Turkish army hit a car near the town, as SNA gangs shelled nearby villages.", "invading Turkish army", "SNA gangs")]
    [InlineData("No deal will be signed while the jihadist-led regime in Damascus cannot stop the smuggling, a Hezbollah terrorist organization ally said.", "jihadist-led regime", "Hezbollah terrorist organization")]
    [InlineData("Since the liberation, the criminal Assad regime's prisons have been opened and the fugitive dictator lives abroad.", "Since the liberation", "criminal Assad regime")]
    public void Each_sides_labels_for_the_other_are_framing(string sentence, string first, string second)
    {
        var terms = Terms(sentence);

        Assert.Contains(terms, t => t.Equals(first, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(terms, t => t.Equals(second, StringComparison.OrdinalIgnoreCase));
    }
}
