using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Xunit;
using static Sitrep.Tests.Corpus.StoryCompatibilityTests;

namespace Sitrep.Tests.Corpus;

public sealed class StoryBuilderTests
{
    private static readonly LocationRef Saraqib = new("saraqib", "Saraqib", 35.86, 36.8, "exact") { Country = "SY", Rank = 1 };
    private static readonly LocationRef Syria = new("syria", "Syria", 35, 38.5, "country") { Country = "SY", IsCountry = true, Rank = 4 };
    private static readonly LocationRef Mosul = new("mosul", "Mosul", 36.3, 43.1, "exact") { Country = "IQ", Rank = 1 };

    private static CorpusEvent Mention(long row, long doc, string? outlet, ExtractedEvent e) =>
        new(row, new CorpusDocument(doc, "doc_" + doc, doc + ".txt", null, outlet, null, "2025-07-10"), e);

    [Fact]
    public void Mentions_of_one_event_merge_and_count_independent_outlets_once()
    {
        var events = new[]
        {
            Mention(1, 1, "TASS", Fact(place: Saraqib, date: "2025-07-09", killed: 40)),
            Mention(2, 2, null, Fact(place: Syria, killed: 40)),
            Mention(3, 3, "Reuters", Fact(actor: "isis", place: Saraqib, date: "2025-07-09", killed: 25)),
            Mention(4, 4, "Reuters", Fact(place: Mosul, date: "2025-07-09", killed: 40)),
        };

        var stories = StoryBuilder.Build(events, new SourceIndependence([(2, 1)], _ => null));

        Assert.Equal(2, stories.Count);
        var saraqib = stories.Single(s => s.Mentions.Count == 3);
        Assert.Equal(2, saraqib.Corroboration);
        Assert.Equal(("isis", "saraqib", "2025-07-09"), (saraqib.Merged.Actor!.Id, saraqib.Merged.Location!.Id, saraqib.Date));
        Assert.Equal(2, saraqib.Merged.Corroboration);
        var mosul = stories.Single(s => s.Mentions.Count == 1);
        Assert.Equal([StoryFlags.SingleSource], mosul.Flags);

        var figures = Assert.Single(ContradictionFinder.Find(stories));
        Assert.Equal(("figures", 3L, 1L), (figures.Kind, figures.DocumentA, figures.DocumentB));
    }

    [Fact]
    public void A_force_leaving_a_country_while_building_a_base_there_is_a_contradiction()
    {
        var events = new[]
        {
            Mention(1, 1, "AP", Fact("military.withdrawal", "planned", "united_states", place: Syria, sentence: "The US plans to withdraw all its troops from Syria.")),
            Mention(2, 2, "AFP", Fact("military.base", "ongoing", "united_states", place: Saraqib, date: "2025-08-06", sentence: "US forces are building a new base.")),
            Mention(3, 3, "AFP", Fact("military.base", "ongoing", "united_states", place: Mosul, date: "2025-08-06", sentence: "US forces are building a new base in Iraq.")),
        };

        var found = ContradictionFinder.Find(StoryBuilder.Build(events, new SourceIndependence([], _ => null)));

        var contradiction = Assert.Single(found);
        Assert.Equal(("withdrawal_vs_base", 1L, 2L), (contradiction.Kind, contradiction.DocumentA, contradiction.DocumentB));
    }
}
