-- Sitrep store, SQLite, migration 6: no query looks events up by their codebook id, and that index of random
-- hashes was the costliest one to keep up while storing reports.

DROP INDEX IF EXISTS events_event_id;
