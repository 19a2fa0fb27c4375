using System.Data.Common;
using Dapper;
using Sitrep.Core.Corpus;
using Sitrep.Store.Rows;
using Sitrep.Store.Sql;

namespace Sitrep.Store.Corpus;

/// <summary>Reads what story building needs: the latest version of every report, its facts, and the reuse links.</summary>
public static class CorpusLoader
{
    public static async Task<(IReadOnlyList<CorpusEvent> Events, IReadOnlyList<(long A, long B)> Reuse, IReadOnlyList<CorpusDocument> Documents)> LoadAsync(
        DbConnection c, DbTransaction tx, CancellationToken ct)
    {
        var docs = (await c.QueryAsync<DocumentRow>(new CommandDefinition(
            $"SELECT d.id, d.doc_id, d.source, d.title, d.outlet, d.republisher, d.published FROM documents d WHERE {SqlReportStore.LatestOnlyCondition}",
            transaction: tx,
            cancellationToken: ct)).ConfigureAwait(false))
            .ToDictionary(d => d.Id, d => new CorpusDocument(d.Id, d.DocId, d.Source, d.Title, d.Outlet, d.Republisher, d.Published));
        var rows = await c.QueryAsync<EventRow>(new CommandDefinition(
            $"SELECT {SqlReportStore.EventColumns}, '[]' AS provenance FROM events ORDER BY id",
            transaction: tx,
            cancellationToken: ct)).ConfigureAwait(false);
        var events = rows.Where(r => docs.ContainsKey(r.DocumentId)).Select(r => new CorpusEvent(r.Id, docs[r.DocumentId], ReportAssembler.Event(r))).ToList();
        var reuse = (await c.QueryAsync<(long, long)>(new CommandDefinition(
            // document_links holds the batch's links and the analysis's; near-copies with one body (one doc_id) are only in corpus_reuse.
            "SELECT document_id, other_id FROM corpus_reuse WHERE kind = 'near_copy' UNION ALL SELECT l.document_id, d.id FROM document_links l JOIN documents d ON d.doc_id = l.other_doc_id",
            transaction: tx,
            cancellationToken: ct)).ConfigureAwait(false)).ToList();
        return (events, reuse, docs.Values.ToList());
    }
}
