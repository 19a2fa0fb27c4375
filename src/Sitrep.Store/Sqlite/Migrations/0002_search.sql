-- Sitrep store, SQLite, migration 2: FTS5 full-text indexes over document titles and bodies and over the
-- evidence sentences of events (external content: the text lives once, in documents and events).

CREATE VIRTUAL TABLE documents_fts USING fts5(
    title, body,
    content = 'documents', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents
BEGIN
    INSERT INTO documents_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;

CREATE VIRTUAL TABLE events_fts USING fts5(
    evidence_sentence,
    content = 'events', content_rowid = 'id',
    tokenize = 'porter unicode61 remove_diacritics 2'
);

CREATE TRIGGER events_fts_insert AFTER INSERT ON events
BEGIN
    INSERT INTO events_fts(rowid, evidence_sentence) VALUES (new.id, new.evidence_sentence);
END;

-- Rows stored before this migration (none when it runs with migration 1).
INSERT INTO documents_fts(documents_fts) VALUES ('rebuild');
INSERT INTO events_fts(events_fts) VALUES ('rebuild');
