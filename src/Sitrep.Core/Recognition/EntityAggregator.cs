using Sitrep.Core.Model;

namespace Sitrep.Core.Recognition;

/// <summary>Groups the mentions of a document by entity: one output entity with every surface form and span.</summary>
public static class EntityAggregator
{
    /// <summary>
    /// One entity per entity id, in the order of their first mentions; surfaces in the order first seen, spans in the
    /// order of the mentions. Built with one dictionary and plain lists: this runs for every report.
    /// </summary>
    public static List<ExtractedEntity> Aggregate(IEnumerable<Mention> mentions)
    {
        var groupOf = new Dictionary<string, int>(StringComparer.Ordinal);
        var groups = new List<List<Mention>>();
        foreach (var m in mentions)
        {
            if (!groupOf.TryGetValue(m.Entity.Id, out var g))
            {
                groupOf[m.Entity.Id] = g = groups.Count;
                groups.Add([]);
            }

            groups[g].Add(m);
        }

        var entities = new List<ExtractedEntity>(groups.Count);
        foreach (var group in groups)
        {
            entities.Add(Entity(group));
        }

        return entities;
    }

    private static ExtractedEntity Entity(List<Mention> group)
    {
        var first = group[0];
        var e = first.Entity;
        var surfaces = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var spans = new List<TextSpan>(group.Count);
        foreach (var m in group)
        {
            if (seen.Add(m.Surface))
            {
                surfaces.Add(m.Surface);
            }

            spans.Add(new TextSpan(m.Start, m.End));
        }

        return new ExtractedEntity(
            e.Id,
            e.Type,
            e.Name,
            surfaces,
            spans,
            e.Lat,
            e.Lon,
            e.Lat is null ? null : e.Precision,
            first.Rule + (e.Source.Length > 0 ? " " + e.Source : ""));
    }
}
