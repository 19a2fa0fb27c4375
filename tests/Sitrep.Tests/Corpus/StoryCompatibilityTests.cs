using Sitrep.Core.Corpus;
using Sitrep.Core.Model;
using Xunit;

namespace Sitrep.Tests.Corpus;

public sealed class StoryCompatibilityTests
{
    private static readonly LocationRef Syria = new("syria", "Syria", 35, 38.5, "country") { Country = "SY", IsCountry = true, Rank = 4 };
    private static readonly LocationRef Homs = new("homs", "Homs", 34.7, 36.7, "exact") { Country = "SY", Rank = 1 };
    private static readonly LocationRef Aleppo = new("aleppo", "Aleppo", 36.2, 37.2, "exact") { Country = "SY", Rank = 1 };
    private static readonly LocationRef Mosul = new("mosul", "Mosul", 36.3, 43.1, "exact") { Country = "IQ", Rank = 1 };

    internal static ExtractedEvent Fact(
        string type = "violence.civilians", string status = "completed", string? actor = null, string? target = null,
        LocationRef? place = null, string? date = null, double? killed = null, string sentence = "A sentence.") =>
        new($"ev_{type}_{actor}_{place?.Id}_{date}_{killed}", type, status,
            actor is null ? null : new EntityRef(actor, actor),
            target is null ? null : new EntityRef(target, target),
            place,
            date is null ? null : new TimeSpec(date, null, date),
            killed is double k ? new Quantity(k, "people", k.ToString(System.Globalization.CultureInfo.InvariantCulture)) : null,
            null,
            new Evidence(sentence, 0, sentence.Length),
            1,
            []);

    [Fact]
    public void Missing_fields_are_compatible_and_a_country_holds_its_towns() =>
        Assert.True(StoryCompatibility.Compatible(Fact(actor: "isis", place: Homs, date: "2025-07-09", killed: 40), Fact(place: Syria, killed: 25)));

    [Fact]
    public void Dates_a_few_days_apart_or_of_different_precision_are_compatible()
    {
        Assert.True(StoryCompatibility.Compatible(Fact(date: "2025-07-09"), Fact(date: "2025-07-11")));
        Assert.True(StoryCompatibility.Compatible(Fact(date: "2025-07"), Fact(date: "2025-07-30")));
        Assert.False(StoryCompatibility.Compatible(Fact(date: "2025-07-09"), Fact(date: "2025-07-20")));
    }

    [Fact]
    public void Different_types_places_actors_statuses_or_far_apart_figures_are_different_events()
    {
        Assert.False(StoryCompatibility.Compatible(Fact(), Fact(type: "military.strike")));
        Assert.False(StoryCompatibility.Compatible(Fact(place: Homs), Fact(place: Aleppo)));
        Assert.False(StoryCompatibility.Compatible(Fact(place: Syria), Fact(place: Mosul)));
        Assert.False(StoryCompatibility.Compatible(Fact(actor: "isis"), Fact(actor: "syria")));
        Assert.False(StoryCompatibility.Compatible(Fact(status: "planned"), Fact(status: "completed")));
        Assert.False(StoryCompatibility.Compatible(Fact(killed: 10), Fact(killed: 25)));
    }

    [Fact]
    public void The_two_sides_of_a_deal_may_come_in_either_order()
    {
        Assert.True(StoryCompatibility.Compatible(Fact("diplomacy.agreement", actor: "syria", target: "israel"), Fact("diplomacy.agreement", actor: "israel", target: "syria")));
        Assert.True(StoryCompatibility.Compatible(Fact("diplomacy.agreement", actor: "syria", target: "israel"), Fact("diplomacy.agreement", target: "syria")));
        Assert.False(StoryCompatibility.Compatible(Fact("diplomacy.agreement", actor: "syria", target: "israel"), Fact("diplomacy.agreement", actor: "syria", target: "turkey")));
    }
}
