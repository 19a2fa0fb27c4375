using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Model;

namespace Sitrep.Core.Corpus;

/// <summary>
/// Merges the facts of every stored report into stories: a fact joins the oldest story whose every mention is
/// compatible with it (<see cref="StoryCompatibility"/>), else it starts a new one. Requiring compatibility with
/// all mentions, not just one, keeps vague facts from chaining unrelated events together. <see cref="StoryIndex"/>
/// keeps the comparisons to stories of the fact's type, country and months.
/// </summary>
public static class StoryBuilder
{
    public static IReadOnlyList<Story> Build(IReadOnlyList<CorpusEvent> events, SourceIndependence independence)
    {
        var ordered = events
            .OrderBy(e => e.Document.Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(e => e.Document.StoreId)
            .ThenBy(e => e.RowId)
            .ToList();
        var byType = new Dictionary<string, StoryIndex>(StringComparer.Ordinal);
        var all = new List<Pending>();
        foreach (var e in ordered)
        {
            if (!byType.TryGetValue(e.Event.Type, out var index))
            {
                byType[e.Event.Type] = index = new StoryIndex();
            }

            index.Add(index.Find(e.Event), e, all);
        }

        return all.Select(p => Make(p.Mentions, independence)).OrderBy(s => s.Mentions[0].Document.Published ?? "9999", StringComparer.Ordinal)
            .ThenBy(s => s.Mentions[0].RowId).ToList();
    }

    private static Story Make(List<CorpusEvent> mentions, SourceIndependence independence)
    {
        var sources = independence.Sources(mentions.Select(m => m.Document).ToList());
        var merged = Merge(mentions.Select(m => m.Event).ToList()) with { Corroboration = sources.Count };
        var date = StoryCompatibility.Date(merged) ?? mentions.Select(m => m.Document.Published).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();
        return new Story(Id(mentions[0]), merged, date, mentions, sources.Count, independence.Flags(sources));
    }

    // The first mention, with empty fields filled from later ones and the most specific place and date kept.
    private static ExtractedEvent Merge(List<ExtractedEvent> events)
    {
        var first = events[0];
        var location = events.Select(e => e.Location).OfType<LocationRef>().OrderBy(l => l.Rank).FirstOrDefault();
        var time = events.Select(e => e.Time).Where(t => t?.Start is not null || t?.End is not null).OrderByDescending(t => (t!.Start ?? t.End)!.Length).FirstOrDefault();
        return first with
        {
            Actor = first.Actor ?? events.Select(e => e.Actor).FirstOrDefault(a => a is not null),
            Target = first.Target ?? events.Select(e => e.Target).FirstOrDefault(a => a is not null),
            Location = location,
            Time = time ?? first.Time,
            Quantity = first.Quantity ?? events.Select(e => e.Quantity).FirstOrDefault(q => q is not null),
        };
    }

    // Stable across runs: the first mention's document and event id.
    private static string Id(CorpusEvent first)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(first.Document.DocId + "\n" + first.Event.Id));
        return "story_" + Convert.ToHexStringLower(hash, 0, 8);
    }
}
