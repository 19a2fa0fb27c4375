using FsCheck;
using FsCheck.Fluent;
using Sitrep.Core.Cleaning;
using Sitrep.Core.Model;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Text;
using Sitrep.Tests.Support;
using Xunit;

namespace Sitrep.Tests.Properties;

public class PropertyTests : IClassFixture<BundledKnowledge>
{
    private readonly BundledKnowledge _knowledge;

    public PropertyTests(BundledKnowledge knowledge) => _knowledge = knowledge;

    private static Arbitrary<string> ArbitraryText => ArbMap.Default.ArbFor<string>().Filter(s => s is null || s.Length <= 400);

    [Fact]
    public void ExtractText_never_throws_on_arbitrary_strings()
    {
        Prop.ForAll(ArbitraryText, Gen.Elements("a.txt", "b.html", "c").ToArbitrary(), (text, name) =>
        {
            var report = _knowledge.Extractor.ExtractText(name, text ?? "");
            return report.Document is not null && report.Document.Body is not null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void ExtractText_never_throws_on_report_like_text()
    {
        Prop.ForAll(Generators.Report.ToArbitrary(), text =>
        {
            var report = _knowledge.Extractor.ExtractText("generated.txt", text);
            return report.Document.Body is not null;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Evidence_framing_and_entity_offsets_always_lie_in_the_body_and_match_it()
    {
        var withEvents = 0;
        Prop.ForAll(Generators.Report.ToArbitrary(), text =>
        {
            var report = _knowledge.Extractor.ExtractText("generated.txt", text);
            if (report.Events.Count > 0)
            {
                Interlocked.Increment(ref withEvents);
            }

            return OffsetsHold(report);
        }).QuickCheckThrowOnFailure();

        Assert.True(withEvents > 0, "no generated report produced an event, so the property checked nothing");
    }

    private static bool OffsetsHold(ExtractedReport report)
    {
        var body = report.Document.Body;
        var events = report.Events.All(e =>
            e.Evidence.Start >= 0 && e.Evidence.Start <= e.Evidence.End && e.Evidence.End <= body.Length
            && body.Substring(e.Evidence.Start, e.Evidence.End - e.Evidence.Start) == e.Evidence.Sentence);
        var framing = report.Framing.All(f =>
            f.Start >= 0 && f.Start + f.Term.Length <= body.Length && body.Substring(f.Start, f.Term.Length) == f.Term);
        var entities = report.Entities.All(e => e.Spans.All(s =>
            s.Start >= 0 && s.Start < s.End && s.End <= body.Length && e.Mentions.Contains(body[s.Start..s.End])));
        return events && framing && entities;
    }

    [Fact]
    public void Tokenizer_spans_are_inside_the_text_non_empty_and_ordered()
    {
        var text = ArbitraryText.Convert(s => s ?? "", s => s);
        var mixed = Gen.OneOf(text.Generator, Generators.Report).ToArbitrary();
        Prop.ForAll(mixed, s =>
        {
            var tokens = Tokenizer.Tokenize(s);
            for (var i = 0; i < tokens.Count; i++)
            {
                var t = tokens[i];
                if (t.Start < 0 || t.End > s.Length || t.Start >= t.End || char.IsWhiteSpace(s[t.Start]))
                {
                    return false;
                }

                if (i > 0 && tokens[i - 1].End > t.Start)
                {
                    return false;
                }
            }

            return true;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sentence_spans_are_inside_the_text_trimmed_and_ordered()
    {
        Prop.ForAll(Generators.Report.ToArbitrary(), s =>
        {
            var spans = SentenceSplitter.Split(s);
            return spans.All(x => x.Start >= 0 && x.Start < x.End && x.End <= s.Length && !char.IsWhiteSpace(s[x.Start]) && !char.IsWhiteSpace(s[x.End - 1]))
                && spans.Zip(spans.Skip(1)).All(p => p.First.End <= p.Second.Start);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Furniture_cleaning_is_idempotent_on_its_kept_lines()
    {
        var remover = new FurnitureRemover(_knowledge.Kb.Furniture);
        Prop.ForAll(Gen.ListOf(Generators.PageLine).Resize(10).ToArbitrary(), lines =>
        {
            var kept = remover.Apply(lines.Select(l => new Line(l, false, null))).Where(l => !l.Furniture).ToList();
            var again = remover.Apply(kept.Select(l => new Line(l.Text, false, null)));
            return again.All(l => !l.Furniture) && again.Select(l => l.Text).SequenceEqual(kept.Select(l => l.Text));
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Skeleton_is_stable_under_folding_and_case()
    {
        var names = Gen.Elements("Suwayda", "Hmeimim", "Dara'a", "Qamishli", "Golan", "al-Tanf", "Deir ez-Zor", "\u1E24am\u0101h").ToArbitrary();
        Prop.ForAll(names, name =>
        {
            var folded = NameFolding.Fold(name);
            return NameFolding.Skeleton(folded) == NameFolding.Skeleton(NameFolding.Fold(name.ToUpperInvariant()))
                && NameFolding.Fold(folded) == folded;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Extraction_is_deterministic_across_runs_and_threads()
    {
        Prop.ForAll(Generators.Report.ToArbitrary(), text =>
        {
            var first = ReportJsonWriter.ToJson(_knowledge.Extractor.ExtractText("generated.txt", text), explain: true);
            var concurrent = Enumerable.Range(0, 3).AsParallel()
                .Select(_ => ReportJsonWriter.ToJson(_knowledge.Extractor.ExtractText("generated.txt", text), explain: true))
                .ToList();
            return concurrent.All(json => json == first);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Bytes_through_the_decoder_never_throw_and_give_a_report_or_one_error()
    {
        var bytes = ArbMap.Default.ArbFor<byte[]>().Filter(b => b is null || b.Length <= 2_000);
        Prop.ForAll(bytes, Gen.Elements("a.txt", "b.html", "c.md").ToArbitrary(), (data, name) =>
        {
            var outcome = _knowledge.Extractor.Extract(new SourceDocument(name, data ?? []));
            return (outcome.Report is null) != (outcome.Error is null);
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Sentences_never_exceed_the_cap_unless_one_word_does()
    {
        var word = Gen.Elements("Troops moved near Aleppo", "and", "x", "Damascus,", "\u00A0", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa");
        var longText = Gen.ListOf(word).Resize(3_000).Select(words => string.Join(' ', words));
        Prop.ForAll(longText.ToArbitrary(), text =>
        {
            return SentenceSplitter.Split(text).All(s =>
                s.End - s.Start <= SentenceSplitter.MaxChars + 60 || !text.AsSpan(s.Start, s.End - s.Start).ContainsAny(' ', '\n'));
        }).QuickCheckThrowOnFailure();
    }
}
