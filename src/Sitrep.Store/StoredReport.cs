using Sitrep.Core.Model;

namespace Sitrep.Store;

/// <summary>A stored document version and the report rebuilt from the store (codebook section 5).</summary>
public sealed record StoredReport(StoredDocument Stored, ExtractedReport Report);
