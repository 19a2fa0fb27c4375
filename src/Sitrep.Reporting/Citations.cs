using System.Globalization;
using Sitrep.Store.Corpus;

namespace Sitrep.Reporting;

/// <summary>Numbers the reports a SITREP cites, in order of first citation, and writes the markers and the source list.</summary>
public sealed class Citations
{
    private readonly Dictionary<long, (int Number, StoryMention Mention)> _numbers = [];

    /// <summary>"[1][3]" for every report of the story, numbering new ones.</summary>
    public string Cite(StoryRecord story) => string.Concat(story.Mentions.DistinctBy(m => m.StoreId).Select(Marker));

    /// <summary>"[2]" for one report (by store id) of a story.</summary>
    public string Cite(StoryRecord story, long storeId) =>
        story.Mentions.FirstOrDefault(m => m.StoreId == storeId) is StoryMention m ? Marker(m) : "";

    /// <summary>The numbered source list: outlet, reprint, title, date, where it was read, document id.</summary>
    public IEnumerable<string> SourceLines() => _numbers.Values.OrderBy(v => v.Number).Select(v =>
    {
        var m = v.Mention;
        var outlet = m.Outlet ?? "outlet unknown";
        var reprint = m.Republisher is null ? "" : $", reprinted by {m.Republisher}";
        var title = m.Title is null ? "" : $" “{MarkdownText.Escape(m.Title)}”";
        var date = m.Published is null ? "" : $", {m.Published}";
        var copy = m.DuplicateOf is null ? "" : $" · copy of `{m.DuplicateOf}`";
        return $"{v.Number.ToString(CultureInfo.InvariantCulture)}. {MarkdownText.Escape(outlet + reprint)}{title}{MarkdownText.Escape(date)} · `{m.DocId}`{copy} · {MarkdownText.Escape(m.Source)}";
    });

    private string Marker(StoryMention m)
    {
        if (!_numbers.TryGetValue(m.StoreId, out var entry))
        {
            entry = (_numbers.Count + 1, m);
            _numbers[m.StoreId] = entry;
        }

        return $"\\[{entry.Number.ToString(CultureInfo.InvariantCulture)}\\]";
    }
}
