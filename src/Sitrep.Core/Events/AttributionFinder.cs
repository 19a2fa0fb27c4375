using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;

namespace Sitrep.Core.Events;

/// <summary>
/// Finds who a sentence credits: "according to X", "X said/told/reported", "a source close to ... told",
/// "media reports revealed". An outlet is <c>media</c>, a monitor or NGO <c>organization</c>, a state
/// organ or official <c>official</c>, an unnamed source <c>anonymous</c>; with no frame the outlet itself
/// asserts it (<c>author</c>). "According to the report" carries the previous sentence's source.
/// </summary>
public sealed class AttributionFinder
{
    private readonly CueLexicon _cues;

    public AttributionFinder(CueLexicon cues) => _cues = cues;

    public Attribution?[] FindAll(SentenceContext ctx, string? outlet)
    {
        var text = ctx.Text;
        var result = new Attribution?[text.Sentences.Count];
        Attribution? previous = null;
        for (var s = 0; s < result.Length; s++)
        {
            var a = Find(ctx, s, previous);
            result[s] = a ?? new Attribution(outlet ?? "author", "author");
            if (a is not null)
            {
                previous = a;
            }
        }

        return result;
    }

    private Attribution? Find(SentenceContext ctx, int s, Attribution? previous)
    {
        var words = ctx.Text.Words;
        var (from, to) = ctx.Text.WordRange(s);
        var mentions = ctx.BySentence[s];
        for (var i = from; i < to - 1; i++)
        {
            if (words[i].Norm == "according" && words[i + 1].Norm == "to")
            {
                var named = mentions.FirstOrDefault(m => m.First >= i + 2 && m.First <= i + 5);
                if (named is not null)
                {
                    return FromEntity(named);
                }

                return Generic(words, i + 2, Math.Min(to, i + 6)) ?? previous;
            }
        }

        var verb = PhraseMatcher.FirstIn(words, from, to, _cues["reporting_verbs"]);
        if (verb < 0)
        {
            return null;
        }

        var speaker = mentions.LastOrDefault(m => m.Last < verb && verb - m.Last <= 3 && (m.Entity.IsActor || m.AsActor));
        if (speaker is not null && !AnonymousBetween(words, speaker.Last + 1, verb))
        {
            return FromEntity(speaker);
        }

        return Generic(words, Math.Max(from, verb - 5), verb)
            ?? (verb + 1 < to && mentions.FirstOrDefault(m => m.First == verb + 1 && m.Entity.IsActor) is Mention after ? FromEntity(after) : null);
    }

    private bool AnonymousBetween(List<Text.Token> words, int from, int to) =>
        PhraseMatcher.AnyIn(words, from, to, _cues["anonymous_sources"]);

    private Attribution? Generic(List<Text.Token> words, int from, int to)
    {
        var anon = PhraseMatcher.FirstIn(words, from, to, _cues["anonymous_sources"]);
        if (anon >= 0)
        {
            return new Attribution(Phrase(words, from, to), "anonymous");
        }

        if (PhraseMatcher.FirstIn(words, from, to, _cues["organization_sources"]) >= 0)
        {
            return new Attribution(Phrase(words, from, to), "organization");
        }

        return PhraseMatcher.FirstIn(words, from, to, _cues["media_sources"]) >= 0 ? new Attribution(Phrase(words, from, to), "media") : null;
    }

    private static string Phrase(List<Text.Token> words, int from, int to) =>
        string.Join(' ', words.Skip(from).Take(to - from).Select(w => w.Norm));

    private static Attribution FromEntity(Mention m)
    {
        var e = m.Entity;
        var kind = e.Kind switch
        {
            "media" => "media",
            "monitor" or "ngo" or "igo" => "organization",
            _ when e.Type is EntityType.Person or EntityType.Country or EntityType.Organization => "official",
            _ => "organization",
        };
        return new Attribution(e.Name, kind);
    }
}
