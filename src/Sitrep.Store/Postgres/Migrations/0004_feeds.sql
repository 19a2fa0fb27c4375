-- Sitrep store, PostgreSQL: the state of followed feeds and pages (sitrep watch, fetch, sources), so that a restart
-- revalidates with conditional GET and never fetches or stores an item twice. Times are ISO 8601 UTC text, as in
-- the SQLite backend, so that both read back the same way.

CREATE TABLE feed_sources (
    url             text PRIMARY KEY,
    outlet          text,
    kind            text,
    etag            text,
    last_modified   text,
    last_fetch_at   text,
    last_success_at text,
    last_error      text,
    last_error_at   text,
    items_ingested  bigint NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
    feed_url    text NOT NULL REFERENCES feed_sources (url),
    item_key    text NOT NULL,
    url         text,
    doc_id      text,
    store_id    bigint,
    ingested_at text NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);

CREATE INDEX feed_items_url ON feed_items (url);
