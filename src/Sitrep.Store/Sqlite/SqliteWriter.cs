using Microsoft.Data.Sqlite;
using Sitrep.Store.Rows;

namespace Sitrep.Store.Sqlite;

/// <summary>
/// Writes reports inside one write transaction with statements prepared once (the fast path of ingestion).
/// The caller holds the transaction, so the content-hash check and the version lookup see every earlier write,
/// and calls <see cref="IndexNewRowsForSearch"/> before committing.
/// </summary>
public sealed class SqliteWriter : IDisposable
{
    private readonly SqliteCommand _byHash;
    private readonly SqliteCommand _latestOfSource;
    private readonly SqliteCommand _document;
    private readonly SqliteCommand _entity;
    private readonly SqliteCommand _mention;
    private readonly SqliteCommand _event;
    private readonly SqliteCommand _framing;
    private readonly SqliteCommand _link;
    // The condition on '-' lets SQLite use the partial index documents_source_version; without it every stored
    // report scanned the documents table.
    internal const string LatestOfSourceSql = "SELECT id, version FROM documents WHERE source = $p0 AND source <> '-' ORDER BY version DESC LIMIT 1";

    private readonly HashSet<string> _entitiesWritten = new(StringComparer.Ordinal);
    private readonly SqliteCommand _indexDocuments;
    private readonly SqliteCommand _indexEvents;
    private readonly long _lastDocumentBefore;
    private readonly long _lastEventBefore;

    public SqliteWriter(SqliteConnection c, SqliteTransaction tx)
    {
        _byHash = Prepare(c, tx, "SELECT id, version FROM documents WHERE content_hash = $p0", 1);
        _latestOfSource = Prepare(c, tx, LatestOfSourceSql, 1);
        _document = Prepare(c, tx, "INSERT INTO documents (doc_id, content_hash, source, outlet, republisher, title, published, published_inferred, body, encoding, provenance, ingested_at, version, previous_version_id) "
            + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10, $p11, $p12, $p13) RETURNING id", 14);
        _entity = Prepare(c, tx, "INSERT OR IGNORE INTO entities (id, type, name, lat, lon, precision) VALUES ($p0, $p1, $p2, $p3, $p4, $p5)", 6);
        _mention = Prepare(c, tx, "INSERT INTO mentions (document_id, ordinal, entity_id, type, name, lat, lon, precision, rule, surfaces, spans) "
            + "VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6, $p7, $p8, $p9, $p10)", 11);
        _event = Prepare(c, tx, "INSERT INTO events (document_id, ordinal, event_id, type, status, actor_id, actor_name, actor_side, target_id, target_name, target_side, "
            + "location_id, location_name, lat, lon, precision, location_country, location_is_country, location_rank, time_start, time_end, time_text, "
            + "quantity_value, quantity_unit, quantity_text, attribution_source, attribution_kind, evidence_sentence, evidence_start, evidence_end, corroboration, provenance) VALUES ("
            + string.Join(", ", Enumerable.Range(0, 32).Select(i => "$p" + i)) + ")", 32);
        _framing = Prepare(c, tx, "INSERT INTO framing (document_id, ordinal, term, category, neutral, start, rule) VALUES ($p0, $p1, $p2, $p3, $p4, $p5, $p6)", 7);
        // All links of one kind are one row: the ids travel as a JSON array and merge into the stored list.
        _link = Prepare(c, tx, "INSERT INTO document_link_lists (document_id, kind, other_doc_ids) VALUES ($p0, $p1, $p2)" + Sql.LinkLists.SqliteMerge, 3);

        // Rows are never deleted and the transaction excludes other writers, so this transaction's rows are exactly
        // those with a larger id than the largest before it.
        _lastDocumentBefore = LargestId(c, tx, "documents");
        _lastEventBefore = LargestId(c, tx, "events");
        _indexDocuments = Prepare(c, tx, "INSERT INTO documents_fts (rowid, title, body) SELECT id, title, body FROM documents WHERE id > $p0", 1);
        _indexEvents = Prepare(c, tx, "INSERT INTO events_fts (rowid, evidence_sentence) SELECT id, evidence_sentence FROM events WHERE id > $p0", 1);
    }

