using Sitrep.Core.Model;

namespace Sitrep.Store.Rows;

/// <summary>Rebuilds an extracted report from its rows (the inverse of <see cref="ReportRows"/>).</summary>
public static class ReportAssembler
{
    private static readonly Dictionary<string, EntityType> Types =
        Enum.GetValues<EntityType>().ToDictionary(t => t.ToWire(), StringComparer.Ordinal);

    public static StoredDocument Stored(DocumentRow d) =>
        new(d.Id, d.DocId, d.ContentHash, d.Source, d.Version, d.PreviousVersionId, d.IngestedAt);

    public static StoredReport Assemble(DocumentRow d, IEnumerable<MentionRow> mentions, IEnumerable<EventRow> events, IEnumerable<FramingRow> framing, IEnumerable<LinkRow> links)
    {
        var linkList = links.ToList();
        var document = new DocumentInfo(d.DocId, d.Source, d.Title, d.Outlet, d.Republisher, d.Published, d.PublishedInferred, d.Body)
        {
            Encoding = d.Encoding,
            Provenance = JsonColumns.ReadProvenance(d.Provenance),
            DuplicateOf = linkList.Where(l => l.Kind == LinkRow.DuplicateOf).Select(l => l.OtherDocId).Order(StringComparer.Ordinal).FirstOrDefault(),
            SharesTextWith = linkList.Where(l => l.Kind == LinkRow.SharesTextWith).Select(l => l.OtherDocId).Distinct().Order(StringComparer.Ordinal).ToList(),
        };
        var entities = mentions.OrderBy(m => m.Ordinal).Select(m => new ExtractedEntity(
            m.EntityId,
            Types.GetValueOrDefault(m.Type, EntityType.Unknown),
            m.Name,
            JsonColumns.ReadStrings(m.Surfaces),
            JsonColumns.ReadSpans(m.Spans),
            m.Lat,
            m.Lon,
            m.Precision,
            m.Rule)).ToList();
        var report = new ExtractedReport(
            document,
            entities,
            events.OrderBy(e => e.Ordinal).Select(Event).ToList(),
            framing.OrderBy(f => f.Ordinal).Select(f => new FramingTerm(f.Term, f.Category, f.Neutral, f.Start, f.Rule)).ToList());
        return new StoredReport(Stored(d), report);
    }

    public static ExtractedEvent Event(EventRow e) => new(
        e.EventId,
        e.Type,
        e.Status,
        e.ActorId is null ? null : new EntityRef(e.ActorId, e.ActorName ?? "") { Side = e.ActorSide ?? e.ActorId },
        e.TargetId is null ? null : new EntityRef(e.TargetId, e.TargetName ?? "") { Side = e.TargetSide ?? e.TargetId },
        e.LocationId is null
            ? null
            : new LocationRef(e.LocationId, e.LocationName ?? "", e.Lat, e.Lon, e.Precision)
            {
                Country = e.LocationCountry,
                IsCountry = e.LocationIsCountry ?? false,
                Rank = e.LocationRank ?? 2,
            },
        e.TimeText is null ? null : new TimeSpec(e.TimeStart, e.TimeEnd, e.TimeText),
        e.QuantityUnit is null ? null : new Quantity(e.QuantityValue ?? 0, e.QuantityUnit, e.QuantityText ?? ""),
        e.AttributionKind is null ? null : new Attribution(e.AttributionSource ?? "", e.AttributionKind),
        new Evidence(e.EvidenceSentence, e.EvidenceStart, e.EvidenceEnd),
        e.Corroboration,
        JsonColumns.ReadProvenance(e.Provenance));
}
