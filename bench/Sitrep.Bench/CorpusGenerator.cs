using System.Globalization;
using System.Text;

namespace Sitrep.Bench;

/// <summary>How many reports, the seed, and the share of exact duplicates and of reports that reuse a passage.</summary>
public sealed record CorpusSettings(int Count, int Seed, double DuplicateShare = 0.05, double ReuseShare = 0.10);

/// <summary>One generated file. <paramref name="DuplicateOf"/>: index of the report it copies byte for byte;
/// <paramref name="PassageFrom"/>: index of the report two of its paragraphs were taken from.</summary>
public sealed record GeneratedReport(int Index, string Name, ReportStyle Style, byte[] Bytes, int Words, int? DuplicateOf, int? PassageFrom)
{
    /// <summary>The name of the report it copies or takes a passage from, if any.</summary>
    public string? SourceName { get; init; }
}

/// <summary>
/// Builds a deterministic corpus of realistic reports: the same settings and knowledge base always give the same
/// bytes, whatever the number of threads. Each report has 200 to 600 words; an exact share are byte-for-byte duplicates of an earlier report, and an
/// exact share reuse a two-paragraph passage of an earlier report.
/// </summary>
public sealed class CorpusGenerator
{
    public const int MinWords = 200;
    public const int MaxWords = 600;

    /// <summary>Reports built together (in parallel) before they are handed out in order.</summary>
    public const int Chunk = 512;

    private static readonly UTF8Encoding Utf8Bom = new(true);
    private static readonly (ReportStyle Style, int Weight)[] StyleWeights =
    [
        (ReportStyle.Wire, 25), (ReportStyle.StateMedia, 20), (ReportStyle.ThinkTank, 15), (ReportStyle.WebText, 20), (ReportStyle.Html, 20),
    ];

    private readonly NamePools _pools;
    private readonly CorpusSettings _settings;

    public CorpusGenerator(NamePools pools, CorpusSettings settings)
    {
        _pools = pools;
        _settings = settings;
    }

    private enum Role
    {
        Original,
        Duplicate,
        Reuse,
    }

