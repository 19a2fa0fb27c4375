using Sitrep.Store.Corpus;

namespace Sitrep.Web.Reading;

/// <summary>Answers corpus-level reads from the stored analysis, or from the snapshot's approximations when there is none.</summary>
public sealed class CorpusView(CorpusHolder corpus, SnapshotHolder snapshot) : ICorpusView
{
    private FallbackCache? _fallback;

    private CorpusData C => corpus.Current;

    public string Analysis => C.Source;

    public CorpusPage<StoryDetail> Stories(StoryFilter filter, Paging paging)
    {
        var c = C;
        var s = snapshot.Current;
        if (!c.Analysed)
        {
            return CorpusPage.Of(c.Source, paging.Apply(Fallback(s).Where(x => filter.Matches(x.Type, x.Place, x.Actor, x.Target, x.Date, x.Flags, x.Corroboration))));
        }

        // Filter the records, then build details for this page only.
        var page = paging.Apply(c.Stories.Where((r, i) => filter.Matches(r.Type, r.LocationName, r.ActorName, r.TargetName, r.Date, c.StoryFlags[i], r.Corroboration)));
        return new CorpusPage<StoryDetail>(c.Source, page.Items.Select(r => Detail(r, s)).ToList(), page.PageNumber, page.PageSize, page.Total);
    }

    public StoryDetail? Story(string id)
    {
        var c = C;
        if (c.Analysed)
        {
            return c.StoriesById.TryGetValue(id, out var r) ? Detail(r, snapshot.Current) : null;
        }

        return Fallback(snapshot.Current).FirstOrDefault(x => x.Id == id || x.Mentions.Any(m => m.EventKey == id));
    }

    public StoryLink? StoryOf(EventView e) =>
        C.StoryByFact.TryGetValue((e.ReportId, e.Fact.Id), out var r) ? new StoryLink(r.Id, r.Corroboration, r.FlagList) : null;

    public CorpusPage<AgreementView> Agreements(Paging paging) => CorpusPage.Of(C.Source, paging.Apply(AllAgreements()));

    public AgreementView? Agreement(string id) => AllAgreements().FirstOrDefault(a => a.Id == id);

    public CorpusPage<ForceLevelView> ForceLevels(string? actor, Paging paging) => Cited(paging.Apply(C.ForceLevels
        .Where(f => actor is null || f.ActorName.Contains(actor, StringComparison.OrdinalIgnoreCase) || f.ActorId.Contains(actor, StringComparison.OrdinalIgnoreCase))),
        f => new ForceLevelView(f, Sources(f.StoryId)));

    public CorpusPage<ContradictionView> Contradictions(Paging paging) => Cited(paging.Apply(C.Contradictions),
        x => new ContradictionView(x.Kind, x.Note, x.StoryA, x.DocumentA, x.StoryB, x.DocumentB, Sources(x.StoryA), Sources(x.StoryB)));

    public IReadOnlyList<RegisterEntry> InstallationRegister(string installationId) => C.Installations[installationId]
        .OrderBy(r => r.Date ?? "", StringComparer.Ordinal)
        .Select(r => new RegisterEntry(r.Status, r.Operator, r.Date, r.StoryId, r.StoryId is null ? [] : Sources(r.StoryId)))
        .ToList();

    public OutletAnalysis? Outlet(string name) => C.OutletFigures.TryGetValue(name, out var figures) ? figures : null;

    private IEnumerable<AgreementView> AllAgreements() => C.Agreements
        .GroupBy(a => a.AgreementId, StringComparer.Ordinal)
        .Select(g =>
        {
            var history = g.OrderBy(a => a.Date ?? "", StringComparer.Ordinal)
                .Select(a => new AgreementStage(a.Stage, a.Date, a.Signatories, a.Deadline, a.Mediator, a.StoryId, Sources(a.StoryId)))
                .ToList();
            var latest = g.OrderBy(a => a.Date ?? "", StringComparer.Ordinal).Last();
            return new AgreementView(g.Key, latest.Kind, latest.Parties, g.Select(a => a.Mediator).LastOrDefault(m => m is not null), latest.Stage, latest.Date, history);
        })
        .OrderByDescending(a => a.Date ?? "", StringComparer.Ordinal).ThenBy(a => a.Id, StringComparer.Ordinal);

    // Citations are looked up for the rows of the page only.
    private CorpusPage<TOut> Cited<TIn, TOut>(Page<TIn> page, Func<TIn, TOut> cite) =>
        new(C.Source, page.Items.Select(cite).ToList(), page.PageNumber, page.PageSize, page.Total);

    private List<MentionView> Sources(string storyId) =>
        C.StoriesById.TryGetValue(storyId, out var r) ? Mentions(r, snapshot.Current) : [];

    private static StoryDetail Detail(StoryRecord r, DashboardSnapshot s)
    {
        var mentions = Mentions(r, s);
        // A near-copy's outlet does not count as an independent voice.
        var independent = mentions.Where(m => m.DuplicateOf is null).Select(m => m.Outlet ?? OutletComparison.Unknown)
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).ToList();
        var quantity = r.QuantityValue is double v ? $"{v:0.##} {r.QuantityUnit}".Trim() : null;
        return new StoryDetail(AnalysisSource.Corpus, r.Id, r.Type, r.Status, r.ActorName, r.TargetName, r.LocationName, r.LocationCountry,
            r.Lat, r.Lon, r.Date, quantity, r.Corroboration, independent, r.FlagList, r.Evidence, mentions);
    }

    private static List<MentionView> Mentions(StoryRecord r, DashboardSnapshot s) => r.Mentions
        .Select(m => new MentionView(m.StoreId, s.EventsByReport[m.StoreId].FirstOrDefault(e => e.Fact.Id == m.EventId)?.Key,
            m.Outlet, m.Title, m.Published, m.DuplicateOf, m.Status, m.EvidenceSentence))
        .OrderBy(m => m.Published ?? "", StringComparer.Ordinal).ThenBy(m => m.ReportId)
        .ToList();

    private IReadOnlyList<StoryDetail> Fallback(DashboardSnapshot s)
    {
        var cached = Volatile.Read(ref _fallback);
        if (cached is not null && ReferenceEquals(cached.Snapshot, s))
        {
            return cached.Stories;
        }

        var built = FallbackStories.Build(s);
        Volatile.Write(ref _fallback, new FallbackCache(s, built));
        return built;
    }

    private sealed record FallbackCache(DashboardSnapshot Snapshot, IReadOnlyList<StoryDetail> Stories);
}
