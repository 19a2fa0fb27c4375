-- Sitrep store, PostgreSQL, migration 7: reuse links as one list per document and kind (docs/storage.md).
-- A report sharing text with hundreds of others took one row (and one primary-key entry) per link; now its
-- links of one kind are one array of codebook ids, kept sorted and free of repeats. Links still only
-- accumulate: a later run merges its new ids into the array. The view document_links shows the arrays as the
-- rows they were before, so every reader sees the same (document_id, kind, other_doc_id) rows.

CREATE TABLE document_link_lists (
    document_id   bigint NOT NULL REFERENCES documents(id),
    kind          text   NOT NULL CHECK (kind IN ('duplicate_of', 'shares_text_with')),
    other_doc_ids text[] NOT NULL,  -- codebook ids, sorted, each once
    PRIMARY KEY (document_id, kind)
);

INSERT INTO document_link_lists (document_id, kind, other_doc_ids)
SELECT document_id, kind, array_agg(other_doc_id ORDER BY other_doc_id COLLATE "C")
FROM document_links
GROUP BY document_id, kind;

DROP TABLE document_links;

CREATE VIEW document_links AS
SELECT l.document_id, l.kind, o.other_doc_id
FROM document_link_lists l CROSS JOIN LATERAL unnest(l.other_doc_ids) AS o(other_doc_id);
