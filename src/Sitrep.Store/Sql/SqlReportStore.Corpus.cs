using Dapper;
using Sitrep.Store.Corpus;

namespace Sitrep.Store.Sql;

/// <summary>The corpus analysis and its reads (<see cref="ICorpusStore"/>), in SQL both backends run.</summary>
public abstract partial class SqlReportStore
{
    protected abstract CorpusDialect Dialect { get; }

    protected abstract DateTimeOffset Now { get; }

    public Task<AnalysisSummary> AnalyzeAsync(CorpusKnowledge knowledge, CancellationToken ct = default) =>
        WithConnectionAsync(c => CorpusAnalysis.RunAsync(c, Dialect, knowledge, Now, ct), ct);

    public Task<IReadOnlyList<StoryRecord>> StoriesAsync(string? from = null, string? to = null, CancellationToken ct = default) => WithConnectionAsync<IReadOnlyList<StoryRecord>>(
        async c =>
        {
            var p = new DynamicParameters();
            var where = new List<string> { "1 = 1" };
            if (from is not null)
            {
                p.Add("from", from);
                where.Add("(s.date IS NOT NULL AND s.date >= substr(@from, 1, length(s.date)))");
            }

            if (to is not null)
            {
                p.Add("to", to);
                where.Add("(s.date IS NOT NULL AND substr(s.date, 1, length(@to)) <= @to)");
            }

            var condition = string.Join(" AND ", where);
            var stories = (await c.QueryAsync<StoryRecord>(Command("SELECT s.id, s.type, s.status, s.actor_id, s.actor_name, s.target_id, s.target_name, s.location_id, s.location_name, s.location_country, s.lat, s.lon, s.date, "
                + $"s.quantity_value, s.quantity_unit, s.corroboration, s.flags, s.evidence FROM stories s WHERE {condition} ORDER BY s.date, s.id", p, ct)).ConfigureAwait(false)).ToList();
            var mentions = (await c.QueryAsync<StoryMention>(Command(
                "SELECT se.story_id, d.id AS store_id, d.doc_id, d.source, d.title, d.outlet, d.republisher, d.published, e.event_id, e.status, e.evidence_sentence, "
                + "(SELECT MIN(l.other_doc_id) FROM document_links l WHERE l.document_id = d.id AND l.kind = 'duplicate_of') AS duplicate_of "
                + "FROM story_events se JOIN events e ON e.id = se.event_row_id JOIN documents d ON d.id = se.document_id "
                + $"WHERE se.story_id IN (SELECT s.id FROM stories s WHERE {condition}) ORDER BY se.event_row_id",
                p,
                ct)).ConfigureAwait(false)).ToLookup(m => m.StoryId);
            return stories.Select(s => s with { Mentions = mentions[s.Id].ToList() }).ToList();
        },
        ct);

    public Task<IReadOnlyList<InstallationRow>> InstallationsAsync(CancellationToken ct = default) =>
        ReadAsync<InstallationRow>("SELECT * FROM installation_history ORDER BY installation_id, ordinal", ct);

    public Task<IReadOnlyList<AgreementRow>> AgreementsAsync(CancellationToken ct = default) =>
        ReadAsync<AgreementRow>("SELECT * FROM agreement_history ORDER BY agreement_id, ordinal", ct);

    public Task<IReadOnlyList<ForceLevelRow>> ForceLevelsAsync(CancellationToken ct = default) =>
        ReadAsync<ForceLevelRow>("SELECT * FROM force_levels ORDER BY ordinal", ct);

    public Task<IReadOnlyList<ContradictionRow>> ContradictionsAsync(CancellationToken ct = default) =>
        ReadAsync<ContradictionRow>("SELECT * FROM contradictions ORDER BY ordinal", ct);

    public Task<IReadOnlyList<OutletRow>> OutletsAsync(CancellationToken ct = default) => ReadAsync<OutletRow>(
        "SELECT name, country, CASE WHEN state_affiliated THEN 1 ELSE 0 END AS state_affiliated, CASE WHEN known THEN 1 ELSE 0 END AS known, documents FROM corpus_outlets ORDER BY name",
        ct);

    private Task<IReadOnlyList<T>> ReadAsync<T>(string sql, CancellationToken ct) =>
        WithConnectionAsync<IReadOnlyList<T>>(async c => (await c.QueryAsync<T>(Command(sql, null, ct)).ConfigureAwait(false)).ToList(), ct);
}
