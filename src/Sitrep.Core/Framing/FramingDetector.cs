using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Framing;

/// <summary>
/// Marks loaded or partisan wording with the framing lexicon (one automaton, longest match, whole words,
/// case-insensitive). A lexicon term written inside quotation marks only matches quoted text (a scare quote).
/// </summary>
public sealed class FramingDetector
{
    private readonly KnowledgeBase _kb;

    public FramingDetector(KnowledgeBase kb) => _kb = kb;

    public List<FramingTerm> Detect(AnalyzedText text)
    {
        var words = text.Words;
        var found = new List<FramingTerm>();
        var matches = new List<(int Length, List<FramingEntry> Values)>();
        var i = 0;
        while (i < words.Count)
        {
            FramingEntry? hit = null;
            var length = 0;
            for (var k = _kb.Framing.Matches(text.KeyIds(_kb.Framing.Words), i, matches) - 1; k >= 0 && hit is null; k--)
            {
                length = matches[k].Length;
                hit = FirstAgreeing(text, matches[k].Values, i, i + length - 1);
            }

            if (hit is null)
            {
                i++;
                continue;
            }

            var start = text.SpanStart[i];
            var end = words[i + length - 1].End;
            found.Add(new FramingTerm(text.Body[start..end], hit.Category, hit.Neutral, start, "framing:" + hit.Term));
            i += length;
        }

        return found;
    }

    // A loop, not FirstOrDefault with a lambda: the lambda's captured locals would cost an allocation per word.
    private static FramingEntry? FirstAgreeing(AnalyzedText text, List<FramingEntry> entries, int first, int last)
    {
        foreach (var e in entries)
        {
            if (QuotesAgree(text, e, first, last))
            {
                return e;
            }
        }

        return null;
    }

    private static bool IsQuote(char c) => c is '"' or '\u201C' or '\u201D' or '\u2018' or '\u2019' or '\'';

    // Terms stored with quotation marks are scare quotes: the text must quote them too.
    private static bool QuotesAgree(AnalyzedText text, FramingEntry e, int first, int last)
    {
        if (e.Term.Length == 0 || !IsQuote(e.Term[0]))
        {
            return true;
        }

        var start = text.SpanStart[first];
        var end = text.Words[last].End;
        return start > 0 && IsQuote(text.Body[start - 1]) && end < text.Body.Length && IsQuote(text.Body[end]);
    }
}
