-- Sitrep store, SQLite, migration 1: documents (versioned), entities and their mentions, events, framing, links.
-- Nothing is rewritten or deleted: a changed report is a new documents row linked to the previous version.

CREATE TABLE documents (
    id                  INTEGER PRIMARY KEY,
    doc_id              TEXT    NOT NULL,            -- codebook id (hash of the body)
    content_hash        TEXT    NOT NULL UNIQUE,     -- SHA-256 of title, outlet, republisher, published, body
    source              TEXT    NOT NULL,            -- file path or URL it was read from
    outlet              TEXT,
    republisher         TEXT,
    title               TEXT,
    published           TEXT,
    published_inferred  INTEGER NOT NULL,
    body                TEXT    NOT NULL,
    encoding            TEXT,
    provenance          TEXT    NOT NULL DEFAULT '[]', -- JSON: [{field, rule, text}]
    ingested_at         TEXT    NOT NULL,            -- UTC, ISO 8601
    version             INTEGER NOT NULL DEFAULT 1,
    previous_version_id INTEGER REFERENCES documents(id)
);
CREATE UNIQUE INDEX documents_source_version ON documents(source, version) WHERE source <> '-';
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_previous ON documents(previous_version_id);
CREATE INDEX documents_published ON documents(published);

-- Canonical entities, stable across documents (first seen wins; the per-document view is in mentions).
CREATE TABLE entities (
    id        TEXT PRIMARY KEY,
    type      TEXT NOT NULL,
    name      TEXT NOT NULL,
    lat       REAL,
    lon       REAL,
    precision TEXT
);

-- One entity as it occurs in one document: surface forms and spans (JSON), and its fields at the time.
CREATE TABLE mentions (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    ordinal     INTEGER NOT NULL,
    entity_id   TEXT    NOT NULL REFERENCES entities(id),
    type        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    lat         REAL,
    lon         REAL,
    precision   TEXT,
    rule        TEXT    NOT NULL,
    surfaces    TEXT    NOT NULL,  -- JSON: ["al-Jolani", "Jolani"]
    spans       TEXT    NOT NULL,  -- JSON: [[start, end], ...]
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE events (
    id                  INTEGER PRIMARY KEY,
    document_id         INTEGER NOT NULL REFERENCES documents(id),
    ordinal             INTEGER NOT NULL,
    event_id            TEXT    NOT NULL,
    type                TEXT    NOT NULL,
    status              TEXT    NOT NULL,
    actor_id            TEXT,
    actor_name          TEXT,
    actor_side          TEXT,
    target_id           TEXT,
    target_name         TEXT,
    target_side         TEXT,
    location_id         TEXT,
    location_name       TEXT,
    lat                 REAL,
    lon                 REAL,
    precision           TEXT,
    location_country    TEXT,
    location_is_country INTEGER,
    location_rank       INTEGER,
    time_start          TEXT,
    time_end            TEXT,
    time_text           TEXT,
    quantity_value      REAL,
    quantity_unit       TEXT,
    quantity_text       TEXT,
    attribution_source  TEXT,
    attribution_kind    TEXT,
    evidence_sentence   TEXT    NOT NULL,
    evidence_start      INTEGER NOT NULL,
    evidence_end        INTEGER NOT NULL,
    corroboration       INTEGER NOT NULL,
    provenance          TEXT    NOT NULL DEFAULT '[]',
    UNIQUE (document_id, ordinal)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_actor ON events(actor_id);
CREATE INDEX events_location ON events(location_id);
CREATE INDEX events_event_id ON events(event_id);

CREATE TABLE framing (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    ordinal     INTEGER NOT NULL,
    term        TEXT    NOT NULL,
    category    TEXT    NOT NULL,
    neutral     TEXT    NOT NULL,
    start       INTEGER NOT NULL,
    rule        TEXT    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

-- duplicate_of / shares_text_with, by codebook id of the other document. Links only accumulate.
CREATE TABLE document_links (
    document_id  INTEGER NOT NULL REFERENCES documents(id),
    kind         TEXT    NOT NULL CHECK (kind IN ('duplicate_of', 'shares_text_with')),
    other_doc_id TEXT    NOT NULL,
    PRIMARY KEY (document_id, kind, other_doc_id)
);

CREATE TRIGGER documents_never_deleted BEFORE DELETE ON documents
BEGIN
    SELECT RAISE(ABORT, 'stored documents are never deleted; ingest a new version instead');
END;

CREATE TRIGGER documents_never_rewritten BEFORE UPDATE ON documents
BEGIN
    SELECT RAISE(ABORT, 'stored documents are never rewritten; ingest a new version instead');
END;
