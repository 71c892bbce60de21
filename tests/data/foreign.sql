-- SPDX-License-Identifier: GPL-3.0-or-later
-- An SQLite database of another program: a notes application. No pepin_meta table.
CREATE TABLE notes (
    id      INTEGER PRIMARY KEY,
    title   TEXT NOT NULL,
    body    TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
INSERT INTO notes (title, body, created) VALUES ('Courses', 'Pain, lait', '2026-11-02');
INSERT INTO notes (title, body, created) VALUES ('Réunion CCI', 'Extension des locaux', '2026-11-20');
