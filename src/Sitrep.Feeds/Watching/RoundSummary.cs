namespace Sitrep.Feeds.Watching;

/// <summary>
/// The counts of one round: sources fetched and failed, articles read, reports stored new (or as new versions),
/// reports already stored, and items that could not be read.
/// </summary>
public sealed record RoundSummary(int Sources, int SourcesFailed, int Articles, int New, int Unchanged, int ItemsFailed)
{
    public override string ToString() =>
        $"sources {Sources} (failed {SourcesFailed}), articles {Articles}, new {New}, unchanged {Unchanged}, failed items {ItemsFailed}";
}
