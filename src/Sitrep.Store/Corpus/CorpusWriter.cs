using System.Data.Common;
using Dapper;
using Sitrep.Core.Corpus;

namespace Sitrep.Store.Corpus;

/// <summary>Replaces the derived tables (stories, registers, contradictions, outlets) with a new analysis.</summary>
public sealed class CorpusWriter(DbConnection c, DbTransaction tx, CancellationToken ct)
{
    private static readonly string[] Derived = ["story_events", "stories", "installation_history", "agreement_history", "force_levels", "contradictions", "corpus_outlets"];

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
            await Exec($"DELETE FROM {table}", null).ConfigureAwait(false);
        }

        await Exec(
            "INSERT INTO stories (id, type, status, actor_id, actor_name, target_id, target_name, location_id, location_name, location_country, lat, lon, date, "
            + "quantity_value, quantity_unit, corroboration, mentions, flags, evidence) VALUES (@Id, @Type, @Status, @ActorId, @ActorName, @TargetId, @TargetName, "
            + "@LocationId, @LocationName, @LocationCountry, @Lat, @Lon, @Date, @QuantityValue, @QuantityUnit, @Corroboration, @Mentions, @Flags, @Evidence)",
            stories.Select(s => new
            {
                s.Id, s.Merged.Type, s.Merged.Status, ActorId = s.Merged.Actor?.Id, ActorName = s.Merged.Actor?.Name, TargetId = s.Merged.Target?.Id, TargetName = s.Merged.Target?.Name,
                LocationId = s.Merged.Location?.Id, LocationName = s.Merged.Location?.Name, LocationCountry = s.Merged.Location?.Country, s.Merged.Location?.Lat, s.Merged.Location?.Lon,
                s.Date, QuantityValue = s.Merged.Quantity?.Value, QuantityUnit = s.Merged.Quantity?.Unit, Corroboration = (long)s.Corroboration, Mentions = (long)s.Mentions.Count,
                Flags = string.Join(",", s.Flags), Evidence = s.Mentions[0].Event.Evidence.Sentence,
            })).ConfigureAwait(false);
        await Exec(
            "INSERT INTO story_events (event_row_id, story_id, document_id) VALUES (@RowId, @StoryId, @DocumentId)",
            stories.SelectMany(s => s.Mentions.Select(m => new { m.RowId, StoryId = s.Id, DocumentId = m.Document.StoreId }))).ConfigureAwait(false);
        await Exec(
            "INSERT INTO installation_history (installation_id, ordinal, name, lat, lon, status, operator, date, story_id) "
            + "VALUES (@InstallationId, @Ordinal, @Name, @Lat, @Lon, @Status, @Operator, @Date, @StoryId)",
            installations.GroupBy(i => i.InstallationId).SelectMany(g => g.Select((i, n) => new { i.InstallationId, Ordinal = (long)n, i.Name, i.Lat, i.Lon, i.Status, i.Operator, i.Date, i.StoryId })))
            .ConfigureAwait(false);
        await Exec(
            "INSERT INTO agreement_history (agreement_id, ordinal, kind, parties, mediator, stage, signatories, date, deadline, story_id) "
            + "VALUES (@AgreementId, @Ordinal, @Kind, @Parties, @Mediator, @Stage, @Signatories, @Date, @Deadline, @StoryId)",
            agreements.GroupBy(a => a.AgreementId).SelectMany(g => g.Select((a, n) => new { a.AgreementId, Ordinal = (long)n, a.Kind, a.Parties, a.Mediator, a.Stage, a.Signatories, a.Date, a.Deadline, a.StoryId })))
            .ConfigureAwait(false);
        await Exec(
            "INSERT INTO force_levels (ordinal, actor_id, actor_name, country, date, value, unit, story_id) VALUES (@Ordinal, @ActorId, @ActorName, @Country, @Date, @Value, @Unit, @StoryId)",
            forces.Select((f, n) => new { Ordinal = (long)n, f.ActorId, f.ActorName, f.Country, f.Date, f.Value, f.Unit, f.StoryId })).ConfigureAwait(false);
        await Exec(
            "INSERT INTO contradictions (ordinal, kind, story_a, document_a, story_b, document_b, note) VALUES (@Ordinal, @Kind, @StoryA, @DocumentA, @StoryB, @DocumentB, @Note)",
            contradictions.Select((x, n) => new { Ordinal = (long)n, x.Kind, x.StoryA, x.DocumentA, x.StoryB, x.DocumentB, x.Note })).ConfigureAwait(false);
        await Exec(
            "INSERT INTO corpus_outlets (name, country, state_affiliated, known, documents) VALUES (@Name, @Country, @StateAffiliated, @Known, @Documents)",
            outlets).ConfigureAwait(false);
    }

    private Task<int> Exec(string sql, object? parameters) => c.ExecuteAsync(new CommandDefinition(sql, parameters, tx, cancellationToken: ct));
}
