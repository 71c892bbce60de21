-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pépin schema, version 2: a version number on every editable row, so that an edit made from
-- stale data (another window, another program) is detected instead of silently overwriting.

ALTER TABLE sectors ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE sites ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE offices ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE companies ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE leases ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE applications ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1;
