-- Sitrep store, PostgreSQL, migration 6: a work queue, so that several ingest processes share one batch.
-- A batch is the set of inputs one command line names (see docs/scaling.md); each input is one row, enqueued
-- idempotently. A worker claims pending rows with FOR UPDATE SKIP LOCKED and keeps them locked while it extracts
-- and stores them; it marks them done in the transaction that stores their reports, so a worker that dies
-- leaves its rows pending (its lock goes with its connection) and nothing half-stored.

CREATE TABLE ingest_queue (
    id bigserial PRIMARY KEY,
    batch text NOT NULL,
    path text NOT NULL,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'failed')),
    worker text,
    error text,
    finished_at timestamptz,
    UNIQUE (batch, path)
);

CREATE INDEX ingest_queue_pending ON ingest_queue (batch, id) WHERE state = 'pending';
