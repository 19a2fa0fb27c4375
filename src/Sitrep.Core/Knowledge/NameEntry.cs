using Sitrep.Core.Model;

namespace Sitrep.Core.Knowledge;

public enum NameKind
{
    Name,
    Alias,
    Demonym,
    Metonym,

    /// <summary>A bare word that names the entity only before a force noun ("coalition aircraft", "coalition support").</summary>
    Qualifier,

    /// <summary>A name that means the entity only in a report that also names one of its <see cref="KbEntity.LocalTo"/> entities ("National Guard" in a Sweida story).</summary>
    LocalAlias,
}

/// <summary>One surface form of a knowledge-base entity, as compiled into the name automaton.</summary>
/// <param name="NeedsCapital">The text must be capitalised at the first token (a proper name).</param>
/// <param name="NeedsAllCaps">An acronym: the text must be in capitals too ("US", not "us").</param>
/// <param name="Rank">Lower wins among entries of the same length: curated data (0, 1) before generated regions (2) before gazetteer rows (3).</param>
public sealed record NameEntry(KbEntity Entity, string Surface, NameKind Kind, bool NeedsCapital, bool NeedsAllCaps, int Rank);
