using System.Data.Common;
using Dapper;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Sqlite;

/// <summary>Search with the FTS5 indexes: events whose evidence sentence matches, then documents whose title or body does.</summary>
public static class SqliteSearch
{
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
                + $"WHERE {string.Join(" AND ", where)} ORDER BY " + SearchFilters.EventDate + " DESC, d.id, e.ordinal LIMIT @limit";
        }
        else
        {
            p.Add("match", terms.ToFts5());
            sql = $"SELECT {SearchRow.EventColumns}, highlight(events_fts, 0, '[', ']') AS snippet, -bm25(events_fts) AS rank "
                + "FROM events_fts JOIN events e ON e.id = events_fts.rowid JOIN documents d ON d.id = e.document_id "
                + $"WHERE events_fts MATCH @match AND {string.Join(" AND ", where)} ORDER BY bm25(events_fts), d.id, e.ordinal LIMIT @limit";
        }

        hits.AddRange((await c.QueryAsync<SearchRow>(new CommandDefinition(sql, p, cancellationToken: ct)).ConfigureAwait(false)).Select(r => r.ToHit()));

        p = new DynamicParameters();
        p.Add("limit", q.Limit);
        where = SearchFilters.ForDocuments(q, p);
        where.Add(SqlReportStore.LatestOnlyCondition);
        if (terms.IsEmpty)
        {
            sql = $"SELECT {SearchRow.DocumentColumns}, substr(d.body, 1, 200) AS snippet, 0.0 AS rank FROM documents d "
                + $"WHERE {string.Join(" AND ", where)} ORDER BY d.published DESC, d.id LIMIT @limit";
        }
        else
        {
            p.Add("match", terms.ToFts5());
            sql = $"SELECT {SearchRow.DocumentColumns}, snippet(documents_fts, -1, '[', ']', '…', 24) AS snippet, -bm25(documents_fts) AS rank "
                + "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
                + $"WHERE documents_fts MATCH @match AND {string.Join(" AND ", where)} ORDER BY bm25(documents_fts), d.id LIMIT @limit";
        }

        hits.AddRange((await c.QueryAsync<SearchRow>(new CommandDefinition(sql, p, cancellationToken: ct)).ConfigureAwait(false)).Select(r => r.ToHit()));
        return hits;
    }
}
