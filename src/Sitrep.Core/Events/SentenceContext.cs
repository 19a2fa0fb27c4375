using System.Collections.Frozen;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using Sitrep.Core.Time;

namespace Sitrep.Core.Events;

/// <summary>The recognised mentions of a document, indexed by sentence, with the clause limits events need.</summary>
public sealed class SentenceContext
{
    private static readonly WordSet ClauseBreakers = WordSet.Create(
    [
        "while", "whereas", "but", "although", "though", "despite", "amid", "after", "since", "because", "however", "instead", "before", "when", "where", "once",
    ]);

    private static readonly WordSet ReportingVerbs = WordSet.Create(
    [
        "said", "says", "say", "confirmed", "reported", "revealed", "told", "announced", "stated", "added", "indicated", "argue", "argued", "believe", "believes",
        "reporting", "assured", "warned", "accused", "claim", "claims", "statement", "report", "allegation", "allegations", "denied", "rejected", "claimed", "insisted", "noted", "wrote", "explained", "suggested", "showed", "found",
        "fear", "fears", "feared", "worry", "worried", "expect", "expects", "expected", "hope", "hopes", "hoped", "estimate", "estimates", "estimated",
    ]);

    public SentenceContext(AnalyzedText text, IReadOnlyList<Mention> mentions)
    {
        Text = text;
        Mentions = mentions;
        BySentence = new List<Mention>[text.Sentences.Count];
        for (var s = 0; s < BySentence.Length; s++)
        {
            BySentence[s] = [];
        }

        foreach (var m in mentions)
        {
            BySentence[text.SentenceOfWord[m.First]].Add(m);
        }
    }

    public AnalyzedText Text { get; }

    /// <summary>
    /// The country most of the report's places lie in: what "the country" and "the nation" usually mean.
    /// A country named as an actor does not count, its towns and provinces do.
    /// </summary>
    public Mention? HomeCountry => _home ??= FindHomeCountry();

    private Mention? FindHomeCountry()
    {
        var votes = Mentions
            .Where(m => m.Entity.Type is Model.EntityType.Place or Model.EntityType.Installation || (m.Entity.Type == Model.EntityType.Country && !m.AsActor))
            .Select(m => m.Entity.Country).Where(c => c is not null)
            .GroupBy(c => c!, StringComparer.OrdinalIgnoreCase).OrderByDescending(g => g.Count()).Select(g => g.Key);
        foreach (var iso in votes)
        {
            if (CountryNamed(iso) is Mention country)
            {
                return country;
            }
        }

        return null;
    }

    /// <summary>The first mention of the country with ISO code <paramref name="iso"/>, or null when the report names none.</summary>
    public Mention? CountryNamed(string iso) =>
        Mentions.FirstOrDefault(m => m.Entity.Type == Model.EntityType.Country && string.Equals(m.Entity.Country, iso, StringComparison.OrdinalIgnoreCase));

    private Mention? _home;

    public IReadOnlyList<Mention> Mentions { get; }

    public List<Mention>[] BySentence { get; }

    private static readonly WordSet IntroWords = WordSet.Create(
    [
        "since", "after", "before", "following", "despite", "amid", "when", "while", "as", "although", "though", "in", "on", "during",
        "last", "earlier", "with", "under", "unlike", "like", "once", "until", "by", "at", "for", "over", "within", "according",
    ]);

    // Clause limits are asked for again and again by the argument finders; each is computed once per word.
    private int[]? _clauseStart;
    private int[]? _clauseEnd;

    /// <summary>First word of the clause that contains word <paramref name="w"/>.</summary>
    public int ClauseStart(int w)
    {
        var known = _clauseStart ??= UnknownPerWord();
        return known[w] >= 0 ? known[w] : known[w] = FindClauseStart(w);
    }

    /// <summary>One past the last word of the clause that contains word <paramref name="w"/>.</summary>
    public int ClauseEnd(int w)
    {
        var known = _clauseEnd ??= UnknownPerWord();
        return known[w] >= 0 ? known[w] : known[w] = FindClauseEnd(w);
    }

