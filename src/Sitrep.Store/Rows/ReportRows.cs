using Sitrep.Core.Model;

namespace Sitrep.Store.Rows;

/// <summary>Flattens an extracted report into table rows (the inverse of <see cref="ReportAssembler"/>).</summary>
public static class ReportRows
{
    public static ReportRowSet From(ExtractedReport r, string ingestedAt)
    {
        var d = r.Document;
        var document = new DocumentRow
        {
            DocId = d.Id,
            ContentHash = ContentHash.Of(d),
            Source = d.Source,
            Outlet = d.Outlet,
            Republisher = d.Republisher,
            Title = d.Title,
            Published = d.Published,
            PublishedInferred = d.PublishedInferred,
            Body = d.Body,
            Encoding = d.Encoding,
            Provenance = JsonColumns.Provenance(d.Provenance),
            IngestedAt = ingestedAt,
        };
        var mentions = r.Entities.Select((e, i) => new MentionRow
        {
            Ordinal = i,
            EntityId = e.Id,
            Type = e.Type.ToWire(),
            Name = e.Name,
            Lat = e.Lat,
            Lon = e.Lon,
            Precision = e.Precision,
            Rule = e.Rule,
            Surfaces = JsonColumns.Strings(e.Mentions),
            Spans = JsonColumns.Spans(e.Spans),
        }).ToList();
        var events = r.Events.Select((e, i) => Event(e, i)).ToList();
        var framing = r.Framing.Select((f, i) => new FramingRow
        {
            Ordinal = i,
            Term = f.Term,
            Category = f.Category,
            Neutral = f.Neutral,
            Start = f.Start,
            Rule = f.Rule,
        }).ToList();
        return new ReportRowSet(document, mentions, events, framing, Links(d));
    }

    public static IReadOnlyList<LinkRow> Links(DocumentInfo d)
    {
        var links = d.SharesTextWith.Select(o => new LinkRow { Kind = LinkRow.SharesTextWith, OtherDocId = o }).ToList();
        if (d.DuplicateOf is string dup)
        {
            links.Insert(0, new LinkRow { Kind = LinkRow.DuplicateOf, OtherDocId = dup });
        }

        return links;
    }

    private static EventRow Event(ExtractedEvent e, int ordinal) => new()
    {
        Ordinal = ordinal,
        EventId = e.Id,
        Type = e.Type,
        Status = e.Status,
        ActorId = e.Actor?.Id,
        ActorName = e.Actor?.Name,
        ActorSide = e.Actor?.Side,
        TargetId = e.Target?.Id,
        TargetName = e.Target?.Name,
        TargetSide = e.Target?.Side,
        LocationId = e.Location?.Id,
        LocationName = e.Location?.Name,
        Lat = e.Location?.Lat,
        Lon = e.Location?.Lon,
        Precision = e.Location?.Precision,
        LocationCountry = e.Location?.Country,
        LocationIsCountry = e.Location?.IsCountry,
        LocationRank = e.Location?.Rank,
        TimeStart = e.Time?.Start,
        TimeEnd = e.Time?.End,
        TimeText = e.Time?.Text,
        QuantityValue = e.Quantity?.Value,
        QuantityUnit = e.Quantity?.Unit,
        QuantityText = e.Quantity?.Text,
        AttributionSource = e.Attribution?.Source,
        AttributionKind = e.Attribution?.Kind,
        EvidenceSentence = e.Evidence.Sentence,
        EvidenceStart = e.Evidence.Start,
        EvidenceEnd = e.Evidence.End,
        Corroboration = e.Corroboration,
        Provenance = JsonColumns.Provenance(e.Provenance),
    };
}
