using Sitrep.Core.Model;
using Sitrep.Store.Tests.Support;
using Xunit;

namespace Sitrep.Store.Tests.Contract;

/// <summary>The search half of the contract: full text over bodies and evidence sentences, and the filters.</summary>
public abstract partial class StoreContractTests
{
    protected async Task Check_search_finds_words_of_bodies_and_of_evidence_sentences()
    {
        var reports = Extract(TestReports.Batch);
        await using var store = await OpenStoreAsync();
        await store.IngestAsync(reports);

        var body = await store.SearchAsync(new SearchQuery(TestReports.BodyOnlyWord));
        var valley = reports.Single(r => r.Document.Body.Contains("Beekeepers", StringComparison.Ordinal)).Document.Id;
        Assert.Equal(valley, Assert.Single(body).DocumentId);
        Assert.Equal("document", body[0].Kind);
        Assert.Contains("[Beekeepers]", body[0].Snippet, StringComparison.Ordinal);

        var expected = EventsWhose(reports, e => e.Evidence.Sentence.Contains("reconnaissance", StringComparison.OrdinalIgnoreCase));
        Assert.NotEmpty(expected);
        var evidence = await store.SearchAsync(new SearchQuery("Reconnaissance"));
        Assert.Equal(expected, evidence.Where(h => h.Kind == "event").Select(h => h.EventId!).ToHashSet());
        Assert.All(evidence.Where(h => h.Kind == "event"), h => Assert.Contains("[reconnaissance]", h.Snippet, StringComparison.Ordinal));

        // Stemmed (patrol ~ patrols), phrases, OR, and text that is no query syntax.
        Assert.Equal(2, (await store.SearchAsync(new SearchQuery("patrol"))).Count(h => h.Kind == "document"));
        var phrase = await store.SearchAsync(new SearchQuery("\"fuel trucks\""));
        Assert.Equal(EventsWhose(reports, e => e.Evidence.Sentence.Contains("fuel trucks", StringComparison.Ordinal)), phrase.Where(h => h.Kind == "event").Select(h => h.EventId!).ToHashSet());
        Assert.Equal(3, (await store.SearchAsync(new SearchQuery("beekeepers OR drone"))).Count(h => h.Kind == "document"));
        Assert.Empty(await store.SearchAsync(new SearchQuery("\"fuel beekeepers\"")));
        var odd = await store.SearchAsync(new SearchQuery("NEAR( -drone * : ^ ' ) AND"));
        Assert.All(odd, h => Assert.Contains(reports, r => r.Document.Id == h.DocumentId));
    }

    protected async Task Check_search_filters_narrow_the_hits()
    {
        var reports = Extract(TestReports.Batch);
        await using var store = await OpenStoreAsync();
        await store.IngestAsync(reports);
        var events = reports.SelectMany(r => r.Events.Select(e => (Event: e, r.Document))).ToList();

        async Task<HashSet<string>> EventHits(SearchQuery q) =>
            (await store.SearchAsync(q)).Where(h => h.Kind == "event").Select(h => h.EventId!).ToHashSet();
        HashSet<string> Expected(Func<ExtractedEvent, DocumentInfo, bool> keep) =>
            events.Where(x => keep(x.Event, x.Document)).Select(x => x.Event.Id).ToHashSet();

        var family = Expected((e, _) => e.Type.StartsWith("military.", StringComparison.Ordinal));
        Assert.NotEmpty(family);
        Assert.Equal(family, await EventHits(new SearchQuery("") { Type = "military" }));
        var type = events[0].Event.Type;
        Assert.Equal(Expected((e, _) => e.Type == type), await EventHits(new SearchQuery("") { Type = type }));

        var actor = events.First(x => x.Event.Actor is not null).Event.Actor!;
        Assert.Equal(Expected((e, _) => e.Actor?.Id == actor.Id), await EventHits(new SearchQuery("") { Actor = actor.Id }));
        Assert.Equal(Expected((e, _) => e.Actor?.Id == actor.Id), await EventHits(new SearchQuery("") { Actor = actor.Name.ToUpperInvariant() }));

        Assert.Equal(Expected((e, _) => e.Location?.Name == "Qamishli"), await EventHits(new SearchQuery("") { Place = "qamish" }));
        Assert.Equal(Expected((e, _) => e.Status == "planned"), await EventHits(new SearchQuery("") { Status = "planned" }));
        Assert.Equal(Expected((_, d) => d.Outlet == "Reuters"), await EventHits(new SearchQuery("") { Outlet = "reuters" }));

        var late = await EventHits(new SearchQuery("") { From = "2025-03-05" });
        Assert.Equal(Expected((e, d) => string.CompareOrdinal(e.Time?.Start ?? e.Time?.End ?? d.Published, "2025-03-05") >= 0), late);
        var march = await EventHits(new SearchQuery("") { From = "2025-03", To = "2025-03" });
        Assert.Equal(events.Count(x => (x.Event.Time?.Start ?? x.Event.Time?.End ?? x.Document.Published)?.StartsWith("2025-03", StringComparison.Ordinal) == true), march.Count);
        Assert.Empty(await EventHits(new SearchQuery("") { To = "2024" }));

        var drone = await store.SearchAsync(new SearchQuery("drone") { Outlet = "agence" });
        Assert.All(drone, h => Assert.Equal("Agence France-Presse", h.Outlet));
        Assert.Contains(drone, h => h.Kind == "document");
        var documents = (await store.SearchAsync(new SearchQuery("") { Status = "planned" })).Where(h => h.Kind == "document").Select(h => h.DocumentId);
        Assert.Equal(reports.Where(r => r.Events.Any(e => e.Status == "planned")).Select(r => r.Document.Id).Order(), documents.Order());
    }

    private static HashSet<string> EventsWhose(IEnumerable<ExtractedReport> reports, Func<ExtractedEvent, bool> keep) =>
        reports.SelectMany(r => r.Events).Where(keep).Select(e => e.Id).ToHashSet();
}
