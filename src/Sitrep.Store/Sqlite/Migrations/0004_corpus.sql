-- Sitrep store, SQLite, migration 4: corpus analysis (docs/corpus-analysis.md).
-- corpus_documents, corpus_lsh and corpus_shingles index every analysed report once, so that a new report is
-- compared with the whole stored corpus through indexed look-ups. The other tables are derived: each analysis
-- run replaces them from the stored events. Stored documents themselves are never touched.

CREATE TABLE corpus_documents (
    document_id INTEGER PRIMARY KEY REFERENCES documents(id),
    shingles    INTEGER NOT NULL,   -- how many distinct 8-word runs the body has
    minhash     BLOB    NOT NULL,   -- 128 x 64-bit MinHash values, little-endian
    analyzed_at TEXT    NOT NULL
);

-- One row per LSH band of a report's signature; the key mixes in the band number.
CREATE TABLE corpus_lsh (
    bucket      INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (bucket, document_id)
) WITHOUT ROWID;

-- Every 8-word run of every analysed report, hashed: passage reuse is a look-up of a report's runs.
CREATE TABLE corpus_shingles (
    shingle     INTEGER NOT NULL,
    document_id INTEGER NOT NULL REFERENCES documents(id),
    PRIMARY KEY (shingle, document_id)
) WITHOUT ROWID;

-- How many analysed reports hold each 8-word run. A run held by 64 or more is a stock phrase ("the
-- Syrian Observatory for Human Rights said on"): its owners stop being listed and it links nothing.
CREATE TABLE corpus_shingle_counts (
    shingle   INTEGER PRIMARY KEY,
    documents INTEGER NOT NULL
);

-- Reuse found across the corpus, by store id, from the report analysed later to the earlier one: near_copy
-- (MinHash estimate in similarity) or shares_text (shared_runs: how many 8-word runs they share).
CREATE TABLE corpus_reuse (
    document_id INTEGER NOT NULL REFERENCES documents(id),
    other_id    INTEGER NOT NULL REFERENCES documents(id),
    kind        TEXT    NOT NULL CHECK (kind IN ('near_copy', 'shares_text')),
    similarity  REAL,
    shared_runs INTEGER NOT NULL,
    PRIMARY KEY (document_id, other_id, kind)
);

CREATE TABLE corpus_outlets (
    name             TEXT PRIMARY KEY,
    country          TEXT,
    state_affiliated INTEGER NOT NULL,
    known            INTEGER NOT NULL,
    documents        INTEGER NOT NULL
);

CREATE TABLE stories (
    id               TEXT PRIMARY KEY,
    type             TEXT    NOT NULL,
    status           TEXT    NOT NULL,
    actor_id         TEXT,
    actor_name       TEXT,
    target_id        TEXT,
    target_name      TEXT,
    location_id      TEXT,
    location_name    TEXT,
    location_country TEXT,
    lat              REAL,
    lon              REAL,
    date             TEXT,
    quantity_value   REAL,
    quantity_unit    TEXT,
    corroboration    INTEGER NOT NULL,
    mentions         INTEGER NOT NULL,
    flags            TEXT    NOT NULL,   -- comma-separated: single_source, state_media_only:IR
    evidence         TEXT    NOT NULL    -- the first mention's sentence
);
CREATE INDEX stories_date ON stories(date);

CREATE TABLE story_events (
    event_row_id INTEGER PRIMARY KEY REFERENCES events(id),
    story_id     TEXT    NOT NULL,
    document_id  INTEGER NOT NULL REFERENCES documents(id)
);
CREATE INDEX story_events_story ON story_events(story_id);

CREATE TABLE installation_history (
    installation_id TEXT    NOT NULL,
    ordinal         INTEGER NOT NULL,
    name            TEXT    NOT NULL,
    lat             REAL,
    lon             REAL,
    status          TEXT    NOT NULL,
    operator        TEXT,
    date            TEXT,
    story_id        TEXT,   -- null: the knowledge base's starting register
    PRIMARY KEY (installation_id, ordinal)
);

CREATE TABLE agreement_history (
    agreement_id TEXT    NOT NULL,
    ordinal      INTEGER NOT NULL,
    kind         TEXT    NOT NULL,
    parties      TEXT    NOT NULL,
    mediator     TEXT,
    stage        TEXT    NOT NULL,
    signatories  TEXT,
    date         TEXT,
    deadline     TEXT,
    story_id     TEXT    NOT NULL,
    PRIMARY KEY (agreement_id, ordinal)
);

CREATE TABLE force_levels (
    ordinal    INTEGER PRIMARY KEY,
    actor_id   TEXT NOT NULL,
    actor_name TEXT NOT NULL,
    country    TEXT,
    date       TEXT,
    value      REAL NOT NULL,
    unit       TEXT NOT NULL,
    story_id   TEXT NOT NULL
);

CREATE TABLE contradictions (
    ordinal    INTEGER PRIMARY KEY,
    kind       TEXT    NOT NULL,
    story_a    TEXT    NOT NULL,
    document_a INTEGER NOT NULL,
    story_b    TEXT    NOT NULL,
    document_b INTEGER NOT NULL,
    note       TEXT    NOT NULL
);
