using Sitrep.Core.Corpus;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Store.Corpus;

/// <summary>What the corpus analysis takes from the knowledge base: the installations' starting register and outlets.</summary>
public sealed record CorpusKnowledge(IReadOnlyList<KbEntity> Installations, Func<string, OutletInfo?> Outlet)
{
    /// <summary>No installations, no known outlets.</summary>
    public static readonly CorpusKnowledge Empty = new([], _ => null);

    public static CorpusKnowledge From(KnowledgeBase kb) => new(
        kb.Entities.Where(e => e.Type == EntityType.Installation).OrderBy(e => e.Id, StringComparer.Ordinal).ToList(),
        name => kb.OutletByName(name) is KbEntity o ? new OutletInfo(o.Name, o.Country, o.StateAffiliated) : null);
}