    private int[] UnknownPerWord()
    {
        var a = new int[Text.Words.Count];
        Array.Fill(a, -1);
        return a;
    }

    /// <summary>Whether a comma follows word <paramref name="k"/> at once.</summary>
    internal bool CommaAfter(int k) => Text.Words[k].End < Text.Body.Length && Text.Body[Text.Words[k].End] == ',';

    private int FindClauseStart(int w)
    {
        var (from, _) = Text.WordRange(Text.SentenceOfWord[w]);
        var words = Text.Words;
        // "Since the fall of X, the army has...": an opening phrase closed by a comma is not the subject.
        if (IntroWords.Contains(words[from].Norm))
        {
            for (var k = from + 1; k < w; k++)
            {
                if (CommaAfter(k))
                {
                    from = k + 1;
                    break;
                }
            }
        }

        for (var k = w - 1; k > from; k--)
        {
            var norm = words[k].Norm;
            // Inside ", which it has used since 2019" the relative clause is the verb's own clause.
            if (norm is "which" or "who" && Text.Body[words[k].Start - 2] == ',' && !CommaBetween(k, w))
            {
                return k + 1;
            }

            if (ClauseBreakers.Contains(norm) && !(k > from && words[k - 1].Norm is "shortly" or "soon" or "days" or "weeks" or "months" or "years")
                && !IntroducesDate(k))
            {
                // "Russia, which gave Assad asylum after he fled, has kept ...": a break inside a parenthetical
                // relative clause does not start the clause of a verb after it.
                var relative = ParentheticalStart(k, w, from);
                if (relative >= 0)
                {
                    k = relative;
                    continue;
                }

                return k + 1;
            }

            // "..., and the United States repealed the Caesar Act": a comma and "and" before a new subject and its verb.
            if (norm == "and" && CommaAfter(k - 1) && NewSubjectAndVerb(k, w))
            {
                return k + 1;
            }

            if (norm == "that" && ReportedBefore(k, from))
            {
                return k + 1;
            }

            if (HasSemicolonBetween(k - 1, k))
            {
                return k;
            }
        }

        return from;
    }

    private bool NewSubjectAndVerb(int and, int w)
    {
        var words = Text.Words;
        if (and + 1 >= w || !(words[and + 1].Norm == "the" || words[and + 1].Capitalized))
        {
            return false;
        }

        for (var k = and + 2; k < w && k <= and + 6; k++)
        {
            if (!words[k].Capitalized && words[k].Norm.EndsWith("ed", StringComparison.Ordinal) && words[k].Norm.Length > 4)
            {
                return true;
            }
        }

        return false;
    }

    // "since November 2023", "after the war": a preposition before a date or noun phrase, not a clause.
    private bool IntroducesDate(int k)
    {
        var words = Text.Words;
        if (words[k].Norm == "once")
        {
            return k + 1 >= words.Count || words[k + 1].Norm.EndsWith("ed", StringComparison.Ordinal); // "once affiliated with"
        }

        return words[k].Norm is "before" or "after" or "since" && k + 1 < words.Count
            && (words[k + 1].Kind == TokenKind.Number || CalendarWords.Month(words[k + 1].Norm) > 0
                || words[k + 1].Norm is "then" or "the" or "dawn" or "daybreak" or "sunrise" or "sunset" or "dusk" or "nightfall" or "midnight" or "noon");
    }

    private bool CommaBetween(int a, int b)
    {
        for (var k = a; k < b; k++)
        {
            if (CommaAfter(k))
            {
                return true;
            }
        }

        return false;
    }

