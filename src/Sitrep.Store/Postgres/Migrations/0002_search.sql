-- Sitrep store, PostgreSQL, migration 2: full-text search. Generated tsvector columns (English stemming) over
-- document titles and bodies and over event evidence sentences, each with a GIN index.

ALTER TABLE documents ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || body)) STORED;
CREATE INDEX documents_search ON documents USING gin (search);

ALTER TABLE events ADD COLUMN search tsvector
    GENERATED ALWAYS AS (to_tsvector('english', evidence_sentence)) STORED;
CREATE INDEX events_search ON events USING gin (search);
