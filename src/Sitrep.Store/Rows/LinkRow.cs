namespace Sitrep.Store.Rows;

/// <summary>
/// A row of <c>document_links</c>: <see cref="Kind"/> is "duplicate_of" or "shares_text_with", and
/// <see cref="OtherDocId"/> the codebook id of the other document. Links only accumulate.
/// </summary>
public sealed record LinkRow
{
    public const string DuplicateOf = "duplicate_of";

    public const string SharesTextWith = "shares_text_with";

    public long DocumentId { get; init; }

    public string Kind { get; init; } = "";

    public string OtherDocId { get; init; } = "";
}
