-- Sitrep store, PostgreSQL, migration 5: corpus analysis (docs/corpus-analysis.md).
-- corpus_documents, corpus_lsh and corpus_shingles index every analysed report once, so that a new report is
-- compared with the whole stored corpus through indexed look-ups. The other tables are derived: each analysis
-- run replaces them from the stored events. Stored documents themselves are never touched.

CREATE TABLE corpus_documents (
    document_id bigint PRIMARY KEY REFERENCES documents(id),
    shingles    bigint NOT NULL,   -- how many distinct 8-word runs the body has
    minhash     bytea   NOT NULL,   -- 128 x 64-bit MinHash values, little-endian
    analyzed_at timestamptz NOT NULL
);

-- One row per LSH band of a report's signature; the key mixes in the band number.
CREATE TABLE corpus_lsh (
    bucket      bigint NOT NULL,
    document_id bigint  NOT NULL REFERENCES documents(id),
    PRIMARY KEY (bucket, document_id)
);

-- Every 8-word run of every analysed report, hashed: passage reuse is a look-up of a report's runs.
CREATE TABLE corpus_shingles (
    shingle     bigint NOT NULL,
    document_id bigint  NOT NULL REFERENCES documents(id),
    PRIMARY KEY (shingle, document_id)
);

-- How many analysed reports hold each 8-word run. A run held by 64 or more is a stock phrase ("the
-- Syrian Observatory for Human Rights said on"): its owners stop being listed and it links nothing.
CREATE TABLE corpus_shingle_counts (
    shingle   bigint PRIMARY KEY,
    documents bigint NOT NULL
);

-- Reuse found across the corpus, by store id, from the report analysed later to the earlier one: near_copy
-- (MinHash estimate in similarity) or shares_text (shared_runs: how many 8-word runs they share).
CREATE TABLE corpus_reuse (
    document_id bigint  NOT NULL REFERENCES documents(id),
    other_id    bigint  NOT NULL REFERENCES documents(id),
    kind        text    NOT NULL CHECK (kind IN ('near_copy', 'shares_text')),
    similarity  double precision,
    shared_runs bigint NOT NULL,
    PRIMARY KEY (document_id, other_id, kind)
);

CREATE TABLE corpus_outlets (
    name             text PRIMARY KEY,
    country          text,
    state_affiliated boolean NOT NULL,
    known            boolean NOT NULL,
    documents        bigint NOT NULL
);

CREATE TABLE stories (
    id               text PRIMARY KEY,
    type             text    NOT NULL,
    status           text    NOT NULL,
    actor_id         text,
    actor_name       text,
    target_id        text,
    target_name      text,
    location_id      text,
    location_name    text,
    location_country text,
    lat              double precision,
    lon              double precision,
    date             text,
    quantity_value   double precision,
    quantity_unit    text,
    corroboration    bigint NOT NULL,
    mentions         bigint NOT NULL,
    flags            text    NOT NULL,   -- comma-separated: single_source, state_media_only:IR
    evidence         text    NOT NULL    -- the first mention's sentence
);
CREATE INDEX stories_date ON stories(date);

CREATE TABLE story_events (
    event_row_id bigint PRIMARY KEY REFERENCES events(id),
    story_id     text    NOT NULL,
    document_id  bigint  NOT NULL REFERENCES documents(id)
);
CREATE INDEX story_events_story ON story_events(story_id);

CREATE TABLE installation_history (
    installation_id text    NOT NULL,
    ordinal         bigint NOT NULL,
    name            text    NOT NULL,
    lat             double precision,
    lon             double precision,
    status          text    NOT NULL,
    operator        text,
    date            text,
    story_id        text,   -- null: the knowledge base's starting register
    PRIMARY KEY (installation_id, ordinal)
);

CREATE TABLE agreement_history (
    agreement_id text    NOT NULL,
    ordinal      bigint NOT NULL,
    kind         text    NOT NULL,
    parties      text    NOT NULL,
    mediator     text,
    stage        text    NOT NULL,
    signatories  text,
    date         text,
    deadline     text,
    story_id     text    NOT NULL,
    PRIMARY KEY (agreement_id, ordinal)
);

CREATE TABLE force_levels (
    ordinal    bigint PRIMARY KEY,
    actor_id   text NOT NULL,
    actor_name text NOT NULL,
    country    text,
    date       text,
    value      double precision NOT NULL,
    unit       text NOT NULL,
    story_id   text NOT NULL
);

CREATE TABLE contradictions (
    ordinal    bigint PRIMARY KEY,
    kind       text    NOT NULL,
    story_a    text    NOT NULL,
    document_a bigint NOT NULL,
    story_b    text    NOT NULL,
    document_b bigint NOT NULL,
    note       text    NOT NULL
);
