using System.Data.Common;
using Dapper;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Postgres;

/// <summary>
/// Search with the generated tsvector columns (English stemming, GIN indexes): events whose evidence sentence
/// matches, then documents whose title or body does; ranked by ts_rank, matched words in [brackets].
/// </summary>
public static class PostgresSearch
{
    private const string Query = "websearch_to_tsquery('english', @match)";

    public static async Task<IReadOnlyList<SearchHit>> RunAsync(DbConnection c, SearchQuery q, CancellationToken ct)
    {
        var terms = FtsTerms.Parse(q.Text);
        var hits = new List<SearchHit>();

        var p = new DynamicParameters();
        p.Add("limit", q.Limit);
        var where = SearchFilters.ForEvents(q, p);
        where.Add(SqlReportStore.LatestOnlyCondition);
        string sql;
        if (terms.IsEmpty)
        {
            sql = $"SELECT {SearchRow.EventColumns}, e.evidence_sentence AS snippet, 0.0 AS rank FROM events e JOIN documents d ON d.id = e.document_id "
                + $"WHERE {string.Join(" AND ", where)} ORDER BY {SearchFilters.EventDate} DESC NULLS LAST, d.id, e.ordinal LIMIT @limit";
        }
        else
        {
            p.Add("match", terms.ToWebSearch());
            sql = $"SELECT {SearchRow.EventColumns}, ts_headline('english', e.evidence_sentence, {Query}, 'StartSel=[, StopSel=], HighlightAll=true') AS snippet, "
                + $"ts_rank(e.search, {Query}) AS rank FROM events e JOIN documents d ON d.id = e.document_id "
                + $"WHERE e.search @@ {Query} AND {string.Join(" AND ", where)} ORDER BY ts_rank(e.search, {Query}) DESC, d.id, e.ordinal LIMIT @limit";
        }

        hits.AddRange((await c.QueryAsync<SearchRow>(new CommandDefinition(sql, p, cancellationToken: ct)).ConfigureAwait(false)).Select(r => r.ToHit()));

        p = new DynamicParameters();
        p.Add("limit", q.Limit);
        where = SearchFilters.ForDocuments(q, p);
        where.Add(SqlReportStore.LatestOnlyCondition);
        if (terms.IsEmpty)
        {
            sql = $"SELECT {SearchRow.DocumentColumns}, left(d.body, 200) AS snippet, 0.0 AS rank FROM documents d "
                + $"WHERE {string.Join(" AND ", where)} ORDER BY d.published DESC NULLS LAST, d.id LIMIT @limit";
        }
        else
        {
            p.Add("match", terms.ToWebSearch());
            sql = $"SELECT {SearchRow.DocumentColumns}, ts_headline('english', d.body, {Query}, 'StartSel=[, StopSel=], MaxWords=30, MinWords=12') AS snippet, "
                + $"ts_rank(d.search, {Query}) AS rank FROM documents d "
                + $"WHERE d.search @@ {Query} AND {string.Join(" AND ", where)} ORDER BY ts_rank(d.search, {Query}) DESC, d.id LIMIT @limit";
        }

        hits.AddRange((await c.QueryAsync<SearchRow>(new CommandDefinition(sql, p, cancellationToken: ct)).ConfigureAwait(false)).Select(r => r.ToHit()));
        return hits;
    }
}
