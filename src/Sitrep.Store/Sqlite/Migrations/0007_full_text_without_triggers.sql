-- Sitrep store, SQLite, migration 7: the full-text indexes are filled by the writer, once per transaction, instead
-- of by triggers. A trigger runs its insert as a nested statement, and FTS5 flushes its pending terms to a new
-- segment at every such statement, so each stored row wrote (and later merged) a segment of its own; that was
-- more than half of the time spent storing a report.

DROP TRIGGER IF EXISTS documents_fts_insert;
DROP TRIGGER IF EXISTS events_fts_insert;
