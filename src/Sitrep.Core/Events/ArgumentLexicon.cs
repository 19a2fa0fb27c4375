using System.Collections.Frozen;
using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Text;
using static Sitrep.Core.Events.ActorFinder;
using static Sitrep.Core.Events.ArgumentLexicon;
using static Sitrep.Core.Events.Coreference;
using static Sitrep.Core.Events.LocationFinder;
using static Sitrep.Core.Events.PartyFinder;

namespace Sitrep.Core.Events;

/// <summary>Word lists the argument finders share: prepositions, directions, territory nouns and type groups.</summary>
public static class ArgumentLexicon
{
    /// <summary>Verbs that open a survey's findings ("a survey ... found that ..."): what follows is what it asked about.</summary>
    internal static readonly FrozenSet<string> FindingVerbs = FrozenSet.Create(StringComparer.Ordinal,
        ["found", "showed", "shows", "finds", "suggested", "revealed", "indicated"]);

    internal static readonly FrozenSet<string> Prepositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "in", "of", "from", "to", "with", "by", "for", "against", "on", "at", "into", "toward", "towards", "about", "across",
        "inside", "near", "over", "under", "between", "among", "within", "throughout", "upon", "via", "around", "onto", "like",
    ]);

    internal static readonly FrozenSet<string> PlaceCountryPrepositions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "in", "into", "inside", "across", "throughout", "within", "to", "of", "from", "over", "around", "at", "toward", "towards", "against",
    ]);

    internal static readonly FrozenSet<string> Directions = FrozenSet.Create(StringComparer.Ordinal,
    [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "rural", "coastal", "federal", "mainland", "occupied",
    ]);

    internal static readonly FrozenSet<string> TerritoryNouns = FrozenSet.Create(StringComparer.Ordinal, ["territory", "territories", "soil", "land", "airspace", "side"]);

    // "the envoy to Syria", "ambassador to Lebanon": a title names whom the person is sent to, not where anything happens.
    internal static readonly FrozenSet<string> PostedToTitles = FrozenSet.Create(StringComparer.Ordinal,
    [
        "envoy", "envoys", "ambassador", "ambassadors", "emissary", "representative", "representatives", "delegate", "delegates", "coordinator", "attache", "consul",
    ]);

    internal static readonly FrozenSet<string> NoLocation = FrozenSet.Create(StringComparer.Ordinal,
    [
        "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    ]);

    internal static readonly FrozenSet<string> Diplomatic = FrozenSet.Create(StringComparer.Ordinal,
    [
        "diplomacy.meeting", "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    ]);
}
