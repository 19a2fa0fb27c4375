-- Sitrep store, PostgreSQL, migration 1: documents (versioned), entities and their mentions, events, framing,
-- links. Tables go in the first schema of the search path. Nothing is rewritten or deleted: a changed report is
-- a new documents row linked to the previous version.

CREATE TABLE documents (
    id                  bigserial PRIMARY KEY,
    doc_id              text        NOT NULL,        -- codebook id (hash of the body)
    content_hash        text        NOT NULL,        -- SHA-256 of title, outlet, republisher, published, body
    source              text        NOT NULL,        -- file path or URL it was read from
    outlet              text,
    republisher         text,
    title               text,
    published           text,
    published_inferred  boolean     NOT NULL,
    body                text        NOT NULL,
    encoding            text,
    provenance          jsonb       NOT NULL DEFAULT '[]',
    ingested_at         timestamptz NOT NULL,
    version             integer     NOT NULL DEFAULT 1,
    previous_version_id bigint REFERENCES documents(id),
    -- Concurrent ingest processes insert with ON CONFLICT (content_hash) DO NOTHING: one wins, the others skip.
    CONSTRAINT documents_content_hash_key UNIQUE (content_hash)
);
CREATE UNIQUE INDEX documents_source_version ON documents(source, version) WHERE source <> '-';
CREATE INDEX documents_doc_id ON documents(doc_id);
CREATE INDEX documents_previous ON documents(previous_version_id);
CREATE INDEX documents_published ON documents(published);

CREATE TABLE entities (
    id        text PRIMARY KEY,
    type      text NOT NULL,
    name      text NOT NULL,
    lat       double precision,
    lon       double precision,
    precision text
);

CREATE TABLE mentions (
    document_id bigint  NOT NULL REFERENCES documents(id),
    ordinal     integer NOT NULL,
    entity_id   text    NOT NULL REFERENCES entities(id),
    type        text    NOT NULL,
    name        text    NOT NULL,
    lat         double precision,
    lon         double precision,
    precision   text,
    rule        text    NOT NULL,
    surfaces    jsonb   NOT NULL,
    spans       jsonb   NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE events (
    id                  bigserial PRIMARY KEY,
    document_id         bigint  NOT NULL REFERENCES documents(id),
    ordinal             integer NOT NULL,
    event_id            text    NOT NULL,
    type                text    NOT NULL,
    status              text    NOT NULL,
    actor_id            text,
    actor_name          text,
    actor_side          text,
    target_id           text,
    target_name         text,
    target_side         text,
    location_id         text,
    location_name       text,
    lat                 double precision,
    lon                 double precision,
    precision           text,
    location_country    text,
    location_is_country boolean,
    location_rank       integer,
    time_start          text,
    time_end            text,
    time_text           text,
    quantity_value      double precision,
    quantity_unit       text,
    quantity_text       text,
    attribution_source  text,
    attribution_kind    text,
    evidence_sentence   text    NOT NULL,
    evidence_start      integer NOT NULL,
    evidence_end        integer NOT NULL,
    corroboration       integer NOT NULL,
    provenance          jsonb   NOT NULL DEFAULT '[]',
    UNIQUE (document_id, ordinal)
);
CREATE INDEX events_type ON events(type);
CREATE INDEX events_actor ON events(actor_id);
CREATE INDEX events_location ON events(location_id);
CREATE INDEX events_event_id ON events(event_id);

CREATE TABLE framing (
    document_id bigint  NOT NULL REFERENCES documents(id),
    ordinal     integer NOT NULL,
    term        text    NOT NULL,
    category    text    NOT NULL,
    neutral     text    NOT NULL,
    start       integer NOT NULL,
    rule        text    NOT NULL,
    PRIMARY KEY (document_id, ordinal)
);

CREATE TABLE document_links (
    document_id  bigint NOT NULL REFERENCES documents(id),
    kind         text   NOT NULL CHECK (kind IN ('duplicate_of', 'shares_text_with')),
    other_doc_id text   NOT NULL,
    PRIMARY KEY (document_id, kind, other_doc_id)
);

CREATE FUNCTION sitrep_documents_are_kept() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'stored documents are never deleted or rewritten; ingest a new version instead';
END;
$$;

CREATE TRIGGER documents_never_changed BEFORE UPDATE OR DELETE ON documents
    FOR EACH ROW EXECUTE FUNCTION sitrep_documents_are_kept();
