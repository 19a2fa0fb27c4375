using Sitrep.Store.Corpus;

namespace Sitrep.Reporting;

/// <summary>What a SITREP for one window shows, read from the corpus analysis.</summary>
public sealed record SitrepData(
    string? From,
    string? To,
    IReadOnlyList<StoryRecord> Stories,
    IReadOnlyList<InstallationRow> Installations,
    IReadOnlyList<AgreementRow> Agreements,
    IReadOnlyList<ForceLevelRow> ForceLevels,
    IReadOnlyList<ContradictionRow> Contradictions,
    IReadOnlyList<OutletRow> Outlets,
    IReadOnlyList<StoryRecord> Context,
    IReadOnlyList<InstallationRow> InstallationHistory)
{
    /// <summary>The installation's status before this change (knowledge base or earlier reports), or null.</summary>
    public string? StatusBefore(InstallationRow change)
    {
        var history = InstallationHistory.Where(i => i.InstallationId == change.InstallationId).ToList();
        var at = history.FindIndex(i => i.StoryId == change.StoryId);
        return at > 0 ? history[at - 1].Status : null;
    }

    /// <summary>Reads the window's stories and the register rows that cite them.</summary>
    public static async Task<SitrepData> LoadAsync(ICorpusReader reader, string? from, string? to, CancellationToken ct = default)
    {
        var stories = await reader.StoriesAsync(from, to, ct).ConfigureAwait(false);
        var ids = stories.Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var history = await reader.InstallationsAsync(ct).ConfigureAwait(false);
        var installations = history.Where(i => i.StoryId is not null && ids.Contains(i.StoryId)).ToList();
        var agreements = (await reader.AgreementsAsync(ct).ConfigureAwait(false)).Where(a => ids.Contains(a.StoryId)).ToList();
        var forces = (await reader.ForceLevelsAsync(ct).ConfigureAwait(false)).Where(f => ids.Contains(f.StoryId)).ToList();
        var contradictions = (await reader.ContradictionsAsync(ct).ConfigureAwait(false)).Where(c => ids.Contains(c.StoryA) || ids.Contains(c.StoryB)).ToList();
        // The other side of a contradiction may lie outside the window; it is still cited.
        var missing = contradictions.SelectMany(c => new[] { c.StoryA, c.StoryB }).Where(id => !ids.Contains(id)).ToHashSet(StringComparer.Ordinal);
        IReadOnlyList<StoryRecord> context = missing.Count == 0 ? [] : (await reader.StoriesAsync(ct: ct).ConfigureAwait(false)).Where(s => missing.Contains(s.Id)).ToList();
        return new SitrepData(from, to, stories, installations, agreements, forces, contradictions, await reader.OutletsAsync(ct).ConfigureAwait(false), context, history);
    }
}
