using Sitrep.Core.Model;

namespace Sitrep.Core.Recognition;

/// <summary>Groups the mentions of a document by entity: one output entity with every surface form and span.</summary>
public static class EntityAggregator
{
    public static List<ExtractedEntity> Aggregate(IEnumerable<Mention> mentions) =>
        mentions.GroupBy(m => m.Entity.Id)
            .Select(g =>
            {
                var e = g.First().Entity;
                return new ExtractedEntity(
                    e.Id,
                    e.Type,
                    e.Name,
                    g.Select(m => m.Surface).Distinct(StringComparer.Ordinal).ToList(),
                    g.Select(m => new TextSpan(m.Start, m.End)).ToList(),
                    e.Lat,
                    e.Lon,
                    e.Lat is null ? null : e.Precision,
                    g.First().Rule + (e.Source.Length > 0 ? " " + e.Source : ""));
            })
            .ToList();
}
