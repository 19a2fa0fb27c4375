-- Sitrep store, SQLite: the state of followed feeds and pages (sitrep watch, fetch, sources), so that a restart
-- revalidates with conditional GET and never fetches or stores an item twice. Times are ISO 8601 UTC text.

CREATE TABLE feed_sources (
    url             TEXT PRIMARY KEY,
    outlet          TEXT,
    kind            TEXT,
    etag            TEXT,
    last_modified   TEXT,
    last_fetch_at   TEXT,
    last_success_at TEXT,
    last_error      TEXT,
    last_error_at   TEXT,
    items_ingested  INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE feed_items (
    feed_url    TEXT NOT NULL REFERENCES feed_sources (url),
    item_key    TEXT NOT NULL,
    url         TEXT,
    doc_id      TEXT,
    store_id    INTEGER,
    ingested_at TEXT NOT NULL,
    PRIMARY KEY (feed_url, item_key)
);

CREATE INDEX feed_items_url ON feed_items (url);
