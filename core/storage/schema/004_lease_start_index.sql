-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pépin schema, version 4: an index for the order every figure reads the leases in (by start,
-- then id), so that reading a network's leases walks an index instead of sorting them all.

CREATE INDEX leases_start ON leases (start_date);
