namespace Sitrep.Core.Corpus;

/// <summary>
/// One dated change in an installation's register: its status (planned, under construction, operational,
/// expanded, struck, withdrawn, handed over, or a status the knowledge base records) and operator. A change from
/// reports cites its story; one from the knowledge base (<c>data/kb/installations.csv</c>) has no story.
/// </summary>
public sealed record InstallationChange(
    string InstallationId,
    string Name,
    double? Lat,
    double? Lon,
    string Status,
    string? Operator,
    string? Date,
    string? StoryId);

/// <summary>
/// One stage of an agreement, in the manner of the PA-X peace agreement database: the parties, the mediator
/// when a report names one, the kind of agreement, its stage (negotiation, signed, in force, rejected), the
/// signatories once signed, and a deadline when one is set.
/// </summary>
public sealed record AgreementChange(
    string AgreementId,
    string Kind,
    string Parties,
    string? Mediator,
    string Stage,
    string? Signatories,
    string? Date,
    string? Deadline,
    string StoryId);

/// <summary>A force's stated size on a date, per actor and country.</summary>
public sealed record ForceLevel(string ActorId, string ActorName, string? Country, string? Date, double Value, string Unit, string StoryId);

/// <summary>
/// Two reports that cannot both be right as told: <see cref="Kind"/> is "withdrawal_vs_base" (one story says a
/// force leaves a country, another that it builds there) or "figures" (two reports of one story give numbers
/// that disagree). Each side names its story and the stored report (store id) that says it.
/// </summary>
public sealed record Contradiction(string Kind, string StoryA, long DocumentA, string StoryB, long DocumentB, string Note);
