using Sitrep.Core.Model;
using Sitrep.Core.Time;

namespace Sitrep.Core.Metadata;

/// <summary>What the header, footer, dateline and markup say about a report.</summary>
public sealed record ReportMetadata(
    string? Title,
    string? Outlet,
    string? Republisher,
    PartialDate? Published,
    IReadOnlyList<Provenance> Provenance);
