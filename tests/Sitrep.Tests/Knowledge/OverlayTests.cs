using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Knowledge;

public sealed class OverlayTests : IDisposable
{
    private const string NewPerson = """
        [
          { "id": "yusuf_karamanli_test", "name": "Yusuf Karamanli",
            "aliases": ["Karamanli", "Commander Karamanli"], "country": "SY",
            "note": "unknown fields are ignored" }
        ]
        """;

    private const string Sentence = "Karamanli met the visiting delegation in Aleppo on Monday, his office said.";

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static ExtractedReport Extract(KnowledgeBase kb, string text) => new ReportExtractor(kb).ExtractText("overlay.txt", text);

    [Fact]
    public void Person_added_in_an_overlay_is_recognised_by_name_and_alias()
    {
        _temp.Write(Path.Combine("data", "kb", "people.json"), NewPerson);
        var kb = KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory, Path.Combine(_temp.Path, "data"));

        var report = Extract(kb, Sentence + "\nYusuf Karamanli later left the city for further talks in the capital on Tuesday.");

        var person = Assert.Single(report.Entities, e => e.Id == "yusuf_karamanli_test");
        Assert.Equal(EntityType.Person, person.Type);
        Assert.Equal("Yusuf Karamanli", person.Name);
        Assert.Contains("Karamanli", person.Mentions);
        Assert.Contains("Yusuf Karamanli", person.Mentions);
    }

    [Fact]
    public void Without_the_overlay_the_new_person_is_not_known()
    {
        var report = Extract(new BundledKnowledge().Kb, Sentence);

        Assert.DoesNotContain(report.Entities, e => e.Id == "yusuf_karamanli_test");
    }

    [Fact]
    public void Overlay_keeps_the_bundled_entries_of_the_same_file()
    {
        _temp.Write(Path.Combine("data", "kb", "people.json"), NewPerson);
        var kb = KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory, Path.Combine(_temp.Path, "data"));

        Assert.NotNull(kb.Get("ahmed_al_sharaa"));
        Assert.NotNull(kb.Get("yusuf_karamanli_test"));
        var report = Extract(kb, "Karamanli met al-Sharaa in Aleppo on Monday, his office said.");
        Assert.Contains(report.Entities, e => e.Id == "ahmed_al_sharaa");
        Assert.Contains(report.Entities, e => e.Id == "yusuf_karamanli_test");
    }

    [Fact]
    public void Overlay_entry_with_a_known_id_replaces_the_bundled_entry()
    {
        _temp.Write(Path.Combine("data", "kb", "places.json"), """
            [ { "id": "manbij", "name": "Manbij Test Town", "kind": "town", "country": "SY",
                "aliases": ["Manbij"], "lat": 1.5, "lon": 2.5, "precision": "approx_5km" } ]
            """);
        var kb = KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory, Path.Combine(_temp.Path, "data"));

        var place = kb.Get("manbij");
        Assert.NotNull(place);
        Assert.Equal("Manbij Test Town", place.Name);
        Assert.Equal(1.5, place.Lat);
        Assert.Equal(2.5, place.Lon);
    }

    [Fact]
    public void Malformed_json_in_an_overlay_names_the_file()
    {
        var bad = _temp.Write(Path.Combine("data", "kb", "people.json"), "[ { \"id\": \"broken\", \"name\": ");

        var ex = Assert.Throws<InvalidDataException>(() => KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory, Path.Combine(_temp.Path, "data")));

        Assert.Contains(bad, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Malformed_lexicon_file_in_an_overlay_names_the_file()
    {
        _temp.Write(Path.Combine("data", "lexicon", "framing.json"), "{ this is not json");

        var ex = Assert.Throws<InvalidDataException>(() => KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory, Path.Combine(_temp.Path, "data")));

        Assert.Contains("framing.json", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlay_directory_without_knowledge_files_changes_nothing()
    {
        var kb = KnowledgeBaseLoader.Load(BundledKnowledge.DataDirectory, _temp.Path);
        var report = Extract(kb, "Turkish troops deployed armored vehicles near Manbij on Monday, residents said.");

        Assert.Contains(report.Entities, e => e.Id == "turkey");
        Assert.Contains(report.Entities, e => e.Id == "manbij");
    }
}
