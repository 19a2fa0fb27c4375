namespace Sitrep.Store.Sql;

/// <summary>
/// Reuse links are stored as one list of codebook ids per document and kind (<c>document_link_lists</c>; the view
/// <c>document_links</c> shows them as rows). Writers insert a list and let the conflict clause merge it into the
/// stored one, so links only accumulate and a run that finds nothing new writes nothing.
/// </summary>
public static class LinkLists
{
    /// <summary>SQLite: the stored JSON array and the new one, merged sorted and without repeats; no write when nothing is new.</summary>
    public const string SqliteMerge =
        " ON CONFLICT (document_id, kind) DO UPDATE SET other_doc_ids = (SELECT json_group_array(value) FROM "
        + "(SELECT value FROM json_each(document_link_lists.other_doc_ids) UNION SELECT value FROM json_each(excluded.other_doc_ids) ORDER BY 1)) "
        + "WHERE EXISTS (SELECT value FROM json_each(excluded.other_doc_ids) EXCEPT SELECT value FROM json_each(document_link_lists.other_doc_ids))";

    /// <summary>PostgreSQL: the same with <c>text[]</c> arrays.</summary>
    public const string PostgresMerge =
        " ON CONFLICT (document_id, kind) DO UPDATE SET other_doc_ids = "
        + "ARRAY(SELECT DISTINCT u COLLATE \"C\" FROM unnest(document_link_lists.other_doc_ids || EXCLUDED.other_doc_ids) AS t(u) ORDER BY 1) "
        + "WHERE NOT (EXCLUDED.other_doc_ids <@ document_link_lists.other_doc_ids)";

    /// <summary>The ids of one kind, sorted ordinally and each once, as a list is stored.</summary>
    public static IReadOnlyList<string> Sorted(IEnumerable<string> ids) => ids.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
}