    private int ParentheticalStart(int breaker, int w, int from)
    {
        var words = Text.Words;
        var closed = false;
        for (var k = breaker; k < w; k++)
        {
            closed |= CommaAfter(k);
        }

        if (!closed)
        {
            return -1;
        }

        for (var k = breaker - 1; k > from; k--)
        {
            if (words[k].Norm is "which" or "who" or "whose" && Text.Body[words[k].Start - 2] == ',')
            {
                return k;
            }
        }

        return -1;
    }

    private bool ReportedBefore(int that, int from)
    {
        for (var k = that - 1; k >= from && k >= that - 4; k--)
        {
            if (ReportingVerbs.Contains(Text.Words[k].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private int FindClauseEnd(int w)
    {
        var (from, to) = Text.WordRange(Text.SentenceOfWord[w]);
        var words = Text.Words;
        // Inside ", which ... ," the clause ends at the closing comma.
        var relative = false;
        for (var k = w - 1; k > from && k >= w - 8; k--)
        {
            if (words[k].Norm is "which" or "who" && Text.Body[words[k].Start - 2] == ',')
            {
                relative = true;
                break;
            }
        }

        for (var k = w + 1; k < to; k++)
        {
            if (relative && Text.Body[words[k - 1].End] == ',')
            {
                return k;
            }

            if ((ClauseBreakers.Contains(words[k].Norm) && !(words[k].Norm is "before" or "after" or "since" && k + 1 < to
                    && (words[k + 1].Kind == TokenKind.Number || CalendarWords.Month(words[k + 1].Norm) > 0 || words[k + 1].Norm is "then" or "the")))
                || HasSemicolonBetween(k - 1, k) || (words[k].Norm == "which" && Text.Body[words[k].Start - 2] == ','))
            {
                return k;
            }
        }

        return to;
    }

    private bool HasSemicolonBetween(int a, int b)
    {
        if (a < 0)
        {
            return false;
        }

        var span = Text.Body.AsSpan(Text.Words[a].End, Text.Words[b].Start - Text.Words[a].End);
        return span.Contains(';') || span.Contains('\u2014');
    }

    public string? WordBefore(int w) => w > 0 && Text.SentenceOfWord[w - 1] == Text.SentenceOfWord[w] ? Text.Words[w - 1].Norm : null;

    /// <summary>The "of" that ends a nominal cue or follows it ("the return of", "the fall of"), or -1.</summary>
    public int OfAfterCue(Trigger trigger) =>
        Text.Words[trigger.Last].Norm == "of" ? trigger.Last : WordAfter(trigger.Last) == "of" ? trigger.Last + 1 : -1;

    public string? WordAfter(int w) => w + 1 < Text.Words.Count && Text.SentenceOfWord[w + 1] == Text.SentenceOfWord[w] ? Text.Words[w + 1].Norm : null;

    /// <summary>The text right after a mention starts with "-backed", "-led"...: a modifier, not the one who acts.</summary>
    public bool IsCompoundModifier(Mention m)
    {
        var end = m.End;
        var body = Text.Body;
        if (end >= body.Length)
        {
            return false;
        }

        if (body[end] is not ('-' or '\u2010' or '\u2011'))
        {
            return false;
        }

        var rest = body.AsSpan(end + 1, Math.Min(14, body.Length - end - 1));
        return rest.StartsWith("backed") || rest.StartsWith("led") || rest.StartsWith("brokered") || rest.StartsWith("affiliated")
            || rest.StartsWith("supported") || rest.StartsWith("dominated") || rest.StartsWith("allied") || rest.StartsWith("aligned")
            || rest.StartsWith("funded") || rest.StartsWith("run") || rest.StartsWith("controlled") || rest.StartsWith("held") || rest.StartsWith("monitored")
            || rest.StartsWith("mediated") || rest.StartsWith("sponsored") || rest.StartsWith("proposed") || rest.StartsWith("drafted")
            || rest.StartsWith("linked") || rest.StartsWith("inspired") || rest.StartsWith("made") || rest.StartsWith("based") || rest.StartsWith("trained") || rest.StartsWith("armed") || rest.StartsWith("owned");
    }
}
