using Sitrep.Core.Cleaning;
using Sitrep.Core.Events;
using Sitrep.Core.Model;
using Sitrep.Core.Recognition;
using Sitrep.Core.Time;

namespace Sitrep.MicroBench;

/// <summary>
/// One sample report with the output of every stage before each benchmarked one, so that a benchmark runs its
/// stage alone on the input the pipeline would give it.
/// </summary>
public sealed record PreparedReport(
    string Name,
    byte[] Bytes,
    string Raw,
    bool IsHtml,
    IReadOnlyList<Line> Lines,
    string Body,
    AnalyzedText Text,
    IReadOnlyList<TimeMention> Times,
    IReadOnlyList<Mention> Mentions,
    SentenceContext Context,
    string DocumentId,
    PartialDate? Published,
    string? Outlet,
    ulong[] Shingles);