    public IngestOutcome Write(ReportRowSet rows)
    {
        var d = rows.Document;
        var existing = Row(_byHash, d.ContentHash);
        if (existing is var (storedId, storedVersion))
        {
            Links(storedId, rows.Links);
            return new IngestOutcome(d.DocId, d.Source, IngestStatus.Unchanged, storedId, storedVersion);
        }

        var previous = d.Source == "-" ? null : Row(_latestOfSource, d.Source);
        var version = previous is var (_, v) ? v + 1 : 1;
        var id = Convert.ToInt64(Scalar(_document, d.DocId, d.ContentHash, d.Source, d.Outlet, d.Republisher, d.Title, d.Published, d.PublishedInferred, d.Body, d.Encoding,
            d.Provenance, d.IngestedAt, version, previous?.Id), System.Globalization.CultureInfo.InvariantCulture);
        foreach (var m in rows.Mentions)
        {
            if (_entitiesWritten.Add(m.EntityId))
            {
                Run(_entity, m.EntityId, m.Type, m.Name, m.Lat, m.Lon, m.Precision);
            }

            Run(_mention, id, m.Ordinal, m.EntityId, m.Type, m.Name, m.Lat, m.Lon, m.Precision, m.Rule, m.Surfaces, m.Spans);
        }

        foreach (var e in rows.Events)
        {
            Run(_event, id, e.Ordinal, e.EventId, e.Type, e.Status, e.ActorId, e.ActorName, e.ActorSide, e.TargetId, e.TargetName, e.TargetSide,
                e.LocationId, e.LocationName, e.Lat, e.Lon, e.Precision, e.LocationCountry, e.LocationIsCountry, e.LocationRank, e.TimeStart, e.TimeEnd, e.TimeText,
                e.QuantityValue, e.QuantityUnit, e.QuantityText, e.AttributionSource, e.AttributionKind, e.EvidenceSentence, e.EvidenceStart, e.EvidenceEnd, e.Corroboration, e.Provenance);
        }

        foreach (var f in rows.Framing)
        {
            Run(_framing, id, f.Ordinal, f.Term, f.Category, f.Neutral, f.Start, f.Rule);
        }

        Links(id, rows.Links);
        return new IngestOutcome(d.DocId, d.Source, previous is null ? IngestStatus.New : IngestStatus.NewVersion, id, version);
    }

    /// <summary>
    /// Adds the documents and facts written by this transaction to the full-text indexes, in one statement each:
    /// FTS5 then keeps their terms in one pending segment, where an insert trigger (a nested statement per row)
    /// made it flush a segment for every row.
    /// </summary>
    public void IndexNewRowsForSearch()
    {
        Run(_indexDocuments, _lastDocumentBefore);
        Run(_indexEvents, _lastEventBefore);
    }

    public void Dispose()
    {
        foreach (var c in new[] { _byHash, _latestOfSource, _document, _entity, _mention, _event, _framing, _link, _indexDocuments, _indexEvents })
        {
            c.Dispose();
        }
    }

    private void Links(long id, IReadOnlyList<LinkRow> links)
    {
        foreach (var kind in links.GroupBy(l => l.Kind))
        {
            Run(_link, id, kind.Key, JsonColumns.Strings(Sql.LinkLists.Sorted(kind.Select(l => l.OtherDocId))));
        }
    }

    private static long LargestId(SqliteConnection c, SqliteTransaction tx, string table)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = $"SELECT COALESCE(MAX(id), 0) FROM {table}";
        cmd.Transaction = tx;
        return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static SqliteCommand Prepare(SqliteConnection c, SqliteTransaction tx, string sql, int parameters)
    {
        var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = tx;
        for (var i = 0; i < parameters; i++)
        {
            cmd.Parameters.Add(new SqliteParameter("$p" + i, DBNull.Value));
        }

        cmd.Prepare();
        return cmd;
    }

    private static void Bind(SqliteCommand cmd, object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i] ?? DBNull.Value;
        }
    }

    private static void Run(SqliteCommand cmd, params object?[] values)
    {
        Bind(cmd, values);
        cmd.ExecuteNonQuery();
    }

    private static object? Scalar(SqliteCommand cmd, params object?[] values)
    {
        Bind(cmd, values);
        return cmd.ExecuteScalar();
    }

    private static (long Id, int Version)? Row(SqliteCommand cmd, string key)
    {
        Bind(cmd, [key]);
        using var reader = cmd.ExecuteReader();
        return reader.Read() ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
    }
}
