using Sitrep.Core.Knowledge;
using Sitrep.Core.Model;

namespace Sitrep.Core.Recognition;

/// <summary>
/// A span of the body recognised as an entity. Token indexes refer to the body's word list
/// (<see cref="AnalyzedText.Words"/>): [First, Last].
/// </summary>
/// <param name="AsActor">A metonym or demonym phrase used for the state ("Tel Aviv said", "Israeli forces").</param>
public sealed record Mention(int First, int Last, int Start, int End, string Surface, KbEntity Entity, NameKind Kind, string Rule, bool AsActor)
{
    /// <summary>For a capital standing for its state: the city itself, should the event need a place.</summary>
    public KbEntity? Place { get; init; }
}
