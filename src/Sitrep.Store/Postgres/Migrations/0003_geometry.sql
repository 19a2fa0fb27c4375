-- Sitrep store, PostgreSQL, migration 3: PostGIS points (WGS 84) for events and entities that have coordinates.
-- Generated from lat/lon, so they never disagree; places the knowledge base cannot locate have no point.
-- CREATE EXTENSION needs a role allowed to create it; an administrator can run it once beforehand.

CREATE EXTENSION IF NOT EXISTS postgis;

ALTER TABLE events ADD COLUMN geom geometry(Point, 4326)
    GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED;
CREATE INDEX events_geom ON events USING gist (geom);

ALTER TABLE entities ADD COLUMN geom geometry(Point, 4326)
    GENERATED ALWAYS AS (CASE WHEN lat IS NOT NULL AND lon IS NOT NULL THEN ST_SetSRID(ST_MakePoint(lon, lat), 4326) END) STORED;
CREATE INDEX entities_geom ON entities USING gist (geom);
