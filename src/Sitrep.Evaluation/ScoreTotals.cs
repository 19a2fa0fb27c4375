namespace Sitrep.Evaluation;

/// <summary>Corpus-level counters, turned into ratios at the end.</summary>
internal sealed class ScoreTotals
{
    public int EventsPredicted { get; set; }
    public int EventsMatched { get; set; }
    public int EventsRequired { get; set; }
    public int EventsRequiredHit { get; set; }
    public int StatusOk { get; set; }
    public int StatusCount { get; set; }
    public int TimeOk { get; set; }
    public int TimeCount { get; set; }
    public int QuantityOk { get; set; }
    public int QuantityCount { get; set; }
    public int EntitiesRequired { get; set; }
    public int EntitiesHit { get; set; }
    public int FramingRequired { get; set; }
    public int FramingHit { get; set; }
    public int FramingPredicted { get; set; }
    public int FramingOk { get; set; }
    public int BoilerplateCount { get; set; }
    public int BoilerplateOk { get; set; }
    public int KeepCount { get; set; }
    public int KeepOk { get; set; }
    public int MetadataCount { get; set; }
    public int MetadataOk { get; set; }
    public int SharedCount { get; set; }
    public int SharedOk { get; set; }
    public int SharedFalsePairs { get; set; }
    public int MissingDocuments { get; set; }
    public TypeTally Types { get; } = new();

    public ScoreReport ToReport(int documents, int duplicates, int badLines,
        IReadOnlyDictionary<string, string> perDocument, IReadOnlyList<string> diagnostics)
    {
        var p = Ratio(EventsMatched, EventsPredicted);
        var r = Ratio(EventsRequiredHit, EventsRequired);
        var f = p is { } pv && pv != 0 && r is { } rv && rv != 0 ? PyFormat.Round3(2 * pv * rv / (pv + rv)) : 0.0;
        return new ScoreReport(
            Documents: documents,
            MissingDocuments: MissingDocuments,
            DuplicateDocuments: duplicates,
            BadJsonLines: badLines,
            EventPrecision: p,
            EventRecall: r,
            EventF1: f,
            StatusAccuracy: Ratio(StatusOk, StatusCount),
            TimeAccuracy: Ratio(TimeOk, TimeCount),
            QuantityAccuracy: Ratio(QuantityOk, QuantityCount),
            EntityRecall: Ratio(EntitiesHit, EntitiesRequired),
            FramingRecall: Ratio(FramingHit, FramingRequired),
            FramingPrecision: Ratio(FramingOk, FramingPredicted),
            BoilerplateRemoved: Ratio(BoilerplateOk, BoilerplateCount),
            BodyKept: Ratio(KeepOk, KeepCount),
            MetadataAccuracy: Ratio(MetadataOk, MetadataCount),
            SharedTextRecall: Ratio(SharedOk, SharedCount),
            SharedTextFalsePairs: SharedFalsePairs,
            PerDocument: perDocument,
            Diagnostics: diagnostics)
        {
            PerType = Types.ToScores(),
        };
    }

    private static double? Ratio(int a, int b) => b == 0 ? null : PyFormat.Round3((double)a / b);
}
