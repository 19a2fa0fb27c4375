using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Corpus;

/// <summary>
/// The agreements register: every agreement story, keyed by its parties and kind, with its stage (after the
/// PA-X database's stages: pre-negotiation and negotiation, signed, implementation, rejected), its mediator and
/// deadline when the reports give them.
/// </summary>
public static partial class AgreementRegister
{
    private static readonly (string Cue, string Kind)[] Kinds =
    [
        ("ceasefire", "ceasefire"), ("cease-fire", "ceasefire"), ("truce", "ceasefire"), ("armistice", "ceasefire"),
        ("de-escalation", "de-escalation"), ("security", "security agreement"), ("peace", "peace agreement"),
        ("normali", "normalisation"), ("prisoner", "prisoner exchange"), ("integrat", "integration agreement"),
    ];

    public static IReadOnlyList<AgreementChange> Build(IReadOnlyList<Story> stories)
    {
        var changes = new List<AgreementChange>();
        foreach (var story in stories.Where(s => s.Merged.Type == "diplomacy.agreement"))
        {
            var e = story.Merged;
            var sentences = story.Mentions.Select(m => m.Event.Evidence.Sentence).ToList();
            var kind = Kinds.FirstOrDefault(k => sentences.Any(s => s.Contains(k.Cue, StringComparison.OrdinalIgnoreCase))).Kind ?? "agreement";
            var parties = string.Join(" – ", new[] { e.Actor?.Name, e.Target?.Name }.OfType<string>().Distinct().Order(StringComparer.Ordinal));
            var stage = Stage(e.Status);
            var mediator = sentences.Select(s => Mediator().Match(s)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
            var deadline = e.Time is { Start: null, End: string end } ? end : null;
            changes.Add(new AgreementChange(Id(kind, parties), kind, parties.Length == 0 ? "unnamed parties" : parties, mediator, stage,
                stage == "signed" ? parties : null, e.Time?.Start ?? Published(story), deadline, story.Id));
        }

        return changes.OrderBy(c => c.AgreementId, StringComparer.Ordinal).ThenBy(c => c.Date ?? "", StringComparer.Ordinal).ToList();
    }

    // A deadline is not when the stage was reached; the first report's date is.
    private static string? Published(Story story) => story.Mentions.Select(m => m.Document.Published).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault();

    public static string Stage(string status) => status switch
    {
        "planned" => "negotiation",
        "speculative" => "pre-negotiation",
        "ongoing" => "implementation",
        "denied" => "rejected",
        _ => "signed",
    };

    private static string Id(string kind, string parties) =>
        "agreement_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + parties)), 0, 6);

    [GeneratedRegex(@"\b(?:brokered|mediated|sponsored|facilitated|hosted)\s+by\s+(?:the\s+)?((?:[A-Z][\w'’-]*)(?:\s+(?:of\s+)?[A-Z][\w'’-]*)*)")]
    private static partial Regex Mediator();
}
