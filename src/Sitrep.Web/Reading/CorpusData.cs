using System.Security.Cryptography;
using System.Text;
using Sitrep.Store.Corpus;

namespace Sitrep.Web.Reading;

/// <summary>
/// The stored corpus analysis, read once with the snapshot and indexed: stories by id and by the facts they merge,
/// the installation and agreement registers, force levels, contradictions and outlets.
/// </summary>
public sealed class CorpusData
{
    /// <summary>No analysis stored (or a store that cannot hold one).</summary>
    public static readonly CorpusData Empty = new([], [], [], [], [], []);

    public CorpusData(
        IReadOnlyList<StoryRecord> stories,
        IReadOnlyList<InstallationRow> installations,
        IReadOnlyList<AgreementRow> agreements,
        IReadOnlyList<ForceLevelRow> forceLevels,
        IReadOnlyList<ContradictionRow> contradictions,
        IReadOnlyList<OutletRow> outlets)
    {
        Stories = stories.OrderBy(s => s.Date ?? "", StringComparer.Ordinal).ThenBy(s => s.Id, StringComparer.Ordinal).ToList();
        StoryFlags = Stories.Select(s => s.FlagList).ToList();
        StoriesById = stories.ToDictionary(s => s.Id, StringComparer.Ordinal);
        StoryByFact = stories.SelectMany(s => s.Mentions.Select(m => (Key: (m.StoreId, m.EventId), Story: s)))
            .GroupBy(x => x.Key).ToDictionary(g => g.Key, g => g.First().Story);
        Installations = installations.ToLookup(i => i.InstallationId, StringComparer.Ordinal);
        Agreements = agreements;
        ForceLevels = forceLevels;
        Contradictions = contradictions;
        // Outlet names are compared as the dashboard compares them, ignoring case; the first row of a name wins.
        Outlets = outlets.GroupBy(o => o.Name, StringComparer.OrdinalIgnoreCase).ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        var told = stories
            .SelectMany(s => s.Mentions.Select(m => m.Outlet).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).Select(o => (Outlet: o, Story: s)))
            .ToLookup(x => x.Outlet, x => x.Story, StringComparer.OrdinalIgnoreCase);
        OutletFigures = Outlets.Values.ToDictionary(o => o.Name, o => Figures(o, told[o.Name].ToList()), StringComparer.OrdinalIgnoreCase);
        Analysed = stories.Count > 0 || installations.Count > 0 || agreements.Count > 0;
        Tag = Analysed ? Digest(stories) : "0";
    }

    /// <summary>Whether an analysis has been stored; otherwise the dashboard falls back to its per-report approximations.</summary>
    public bool Analysed { get; }

    public string Source => Analysed ? AnalysisSource.Corpus : AnalysisSource.None;

    /// <summary>Changes when the stories or their corroboration change (part of every ETag).</summary>
    public string Tag { get; }

    /// <summary>Oldest first; undated ones first.</summary>
    public IReadOnlyList<StoryRecord> Stories { get; }

    /// <summary>The flags of <see cref="Stories"/>, row by row, parsed once for the filters.</summary>
    public IReadOnlyList<IReadOnlyList<string>> StoryFlags { get; }

    public IReadOnlyDictionary<string, StoryRecord> StoriesById { get; }

    /// <summary>The story of a stored fact, by report store id and the fact's codebook id.</summary>
    public IReadOnlyDictionary<(long StoreId, string EventId), StoryRecord> StoryByFact { get; }

    public ILookup<string, InstallationRow> Installations { get; }

    public IReadOnlyList<AgreementRow> Agreements { get; }

    public IReadOnlyList<ForceLevelRow> ForceLevels { get; }

    public IReadOnlyList<ContradictionRow> Contradictions { get; }

    public IReadOnlyDictionary<string, OutletRow> Outlets { get; }

    /// <summary>Each outlet's figures from the analysis: its reports, the stories it tells, how many others corroborate.</summary>
    public IReadOnlyDictionary<string, OutletAnalysis> OutletFigures { get; }

    /// <summary>Reads the analysis from a store that holds one.</summary>
    public static async Task<CorpusData> ReadAsync(ICorpusReader reader, CancellationToken ct) => new(
        await reader.StoriesAsync(ct: ct).ConfigureAwait(false),
        await reader.InstallationsAsync(ct).ConfigureAwait(false),
        await reader.AgreementsAsync(ct).ConfigureAwait(false),
        await reader.ForceLevelsAsync(ct).ConfigureAwait(false),
        await reader.ContradictionsAsync(ct).ConfigureAwait(false),
        await reader.OutletsAsync(ct).ConfigureAwait(false));

    private static OutletAnalysis Figures(OutletRow outlet, List<StoryRecord> stories)
    {
        var corroborated = stories.Count(s => s.Corroboration >= 2);
        return new OutletAnalysis(outlet.Documents, stories.Count, corroborated, stories.Count == 0 ? 0 : Math.Round((double)corroborated / stories.Count, 3),
            stories.Count(s => s.FlagList.Contains("single_source")));
    }

    private static string Digest(IReadOnlyList<StoryRecord> stories)
    {
        var text = new StringBuilder();
        foreach (var s in stories)
        {
            text.Append(s.Id).Append(':').Append(s.Corroboration).Append(':').Append(s.Mentions.Count).Append(';');
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())).AsSpan(0, 6));
    }
}
