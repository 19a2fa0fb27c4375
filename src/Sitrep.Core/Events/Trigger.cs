using Sitrep.Core.Knowledge;

namespace Sitrep.Core.Events;

/// <summary>A cue of an event rule found in a sentence: words [First, Last] of the body.</summary>
public sealed record Trigger(EventRule Rule, int First, int Last, int Sentence, string Cue, int? CompanionWord);
