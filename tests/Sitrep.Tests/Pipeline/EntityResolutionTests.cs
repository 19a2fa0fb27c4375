using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

public class EntityResolutionTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public EntityResolutionTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    // The entity whose span covers the first occurrence of the surface text in the body. Reports are single
    // sentences of eight words or more so that the layout stage keeps them as body text.
    private static ExtractedEntity? At(ExtractedReport report, string surface)
    {
        var start = report.Document.Body.IndexOf(surface, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{surface}' is not in the body");
        return report.Entities.FirstOrDefault(e => e.Spans.Any(s => s.Start <= start && s.End >= start + surface.Length));
    }

    [Fact]
    public void Loaded_label_is_reported_as_framing_with_a_neutral_term()
    {
        var report = _extractor.ExtractText("wire.txt", Reports.Wire);

        var label = Assert.Single(report.Framing, f => f.Term.Contains("Zionist entity", StringComparison.Ordinal));
        Assert.Equal("label", label.Category);
        Assert.Equal("Israel", label.Neutral);
    }

    [Fact]
    public void Loaded_label_resolves_to_the_entity_it_stands_for()
    {
        var report = _extractor.ExtractText("wire.txt", Reports.Wire);
        var entity = At(report, "Zionist entity");

        Assert.NotNull(entity);
        Assert.Equal("israel", entity.Id);
        var evt = Assert.Single(report.Events, e => e.Evidence.Sentence.StartsWith("The Zionist entity", StringComparison.Ordinal));
        Assert.Equal("israel", evt.Actor?.Id);
    }

    [Theory]
    [InlineData("Tel Aviv said the military operation in the south would continue.", "Tel Aviv", "israel", EntityType.Country)]
    [InlineData("Moscow said the talks would continue next month.", "Moscow", "russia", EntityType.Country)]
    [InlineData("Washington warned against any delay in the withdrawal.", "Washington", "united_states", EntityType.Country)]
    [InlineData("Damascus said its forces had regained control of the road.", "Damascus", "syria", EntityType.Country)]
    public void Capital_acting_as_a_speaker_resolves_to_its_state(string text, string surface, string id, EntityType type)
    {
        var entity = At(_extractor.ExtractText("metonym.txt", text), surface);

        Assert.NotNull(entity);
        Assert.Equal(id, entity.Id);
        Assert.Equal(type, entity.Type);
    }

    [Theory]
    [InlineData("Officials in Damascus condemned the incursion on Monday.", "Damascus", "damascus")]
    [InlineData("The delegation arrived in Damascus on Monday for two days of talks.", "Damascus", "damascus")]
    public void Capital_as_a_location_stays_the_city(string text, string surface, string id)
    {
        var entity = At(_extractor.ExtractText("place.txt", text), surface);

        Assert.NotNull(entity);
        Assert.Equal(id, entity.Id);
        Assert.Equal(EntityType.Place, entity.Type);
    }

    [Fact]
    public void Metonym_and_place_in_one_sentence_resolve_differently()
    {
        var report = _extractor.ExtractText("wire.txt", Reports.Wire);

        Assert.Equal("israel", At(report, "Tel Aviv")?.Id);
        var damascus = report.Entities.Single(e => e.Id == "damascus");
        Assert.Equal(EntityType.Place, damascus.Type);
        Assert.NotNull(damascus.Lat);
        Assert.NotNull(damascus.Lon);
    }

    [Fact]
    public void Aliases_of_one_person_are_one_entity()
    {
        var report = _extractor.ExtractText("wire.txt", Reports.Wire);

        var person = Assert.Single(report.Entities, e => e.Id == "ahmed_al_sharaa");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Contains("Abu Mohammed al-Jolani", person.Mentions);
        Assert.Contains("al-Sharaa", person.Mentions);
    }

    [Fact]
    public void Organization_name_and_acronym_are_one_entity()
    {
        const string text = "Hay'at Tahrir al-Sham fighters clashed with rival groups near the city, while HTS denied any losses on Sunday.";
        var report = _extractor.ExtractText("hts.txt", text);

        var org = Assert.Single(report.Entities, e => e.Id == "hayat_tahrir_al_sham");
        Assert.Equal(EntityType.Organization, org.Type);
        Assert.Equal(2, org.Spans.Count);
    }

    [Theory]
    [InlineData("Fresh clashes erupted in Suwaida province on Monday, residents said.", "Suwaida", "sweida_governorate")]
    [InlineData("Russian aircraft took off from Khmeimim base on Monday, residents said.", "Khmeimim", "hmeimim_air_base")]
    public void Spelling_variants_resolve_to_the_known_entity(string text, string surface, string id)
    {
        Assert.Equal(id, At(_extractor.ExtractText("variant.txt", text), surface)?.Id);
    }

    [Fact]
    public void A_place_word_takes_the_next_name_into_one_unknown_place()
    {
        // "Hawar" alone is a news agency; after "Kafr" it is part of a village's name.
        const string text = "Troops raided the village of Kafr Hawar near the border on Monday, the army said.";
        var report = _extractor.ExtractText("kafr.txt", text);

        Assert.Equal("place_kafr_hawar", At(report, "Kafr Hawar")?.Id);
        Assert.Equal("place_kafr_hawar", Assert.Single(report.Events, e => e.Type == "security.raid").Location?.Id);
    }

    [Fact]
    public void Villages_named_with_a_known_word_after_the_article_are_their_own_places()
    {
        const string text = "Artillery shelled fields between the villages of Saida al-Hanout and al-Rafid, and a drone hit a car outside Saham al-Jawlan on Monday.";
        var report = _extractor.ExtractText("villages.txt", text);

        Assert.Equal("place_saida_hanout", At(report, "Saida al-Hanout")?.Id);
        Assert.Equal("place_rafid", At(report, "al-Rafid")?.Id);
        Assert.Equal("place_saham_jawlan", At(report, "Saham al-Jawlan")?.Id);
        Assert.DoesNotContain(report.Entities, e => e.Id == "sweida_governorate");
    }

    [Fact]
    public void A_village_sharing_only_consonants_with_a_town_is_not_that_town()
    {
        var entity = At(_extractor.ExtractText("village.txt", "Soldiers entered the village of al-Muallaqa in Quneitra province on Monday."), "al-Muallaqa");

        Assert.NotEqual("malikiyah", entity?.Id);
        Assert.StartsWith("place_", entity?.Id);
    }

    [Fact]
    public void Demonym_with_a_force_noun_stands_for_the_state()
    {
        var entity = At(_extractor.ExtractText("demonym.txt", "Turkish troops deployed armored vehicles near the border on Monday."), "Turkish troops");

        Assert.Equal("turkey", entity?.Id);
    }

    [Fact]
    public void Places_carry_coordinates_from_the_knowledge_base()
    {
        var report = _extractor.ExtractText("undated.txt", Reports.Undated);
        var manbij = Assert.Single(report.Entities, e => e.Id == "manbij");

        Assert.Equal(EntityType.Place, manbij.Type);
        Assert.InRange(manbij.Lat!.Value, 36.0, 37.0);
        Assert.InRange(manbij.Lon!.Value, 37.5, 38.5);
        Assert.NotNull(manbij.Precision);
    }

    [Fact]
    public void Family_name_after_another_given_name_is_a_relative_not_the_listed_person()
    {
        var report = _extractor.ExtractText("r.txt", "Belgassem Haftar met the visiting delegation in Benghazi on Monday, while Field Marshal Haftar stayed away.");

        Assert.NotEqual("khalifa_haftar", At(report, "Belgassem Haftar")?.Id);
        var later = report.Document.Body.IndexOf("Haftar stayed", StringComparison.Ordinal);
        Assert.Contains(report.Entities, e => e.Id == "khalifa_haftar" && e.Spans.Any(s => s.Start == later));
    }

    [Fact]
    public void Unknown_name_ends_at_a_comma()
    {
        var report = _extractor.ExtractText("r.txt", "The council appointed Omar Zubeidi, Rahal Qassem and two judges to the new committee on Sunday.");

        var first = At(report, "Omar Zubeidi");
        Assert.NotNull(first);
        Assert.DoesNotContain(",", first.Name, StringComparison.Ordinal);
    }
}
