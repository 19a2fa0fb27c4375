using Sitrep.Core.Model;
using Sitrep.Core.Pipeline;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Pipeline;

/// <summary>Sanctions lifted and imposed at one meeting, who keeps a list, and a new subject after ", and".</summary>
public class SanctionListTests : IClassFixture<BundledKnowledge>
{
    private readonly ReportExtractor _extractor;

    public SanctionListTests(BundledKnowledge knowledge) => _extractor = knowledge.Extractor;

    private IReadOnlyList<ExtractedEvent> Events(string text) => _extractor.ExtractText("case.txt", text).Events;

    private const string Council =
        "BRUSSELS, 8 June 2026 - The European Union on Tuesday removed the trade restrictions it had kept on Libya's oil sector.\n\n"
        + "At the same meeting, ministers added seven individuals to the EU's Libya sanctions list.";

    [Fact]
    public void A_day_first_dateline_dates_the_report()
    {
        var report = _extractor.ExtractText("dateline.txt", Council);

        Assert.Equal("2026-06-08", report.Document.Published);
    }

    [Fact]
    public void Sanctions_lifted_and_imposed_at_one_meeting_are_two_facts()
    {
        var sanctions = Events(Council).Where(e => e.Type == "diplomacy.sanctions").ToList();

        Assert.Equal(2, sanctions.Count);
        Assert.All(sanctions, s => Assert.Equal("european_union", s.Actor?.Id));
        Assert.All(sanctions, s => Assert.Equal("2026-06-02", s.Time?.Start));
        Assert.Null(sanctions[0].Quantity);
        Assert.Equal(7, sanctions[1].Quantity?.Value);
    }

    [Fact]
    public void The_owner_of_the_list_imposes_the_listing()
    {
        var listing = Assert.Single(Events(Council), e => e.Quantity?.Value == 7);

        Assert.Contains(listing.Provenance, p => p.Rule == "actor.owner-of-sanctions-list");
        Assert.Contains(listing.Provenance, p => p.Rule == "time.same-day-as-before");
    }

    [Fact]
    public void The_bloc_is_the_union_named_before()
    {
        var events = Events("BRUSSELS, 8 June 2026 - The European Union renewed its naval mission on Tuesday. The bloc first imposed an arms embargo on Libya in 2011.");

        var embargo = Assert.Single(events, e => e.Type == "diplomacy.sanctions");
        Assert.Equal("european_union", embargo.Actor?.Id);
    }

    [Fact]
    public void A_new_subject_after_comma_and_acts_in_its_own_clause()
    {
        var events = Events("LONDON, 8 June 2026 - Canada lifted its sanctions on the bank in March 2025, and the United Kingdom repealed its asset freeze in May 2025.");

        var freeze = Assert.Single(events, e => e.Time?.Start == "2025-05");
        Assert.Equal("united_kingdom", freeze.Actor?.Id);
    }

    [Fact]
    public void Since_taking_office_tells_no_change_of_leader()
    {
        var events = Events("PARIS, 8 June 2026 - The envoy will visit Beirut next week, her first trip there since taking office.");

        Assert.DoesNotContain(events, e => e.Type == "politics.leadership");
    }

    [Fact]
    public void A_numbered_brigade_in_the_knowledge_base_acts_for_its_state()
    {
        var events = Events("JERUSALEM, 8 June 2026 - Troops of the 810th Mount Hermon Brigade raided the village of Arneh on the Syrian slopes overnight.");

        var raid = Assert.Single(events, e => e.Type == "security.raid");
        Assert.Equal("idf_810th_hermon_brigade", raid.Actor?.Id);
        Assert.Equal("israel", raid.Actor?.Side);
    }
}
