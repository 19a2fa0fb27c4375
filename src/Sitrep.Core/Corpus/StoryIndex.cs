using System.Globalization;
using Sitrep.Core.Model;

namespace Sitrep.Core.Corpus;

/// <summary>
/// The stories of one event type being built, filed by country and month, so that a fact is compared only with
/// stories it could join: located facts with stories in their country (or not located yet), dated facts with
/// stories of their month, the months next to it, their year (or not dated yet). A fact without a place or date
/// is compared with every country or period.
/// </summary>
internal sealed class StoryIndex
{
    private readonly Dictionary<(string Country, string Period), List<Pending>> _files = [];

    /// <summary>The oldest story every mention of which is compatible with the fact, or null.</summary>
    public Pending? Find(ExtractedEvent e)
    {
        var (country, period) = Key(e);
        Pending? best = null;
        foreach (var ((c, p), stories) in _files)
        {
            if ((country.Length > 0 && c.Length > 0 && c != country) || !Reachable(period, p))
            {
                continue;
            }

            foreach (var s in stories)
            {
                if ((best is null || s.Sequence < best.Sequence) && s.Mentions.All(m => StoryCompatibility.Compatible(m.Event, e)))
                {
                    best = s;
                }
            }
        }

        return best;
    }

    /// <summary>Adds a mention to a story (new when null), refiling the story when it gets its first place or date.</summary>
    public void Add(Pending? story, CorpusEvent mention, List<Pending> all)
    {
        if (story is null)
        {
            story = new Pending(all.Count);
            all.Add(story);
        }
        else
        {
            _files[story.Key].Remove(story);
        }

        story.Mentions.Add(mention);
        var (country, period) = Key(mention.Event);
        story.Key = (story.Key.Country.Length > 0 ? story.Key.Country : country, story.Key.Period.Length > 0 ? story.Key.Period : period);
        if (!_files.TryGetValue(story.Key, out var file))
        {
            _files[story.Key] = file = [];
        }

        file.Add(story);
    }

    // A place's country (a place outside any country is its own), and a date's month ("2025-07") or year ("2025").
    private static (string Country, string Period) Key(ExtractedEvent e)
    {
        var country = e.Location is null ? "" : e.Location.Country ?? "place:" + e.Location.Id;
        var date = StoryCompatibility.Date(e);
        var period = date is null ? "" : date.Length >= 7 ? date[..7] : date[..Math.Min(4, date.Length)];
        return (country, period);
    }

    // Whether a fact of one period can meet a story filed under another (three days may cross a month's end).
    private static bool Reachable(string fact, string story)
    {
        if (fact.Length == 0 || story.Length == 0 || fact == story)
        {
            return true;
        }

        if (fact.Length < 7 || story.Length < 7)
        {
            return fact[..Math.Min(4, fact.Length)] == story[..Math.Min(4, story.Length)];
        }

        return DateOnly.TryParseExact(fact + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var a)
            && DateOnly.TryParseExact(story + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var b)
            && Math.Abs(((a.Year - b.Year) * 12) + a.Month - b.Month) <= 1;
    }
}

/// <summary>A story being built: its mentions, its creation order and where it is filed.</summary>
internal sealed class Pending(int sequence)
{
    public int Sequence { get; } = sequence;

    public List<CorpusEvent> Mentions { get; } = [];

    public (string Country, string Period) Key { get; set; } = ("", "");
}
