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
    internal static readonly WordSet FindingVerbs = WordSet.Create(
        ["found", "showed", "shows", "finds", "suggested", "revealed", "indicated"]);

    internal static readonly WordSet Prepositions = WordSet.Create(
    [
        "in", "of", "from", "to", "with", "by", "for", "against", "on", "at", "into", "toward", "towards", "about", "across",
        "inside", "near", "over", "under", "between", "among", "within", "throughout", "upon", "via", "around", "onto", "like",
    ]);

    internal static readonly WordSet PlaceCountryPrepositions = WordSet.Create(
    [
        "in", "into", "inside", "across", "throughout", "within", "to", "of", "from", "over", "around", "at", "toward", "towards", "against",
    ]);

    internal static readonly WordSet Directions = WordSet.Create(
    [
        "northern", "southern", "eastern", "western", "central", "northeastern", "northwestern", "southeastern", "southwestern",
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "rural", "coastal", "federal", "mainland", "occupied",
    ]);

    internal static readonly WordSet TerritoryNouns = WordSet.Create(["territory", "territories", "soil", "land", "airspace", "side"]);

    // "the envoy to Syria", "ambassador to Lebanon": a title names whom the person is sent to, not where anything happens.
    internal static readonly WordSet PostedToTitles = WordSet.Create(
    [
        "envoy", "envoys", "ambassador", "ambassadors", "emissary", "representative", "representatives", "delegate", "delegates", "coordinator", "attache", "consul",
    ]);

    internal static readonly WordSet NoLocation = WordSet.Create(
    [
        "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    ]);

    internal static readonly WordSet Diplomatic = WordSet.Create(
    [
        "diplomacy.meeting", "diplomacy.agreement", "diplomacy.recognition", "diplomacy.sanctions",
    ]);
}
