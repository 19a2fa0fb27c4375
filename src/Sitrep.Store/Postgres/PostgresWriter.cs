using Npgsql;
using NpgsqlTypes;
using Sitrep.Store.Rows;
using static Sitrep.Store.Postgres.PostgresParameters;

namespace Sitrep.Store.Postgres;

/// <summary>
/// Stores one report, safe against other processes storing the same batch: an advisory lock on the source
/// serialises versions of one source, and the unique content hash with <c>INSERT ... ON CONFLICT DO NOTHING</c>
/// lets exactly one process store a given content.
/// </summary>
public static class PostgresWriter
{
    /// <summary>
    /// Stores one report inside the caller's transaction (a chunk of reports, or the work queue's claim), behind a
    /// savepoint: the caller commits it together with the rest of its chunk or the queue rows it completes.
    /// </summary>
    public static async Task<IngestOutcome> WriteAsync(NpgsqlConnection c, NpgsqlTransaction tx, ReportRowSet rows, DateTimeOffset at, CancellationToken ct)
    {
        var d = rows.Document;
        await tx.SaveAsync("report", ct).ConfigureAwait(false);
        (long Id, int Version)? existing;
        (long Id, int Version)? previous;
        await using (var check = new NpgsqlBatch(c, tx))
        {
            check.BatchCommands.Add(Command("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", Value(d.Source, NpgsqlDbType.Text)));
            check.BatchCommands.Add(Command("SELECT id, version FROM documents WHERE content_hash = $1", Value(d.ContentHash, NpgsqlDbType.Text)));
            check.BatchCommands.Add(Command("SELECT id, version FROM documents WHERE source = $1 AND source <> '-' ORDER BY version DESC LIMIT 1", Value(d.Source, NpgsqlDbType.Text)));
            await using var reader = await check.ExecuteReaderAsync(ct).ConfigureAwait(false);
            await reader.NextResultAsync(ct).ConfigureAwait(false);
            existing = await reader.ReadAsync(ct).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
            await reader.NextResultAsync(ct).ConfigureAwait(false);
            previous = await reader.ReadAsync(ct).ConfigureAwait(false) ? (reader.GetInt64(0), reader.GetInt32(1)) : null;
        }

        if (existing is var (storedId, storedVersion))
        {
            await ExecuteAsync(c, tx, ct, LinksCommand(storedId, rows.Links)).ConfigureAwait(false);
            await tx.ReleaseAsync("report", ct).ConfigureAwait(false);
            return new IngestOutcome(d.DocId, d.Source, IngestStatus.Unchanged, storedId, storedVersion);
        }

        var version = previous is var (_, v) ? v + 1 : 1;
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO documents (doc_id, content_hash, source, outlet, republisher, title, published, published_inferred, body, encoding, provenance, ingested_at, version, previous_version_id) "
            + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14) ON CONFLICT (content_hash) DO NOTHING RETURNING id",
            c,
            tx))
        {
            insert.Parameters.AddRange(new NpgsqlParameter[]
            {
                Value(d.DocId, NpgsqlDbType.Text), Value(d.ContentHash, NpgsqlDbType.Text), Value(d.Source, NpgsqlDbType.Text), Value(d.Outlet, NpgsqlDbType.Text),
                Value(d.Republisher, NpgsqlDbType.Text), Value(d.Title, NpgsqlDbType.Text), Value(d.Published, NpgsqlDbType.Text), Value(d.PublishedInferred, NpgsqlDbType.Boolean),
                Value(d.Body, NpgsqlDbType.Text), Value(d.Encoding, NpgsqlDbType.Text), Value(d.Provenance, NpgsqlDbType.Text), Value(at, NpgsqlDbType.TimestampTz),
                Value(version, NpgsqlDbType.Integer), Value(previous?.Id, NpgsqlDbType.Bigint),
            });
            if (await insert.ExecuteScalarAsync(ct).ConfigureAwait(false) is not long id)
            {
                // Another process stored the same content (from another source) between our check and insert.
                await tx.RollbackAsync("report", ct).ConfigureAwait(false);
                return await ExistingAsync(c, d, ct).ConfigureAwait(false);
            }

            await ExecuteAsync(c, tx, ct, ChildCommands(id, rows)).ConfigureAwait(false);
            await tx.ReleaseAsync("report", ct).ConfigureAwait(false);
            return new IngestOutcome(d.DocId, d.Source, previous is null ? IngestStatus.New : IngestStatus.NewVersion, id, version);
        }
    }

    private static async Task<IngestOutcome> ExistingAsync(NpgsqlConnection c, DocumentRow d, CancellationToken ct)
    {
        await using var cmd = new NpgsqlCommand("SELECT id, version FROM documents WHERE content_hash = $1", c);
        cmd.Parameters.Add(Value(d.ContentHash, NpgsqlDbType.Text));
        await using var reader = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
        await reader.ReadAsync(ct).ConfigureAwait(false);
        return new IngestOutcome(d.DocId, d.Source, IngestStatus.Unchanged, reader.GetInt64(0), reader.GetInt32(1));
    }

    private static IEnumerable<NpgsqlBatchCommand> ChildCommands(long id, ReportRowSet rows)
    {
        var doc = Value(id, NpgsqlDbType.Bigint);
        // Entities in id order, so that concurrent transactions take their row locks in one order (no deadlock).
        var entities = rows.Mentions.DistinctBy(m => m.EntityId).OrderBy(m => m.EntityId, StringComparer.Ordinal).ToList();
        yield return Command(
            "INSERT INTO entities (id, type, name, lat, lon, precision) SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::float8[], $5::float8[], $6::text[]) ON CONFLICT (id) DO NOTHING",
            Texts(entities.Select(m => m.EntityId)), Texts(entities.Select(m => m.Type)), Texts(entities.Select(m => m.Name)),
            Doubles(entities.Select(m => m.Lat)), Doubles(entities.Select(m => m.Lon)), Texts(entities.Select(m => m.Precision)));
        var m = rows.Mentions;
        yield return Command(
            "INSERT INTO mentions (document_id, ordinal, entity_id, type, name, lat, lon, precision, rule, surfaces, spans) "
            + "SELECT $1, o, e, t, n, la, lo, p, r, s::jsonb, sp::jsonb FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::float8[], $7::float8[], $8::text[], $9::text[], $10::text[], $11::text[]) AS u(o, e, t, n, la, lo, p, r, s, sp)",
            doc, Ints(m.Select(x => (int?)x.Ordinal)), Texts(m.Select(x => x.EntityId)), Texts(m.Select(x => x.Type)), Texts(m.Select(x => x.Name)),
            Doubles(m.Select(x => x.Lat)), Doubles(m.Select(x => x.Lon)), Texts(m.Select(x => x.Precision)), Texts(m.Select(x => x.Rule)),
            Texts(m.Select(x => x.Surfaces)), Texts(m.Select(x => x.Spans)));
        yield return EventsCommand(doc, rows.Events);
        var f = rows.Framing;
        yield return Command(
            "INSERT INTO framing (document_id, ordinal, term, category, neutral, start, rule) SELECT $1, * FROM unnest($2::int[], $3::text[], $4::text[], $5::text[], $6::int[], $7::text[])",
            Value(id, NpgsqlDbType.Bigint), Ints(f.Select(x => (int?)x.Ordinal)), Texts(f.Select(x => x.Term)), Texts(f.Select(x => x.Category)),
            Texts(f.Select(x => x.Neutral)), Ints(f.Select(x => (int?)x.Start)), Texts(f.Select(x => x.Rule)));
        yield return LinksCommand(id, rows.Links);
    }

    private static NpgsqlBatchCommand EventsCommand(NpgsqlParameter doc, IReadOnlyList<EventRow> e)
    {
        var columns = "ordinal, event_id, type, status, actor_id, actor_name, actor_side, target_id, target_name, target_side, location_id, location_name, lat, lon, precision, "
            + "location_country, location_is_country, location_rank, time_start, time_end, time_text, quantity_value, quantity_unit, quantity_text, "
            + "attribution_source, attribution_kind, evidence_sentence, evidence_start, evidence_end, corroboration, provenance";
        var types = new[]
        {
            "int", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "text", "float8", "float8", "text",
            "text", "bool", "int", "text", "text", "text", "float8", "text", "text", "text", "text", "text", "int", "int", "int", "text",
        };
        var arrays = string.Join(", ", types.Select((t, i) => $"${i + 2}::{t}[]"));
        var select = string.Join(", ", columns.Split(", ").Select(col => col == "provenance" ? "provenance::jsonb" : col));
        return Command(
            $"INSERT INTO events (document_id, {columns}) SELECT $1, {select} FROM unnest({arrays}) AS u({columns})",
            doc.Clone(), Ints(e.Select(x => (int?)x.Ordinal)), Texts(e.Select(x => x.EventId)), Texts(e.Select(x => x.Type)), Texts(e.Select(x => x.Status)),
            Texts(e.Select(x => x.ActorId)), Texts(e.Select(x => x.ActorName)), Texts(e.Select(x => x.ActorSide)),
            Texts(e.Select(x => x.TargetId)), Texts(e.Select(x => x.TargetName)), Texts(e.Select(x => x.TargetSide)),
            Texts(e.Select(x => x.LocationId)), Texts(e.Select(x => x.LocationName)), Doubles(e.Select(x => x.Lat)), Doubles(e.Select(x => x.Lon)), Texts(e.Select(x => x.Precision)),
            Texts(e.Select(x => x.LocationCountry)), Bools(e.Select(x => x.LocationIsCountry)), Ints(e.Select(x => x.LocationRank)),
            Texts(e.Select(x => x.TimeStart)), Texts(e.Select(x => x.TimeEnd)), Texts(e.Select(x => x.TimeText)),
            Doubles(e.Select(x => x.QuantityValue)), Texts(e.Select(x => x.QuantityUnit)), Texts(e.Select(x => x.QuantityText)),
            Texts(e.Select(x => x.AttributionSource)), Texts(e.Select(x => x.AttributionKind)), Texts(e.Select(x => x.EvidenceSentence)),
            Ints(e.Select(x => (int?)x.EvidenceStart)), Ints(e.Select(x => (int?)x.EvidenceEnd)), Ints(e.Select(x => (int?)x.Corroboration)), Texts(e.Select(x => x.Provenance)));
    }

    private static NpgsqlBatchCommand LinksCommand(long id, IReadOnlyList<LinkRow> links)
    {
        var sorted = links.OrderBy(l => l.Kind, StringComparer.Ordinal).ThenBy(l => l.OtherDocId, StringComparer.Ordinal).ToList();
        // One list per kind, merged into the stored one (Sql/LinkLists.cs).
        return Command(
            "INSERT INTO document_link_lists (document_id, kind, other_doc_ids) "
            + "SELECT $1, k, array_agg(DISTINCT o COLLATE \"C\" ORDER BY o COLLATE \"C\") FROM unnest($2::text[], $3::text[]) AS u(k, o) GROUP BY k" + Sql.LinkLists.PostgresMerge,
            Value(id, NpgsqlDbType.Bigint), Texts(sorted.Select(l => l.Kind)), Texts(sorted.Select(l => l.OtherDocId)));
    }

    private static async Task ExecuteAsync(NpgsqlConnection c, NpgsqlTransaction tx, CancellationToken ct, params IEnumerable<NpgsqlBatchCommand> commands)
    {
        await using var batch = new NpgsqlBatch(c, tx);
        foreach (var cmd in commands)
        {
            batch.BatchCommands.Add(cmd);
        }

        await batch.ExecuteNonQueryAsync(ct).ConfigureAwait(false);
    }
}
