-- Sitrep store, SQLite, migration 5: reuse links as one list per document and kind (docs/storage.md).
-- A report sharing text with hundreds of others took one row (and one primary-key entry) per link; now its
-- links of one kind are one JSON array of codebook ids, kept sorted and free of repeats. Links still only
-- accumulate: a later run merges its new ids into the list. The view document_links shows the lists as the
-- rows they were before, so every reader sees the same (document_id, kind, other_doc_id) rows.

CREATE TABLE document_link_lists (
    document_id   INTEGER NOT NULL REFERENCES documents(id),
    kind          TEXT    NOT NULL CHECK (kind IN ('duplicate_of', 'shares_text_with')),
    other_doc_ids TEXT    NOT NULL,  -- JSON array of codebook ids, sorted, each once
    PRIMARY KEY (document_id, kind)
) WITHOUT ROWID;

INSERT INTO document_link_lists (document_id, kind, other_doc_ids)
SELECT document_id, kind, json_group_array(other_doc_id)
FROM (SELECT document_id, kind, other_doc_id FROM document_links ORDER BY document_id, kind, other_doc_id)
GROUP BY document_id, kind;

DROP TABLE document_links;

CREATE VIEW document_links AS
SELECT l.document_id AS document_id, l.kind AS kind, j.value AS other_doc_id
FROM document_link_lists l, json_each(l.other_doc_ids) j;