    /// <summary>
    /// Yields the reports in order, <see cref="Chunk"/> at a time, built on <paramref name="jobs"/> threads. Only the
    /// roles (one byte per report) and one chunk are held, so a million reports stream in bounded memory; a copy or a
    /// reused passage rebuilds its source from the source's own seed instead of keeping earlier reports.
    /// </summary>
    public IEnumerable<GeneratedReport> Generate(int jobs = 1)
    {
        var roles = AssignRoles(new Random(_settings.Seed));
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, jobs) };
        for (var start = 0; start < roles.Length; start += Chunk)
        {
            var chunk = new GeneratedReport[Math.Min(Chunk, roles.Length - start)];
            var first = start;
            Parallel.For(0, chunk.Length, options, k => chunk[k] = Make(first + k, roles));
            foreach (var report in chunk)
            {
                yield return report;
            }
        }
    }

    public static string FileName(int index, ReportStyle style, string extension) =>
        "r" + index.ToString("D6", CultureInfo.InvariantCulture) + "-" + style.ToString().ToLowerInvariant() + extension;

    public static int CountWords(string s)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in s)
        {
            var space = char.IsWhiteSpace(c);
            words += !space && !inWord ? 1 : 0;
            inWord = !space;
        }

        return words;
    }

    // Everything about report i comes from its own generator, so any report can be rebuilt alone, in any order.
    private GeneratedReport Make(int i, Role[] roles)
    {
        var rng = RngFor(i);
        if (roles[i] == Role.Original)
        {
            return Build(i, rng, null, null).Report;
        }

        var from = PickSource(rng, i, roles);
        var (draft, source) = Build(from, RngFor(from), null, null);
        if (roles[i] == Role.Duplicate)
        {
            return source with { Index = i, Name = FileName(i, source.Style, Path.GetExtension(source.Name)), DuplicateOf = from, PassageFrom = null, SourceName = source.Name };
        }

        var passage = draft.Paragraphs.Skip(1).Take(2).ToList();
        return Build(i, rng, passage, from).Report with { SourceName = source.Name };
    }

    private Random RngFor(int index)
    {
        // splitmix64 of (seed, index): independent, reproducible streams without holding one generator per report.
        var z = ((ulong)(uint)_settings.Seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return new Random(unchecked((int)(z ^ (z >> 31))));
    }

    // A uniformly chosen earlier original: report 0 is always one, and most reports are, so few draws are needed.
    private static int PickSource(Random rng, int index, Role[] roles)
    {
        int from;
        do
        {
            from = rng.Next(index);
        }
        while (roles[from] != Role.Original);

        return from;
    }

    private Role[] AssignRoles(Random rng)
    {
        var n = _settings.Count;
        var roles = new Role[n];
        var dups = (int)Math.Round(n * _settings.DuplicateShare);
        var reuse = (int)Math.Round(n * _settings.ReuseShare);
        for (var i = 0; i < n; i++)
        {
            roles[i] = i < dups ? Role.Duplicate : i < dups + reuse ? Role.Reuse : Role.Original;
        }

        rng.Shuffle(roles);
        var first = Array.IndexOf(roles, Role.Original);
        if (n > 0 && first > 0)
        {
            (roles[0], roles[first]) = (roles[first], roles[0]);
        }
        else if (n > 0 && first < 0)
        {
            roles[0] = Role.Original; // too few originals to honour the shares exactly
        }

        return roles;
    }

    private (ReportDraft Draft, GeneratedReport Report) Build(int index, Random rng, List<string>? passage, int? passageFrom)
    {
        var style = PickStyle(rng);
        var published = new DateOnly(2024, 1, 1).AddDays(rng.Next(0, 850));
        var cast = TemplateFiller.CastFor(rng, _pools, style == ReportStyle.StateMedia);
        var fill = new TemplateFiller(rng, cast, published);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var paragraphs = new List<string> { Paragraph(style, fill, rng, used, lead: true) };
        var target = rng.Next(MinWords, MaxWords - 50);
        var bodyWords = CountWords(paragraphs[0]) + (passage?.Sum(CountWords) ?? 0);
        while (bodyWords < target)
        {
            var p = Paragraph(style, fill, rng, used, lead: false);
            paragraphs.Add(p);
            bodyWords += CountWords(p);
        }

        if (passage is not null)
        {
            paragraphs.InsertRange(1, passage);
        }

        var draft = new ReportDraft(style, published, cast, fill.Fill(Headline(style, rng)), paragraphs);
        var layoutRng = new Random(rng.Next());
        var rendered = ReportRenderer.Render(draft, fill, new Random(layoutRng.Next()));
        var words = CountWords(rendered.Visible);
        var keep = 1 + (passage?.Count ?? 0);
        while (words > MaxWords && paragraphs.Count > keep)
        {
            paragraphs.RemoveAt(paragraphs.Count - 1);
            rendered = ReportRenderer.Render(draft, fill, new Random(layoutRng.Next()));
            words = CountWords(rendered.Visible);
        }

        while (words < MinWords)
        {
            paragraphs.Add(Paragraph(style, fill, rng, used, lead: false));
            rendered = ReportRenderer.Render(draft, fill, new Random(layoutRng.Next()));
            words = CountWords(rendered.Visible);
        }

        var encoding = style != ReportStyle.Html && rng.Next(20) == 0 ? Utf8Bom : new UTF8Encoding(false);
        var bytes = encoding.GetPreamble().Concat(encoding.GetBytes(rendered.Content)).ToArray();
        var report = new GeneratedReport(index, FileName(index, style, rendered.Extension), style, bytes, words, null, passageFrom);
        return (draft, report);
    }

    private static ReportStyle PickStyle(Random rng)
    {
        var roll = rng.Next(StyleWeights.Sum(w => w.Weight));
        foreach (var (style, weight) in StyleWeights)
        {
            if (roll < weight)
            {
                return style;
            }

            roll -= weight;
        }

        return ReportStyle.Wire;
    }

    private static string Headline(ReportStyle style, Random rng) => style == ReportStyle.StateMedia && rng.Next(2) == 0
        ? "Occupation forces escalate attacks on {PL}, {O} reports"
        : TemplateFiller.Pick(rng, SentenceBank.Headlines);

    /// <summary>One paragraph of one to three sentences, drawn from the banks with weights that depend on the style;
    /// a template already used in the report is avoided while fresh ones are easy to find.</summary>
    private static string Paragraph(ReportStyle style, TemplateFiller fill, Random rng, HashSet<string> used, bool lead)
    {
        if (lead)
        {
            return fill.Fill(Fresh(rng, style == ReportStyle.ThinkTank ? StyleBank.ThinkTank : SentenceBank.Events, used));
        }

        var n = rng.Next(1, 4);
        var sentences = new string[n];
        for (var k = 0; k < n; k++)
        {
            var roll = rng.Next(100);
            var bank = style switch
            {
                ReportStyle.StateMedia => roll < 45 ? StyleBank.StateMedia : roll < 75 ? SentenceBank.Events : roll < 85 ? SentenceBank.Quotes : SentenceBank.Context,
                ReportStyle.ThinkTank => roll < 45 ? StyleBank.ThinkTank : roll < 70 ? SentenceBank.Events : SentenceBank.Context,
                _ => roll < 40 ? SentenceBank.Events : roll < 75 ? SentenceBank.Context : SentenceBank.Quotes,
            };
            sentences[k] = fill.Fill(Fresh(rng, bank, used));
        }

        return string.Join(' ', sentences);
    }

    private static string Fresh(Random rng, string[] bank, HashSet<string> used)
    {
        var template = TemplateFiller.Pick(rng, bank);
        for (var tries = 0; tries < 6 && !used.Add(template); tries++)
        {
            template = TemplateFiller.Pick(rng, bank);
        }

        return template;
    }
}
