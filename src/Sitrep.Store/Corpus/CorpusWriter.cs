using System.Data.Common;
using System.Text.Json;
using Dapper;
using Sitrep.Core.Corpus;

namespace Sitrep.Store.Corpus;

/// <summary>
/// Replaces the derived tables (stories, registers, contradictions, outlets) with a new analysis. Rows go in
/// thousands at a time as one JSON parameter (<see cref="CorpusDialect.Rows"/>), not one statement per row.
/// </summary>
public sealed class CorpusWriter(DbConnection c, DbTransaction tx, CorpusDialect dialect, CancellationToken ct)
{
    private const int Chunk = 5000;

    private static readonly string[] Derived = ["story_events", "stories", "installation_history", "agreement_history", "force_levels", "contradictions", "corpus_outlets"];

    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    public async Task ReplaceAsync(
        IReadOnlyList<Story> stories,
        IReadOnlyList<InstallationChange> installations,
        IReadOnlyList<AgreementChange> agreements,
        IReadOnlyList<ForceLevel> forces,
        IReadOnlyList<Contradiction> contradictions,
        IReadOnlyList<OutletRow> outlets)
    {
        foreach (var table in Derived)
        {
            await c.ExecuteAsync(new CommandDefinition($"DELETE FROM {table}", null, tx, cancellationToken: ct)).ConfigureAwait(false);
        }

        await InsertAsync(
            "stories",
            "id text, type text, status text, actor_id text, actor_name text, target_id text, target_name text, location_id text, location_name text, location_country text, "
            + "lat double, lon double, date text, quantity_value double, quantity_unit text, corroboration bigint, mentions bigint, flags text, evidence text",
            stories.Select(s => new
            {
                s.Id, s.Merged.Type, s.Merged.Status, ActorId = s.Merged.Actor?.Id, ActorName = s.Merged.Actor?.Name, TargetId = s.Merged.Target?.Id, TargetName = s.Merged.Target?.Name,
                LocationId = s.Merged.Location?.Id, LocationName = s.Merged.Location?.Name, LocationCountry = s.Merged.Location?.Country, s.Merged.Location?.Lat, s.Merged.Location?.Lon,
                s.Date, QuantityValue = s.Merged.Quantity?.Value, QuantityUnit = s.Merged.Quantity?.Unit, s.Corroboration, Mentions = s.Mentions.Count,
                Flags = string.Join(",", s.Flags), Evidence = s.Mentions[0].Event.Evidence.Sentence,
            })).ConfigureAwait(false);
        await InsertAsync(
            "story_events",
            "event_row_id bigint, story_id text, document_id bigint",
            stories.SelectMany(s => s.Mentions.Select(m => new { EventRowId = m.RowId, StoryId = s.Id, DocumentId = m.Document.StoreId }))).ConfigureAwait(false);
        await InsertAsync(
            "installation_history",
            "installation_id text, ordinal bigint, name text, lat double, lon double, status text, operator text, date text, story_id text",
            installations.GroupBy(i => i.InstallationId).SelectMany(g => g.Select((i, n) => new { i.InstallationId, Ordinal = n, i.Name, i.Lat, i.Lon, i.Status, i.Operator, i.Date, i.StoryId })))
            .ConfigureAwait(false);
        await InsertAsync(
            "agreement_history",
            "agreement_id text, ordinal bigint, kind text, parties text, mediator text, stage text, signatories text, date text, deadline text, story_id text",
            agreements.GroupBy(a => a.AgreementId).SelectMany(g => g.Select((a, n) => new { a.AgreementId, Ordinal = n, a.Kind, a.Parties, a.Mediator, a.Stage, a.Signatories, a.Date, a.Deadline, a.StoryId })))
            .ConfigureAwait(false);
        await InsertAsync(
            "force_levels",
            "ordinal bigint, actor_id text, actor_name text, country text, date text, value double, unit text, story_id text",
            forces.Select((f, n) => new { Ordinal = n, f.ActorId, f.ActorName, f.Country, f.Date, f.Value, f.Unit, f.StoryId })).ConfigureAwait(false);
        await InsertAsync(
            "contradictions",
            "ordinal bigint, kind text, story_a text, document_a bigint, story_b text, document_b bigint, note text",
            contradictions.Select((x, n) => new { Ordinal = n, x.Kind, x.StoryA, x.DocumentA, x.StoryB, x.DocumentB, x.Note })).ConfigureAwait(false);
        await InsertAsync(
            "corpus_outlets",
            "name text, country text, state_affiliated boolean, known boolean, documents bigint",
            outlets.Select(o => new { o.Name, o.Country, o.StateAffiliated, o.Known, o.Documents })).ConfigureAwait(false);
    }

    // "name type, name type": the columns of the table, their JSON keys (snake case of the row's properties) and SQL types.
    private async Task InsertAsync<T>(string table, string columns, IEnumerable<T> rows)
    {
        var spec = columns.Split(',', StringSplitOptions.TrimEntries).Select(c => c.Split(' ')).Select(p => (p[0], p[1])).ToList();
        var names = string.Join(", ", spec.Select(s => s.Item1));
        var sql = $"INSERT INTO {table} ({names}) SELECT {names} FROM {dialect.Rows("rows", spec)} AS r";
        foreach (var chunk in rows.Chunk(Chunk))
        {
            await c.ExecuteAsync(new CommandDefinition(sql, new { rows = JsonSerializer.Serialize(chunk, Json) }, tx, cancellationToken: ct)).ConfigureAwait(false);
        }
    }
}
