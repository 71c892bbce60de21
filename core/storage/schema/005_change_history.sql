-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pépin schema, version 5: the change history. Every change made through Pépin appends one row,
-- in the same transaction as the change: when (UTC), by which user of the computer, with which
-- program, and the record before and after (JSON objects of its columns). Rows are only ever
-- appended: the engine refuses to update or delete them (guards added by the program, as their
-- syntax differs between engines), except the one sanctioned rewrite, the erasure of a former
-- tenant's personal data, which blanks those fields in its past entries too.

CREATE TABLE change_history (
    id          ${ID},
    at          VARCHAR(24) NOT NULL,
    os_user     TEXT NOT NULL,
    program     TEXT NOT NULL,
    action      VARCHAR(16) NOT NULL CHECK (action IN ('add', 'update', 'remove', 'identity', 'setting', 'restore', 'erase')),
    entity      VARCHAR(16) NOT NULL,
    record_id   BIGINT,
    label       TEXT NOT NULL DEFAULT '',
    before_json TEXT,
    after_json  TEXT
);

CREATE INDEX change_history_record ON change_history (entity, record_id);
CREATE INDEX change_history_at ON change_history (at);
