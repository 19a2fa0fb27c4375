using Sitrep.Core.Model;

namespace Sitrep.Core.Events;

/// <summary>Whether a sentence tells sanctions lifted or imposed: the two are different facts even on one day.</summary>
internal static class SanctionDirection
{
    private static readonly string[] LiftWords =
        ["lift", "lifted", "lifting", "removed", "removing", "eased", "easing", "repealed", "repeal", "scrapped", "waived", "delisted", "ended", "ending", "suspended"];

    private static readonly string[] ImposeWords =
        ["imposed", "imposing", "impose", "added", "adding", "blacklisted", "designated", "froze", "freezing", "slapped", "new sanctions", "targeted"];

    /// <summary>True for lifted, false for imposed, null when the sentence tells neither or both.</summary>
    internal static bool? Lifted(ExtractedEvent e)
    {
        var sentence = e.Evidence.Sentence;
        var lifted = ContainsWord(sentence, LiftWords);
        var imposed = ContainsWord(sentence, ImposeWords);
        return lifted == imposed ? null : lifted;
    }

    private static bool ContainsWord(string sentence, string[] words)
    {
        foreach (var w in words)
        {
            for (var at = sentence.IndexOf(w, StringComparison.OrdinalIgnoreCase); at >= 0; at = sentence.IndexOf(w, at + 1, StringComparison.OrdinalIgnoreCase))
            {
                var before = at == 0 || !char.IsLetter(sentence[at - 1]);
                var after = at + w.Length >= sentence.Length || !char.IsLetter(sentence[at + w.Length]);
                if (before && after)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
