-- SPDX-License-Identifier: GPL-3.0-or-later
-- A Pépin database written by a future version: schema 99, with a table this version does not know.
PRAGMA application_id = 1346719822;
CREATE TABLE pepin_meta (
    key   VARCHAR(64) PRIMARY KEY,
    value TEXT NOT NULL
);
INSERT INTO pepin_meta (key, value) VALUES ('schema_version', '99');
INSERT INTO pepin_meta (key, value) VALUES ('application', 'pepin');
CREATE TABLE sites (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    row_version INTEGER NOT NULL DEFAULT 1,
    timezone    TEXT NOT NULL DEFAULT 'Europe/Paris'
);
INSERT INTO sites (name) VALUES ('Ateliers numériques de Valenciennes');
CREATE TABLE meeting_rooms (
    id      INTEGER PRIMARY KEY,
    site_id BIGINT NOT NULL REFERENCES sites (id),
    name    TEXT NOT NULL
);
INSERT INTO meeting_rooms (site_id, name) VALUES (1, 'Salle Watteau');
