using System.Globalization;
using System.Text;
using Sitrep.Core.Corpus;
using Sitrep.Store.Corpus;

namespace Sitrep.Reporting;

/// <summary>
/// Writes a SITREP as Markdown: what changed in the window, grouped by installation, agreement and actor, then
/// force levels and contradictions. Every line cites its reports, with the number of independent outlets and
/// the sourcing flags; all report-derived text is escaped (<see cref="MarkdownText"/>).
/// </summary>
public static class SitrepMarkdown
{
    public static string Write(SitrepData data)
    {
        var md = new StringBuilder();
        var cite = new Citations();
        var stories = data.Stories.Concat(data.Context).ToDictionary(s => s.Id, StringComparer.Ordinal);
        md.Append("# SITREP ").AppendLine(Window(data)).AppendLine();
        md.AppendLine(CultureInfo.InvariantCulture, $"{data.Stories.Count} events from {data.Stories.SelectMany(s => s.Mentions).Select(m => m.StoreId).Distinct().Count()} reports.").AppendLine();

        md.AppendLine("## Installations").AppendLine();
        foreach (var site in data.Installations.GroupBy(i => i.InstallationId))
        {
            var first = site.First();
            md.AppendLine(CultureInfo.InvariantCulture, $"### {MarkdownText.Escape(first.Name)}{Point(first.Lat, first.Lon)}").AppendLine();
            foreach (var change in site)
            {
                var story = stories[change.StoryId!];
                var by = change.Operator is null ? "" : $" · operator {MarkdownText.Escape(change.Operator)}";
                var before = data.StatusBefore(change) is string was && was != change.Status ? $" (was {MarkdownText.Escape(was)})" : "";
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Date(change.Date)} · **{MarkdownText.Escape(change.Status)}**{before}{by} {Sourcing(story, cite)}");
            }

            md.AppendLine();
        }

        Empty(md, data.Installations.Count);
        md.AppendLine("## Agreements").AppendLine();
        foreach (var agreement in data.Agreements.GroupBy(a => a.AgreementId))
        {
            var first = agreement.First();
            md.AppendLine(CultureInfo.InvariantCulture, $"### {MarkdownText.Escape(first.Kind)}: {MarkdownText.Escape(first.Parties)}").AppendLine();
            foreach (var stage in agreement)
            {
                var extra = (stage.Mediator is null ? "" : $" · mediator {MarkdownText.Escape(stage.Mediator)}")
                    + (stage.Deadline is null ? "" : $" · deadline {MarkdownText.Escape(stage.Deadline)}")
                    + (stage.Signatories is null ? "" : $" · signatories {MarkdownText.Escape(stage.Signatories)}");
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Date(stage.Date)} · **{MarkdownText.Escape(stage.Stage)}**{extra} {Sourcing(stories[stage.StoryId], cite)}");
            }

            md.AppendLine();
        }

        Empty(md, data.Agreements.Count);
        md.AppendLine("## By actor").AppendLine();
        var grouped = new HashSet<string>(data.Installations.Select(i => i.StoryId!).Concat(data.Agreements.Select(a => a.StoryId)), StringComparer.Ordinal);
        var rest = data.Stories.Where(s => !grouped.Contains(s.Id)).ToList();
        foreach (var actor in rest.GroupBy(s => s.ActorName ?? "Actor not named").OrderBy(g => g.Key == "Actor not named").ThenBy(g => g.Key, StringComparer.Ordinal))
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"### {MarkdownText.Escape(actor.Key)}").AppendLine();
            foreach (var s in actor)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"- {Date(s.Date)} · {StoryLine(s)} {Sourcing(s, cite)}");
            }

            md.AppendLine();
        }

        Empty(md, rest.Count);
        md.AppendLine("## Force levels").AppendLine();
        foreach (var f in data.ForceLevels)
        {
            var where = f.Country is null ? "" : $" in {MarkdownText.Escape(f.Country)}";
            md.AppendLine(CultureInfo.InvariantCulture, $"- {Date(f.Date)} · {MarkdownText.Escape(f.ActorName)}{where}: {Number(f.Value)} {MarkdownText.Escape(f.Unit)} {Sourcing(stories[f.StoryId], cite)}");
        }

        Empty(md, data.ForceLevels.Count, blank: data.ForceLevels.Count > 0);
        md.AppendLine("## Contradictions").AppendLine();
        foreach (var c in data.Contradictions)
        {
            var a = stories[c.StoryA];
            var b = stories[c.StoryB];
            md.AppendLine(CultureInfo.InvariantCulture, $"- {MarkdownText.Escape(c.Note)} · {cite.Cite(a, c.DocumentA)} against {cite.Cite(b, c.DocumentB)}");
        }

        Empty(md, data.Contradictions.Count, blank: data.Contradictions.Count > 0);
        md.AppendLine("## Sources").AppendLine();
        foreach (var line in cite.SourceLines())
        {
            md.AppendLine(line);
        }

        return md.ToString();
    }

    /// <summary>The window as a title: "2025-11-01 to 2025-11-30", "from 2025-11", "all dates".</summary>
    public static string Window(SitrepData data) => (data.From, data.To) switch
    {
        (null, null) => "all dates",
        (string f, null) => $"from {MarkdownText.Escape(f)}",
        (null, string t) => $"up to {MarkdownText.Escape(t)}",
        var (f, t) => $"{MarkdownText.Escape(f)} to {MarkdownText.Escape(t)}",
    };

    private static string StoryLine(StoryRecord s)
    {
        var target = s.TargetName is null ? "" : $" → {MarkdownText.Escape(s.TargetName)}";
        var place = s.LocationName is null ? "" : $" at {MarkdownText.Escape(s.LocationName)}";
        var size = s.QuantityValue is double q ? $" · {Number(q)} {MarkdownText.Escape(s.QuantityUnit)}" : "";
        return $"**{MarkdownText.Escape(s.Type)}** ({MarkdownText.Escape(s.Status)}){target}{place}{size}: “{MarkdownText.Escape(s.Evidence)}”";
    }

    private static string Sourcing(StoryRecord s, Citations cite)
    {
        var outlets = s.Corroboration == 1 ? "1 independent outlet" : $"{s.Corroboration.ToString(CultureInfo.InvariantCulture)} independent outlets";
        var flags = s.FlagList.Select(f => f.StartsWith(StoryFlags.StateMediaOnly, StringComparison.Ordinal)
            ? $"only {f[(StoryFlags.StateMediaOnly.Length + 1)..]} state media"
            : f.Replace('_', ' ')).ToList();
        return $"{cite.Cite(s)} · {outlets}" + (flags.Count == 0 ? "" : " · ⚑ " + MarkdownText.Escape(string.Join(", ", flags)));
    }

    private static void Empty(StringBuilder md, int count, bool blank = false)
    {
        if (count == 0)
        {
            md.AppendLine("Nothing in this window.").AppendLine();
        }
        else if (blank)
        {
            md.AppendLine();
        }
    }

    private static string Date(string? date) => date is null ? "undated" : MarkdownText.Escape(date);

    private static string Point(double? lat, double? lon) =>
        lat is double la && lon is double lo ? string.Create(CultureInfo.InvariantCulture, $" ({la:0.###}, {lo:0.###})") : "";

    private static string Number(double v) => MarkdownText.Escape(v.ToString("#,0.##", CultureInfo.InvariantCulture));
}
