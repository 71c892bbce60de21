-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pépin schema, version 3: the keys people's names are matched on (case, accents and spacing
-- ignored: "Société Générale" and "societe generale" have the same key), stored and indexed so
-- that finding a company, a site, a sector or an office by what someone typed is a lookup,
-- not a scan. Pépin fills them when it writes a row; this step fills them for the rows there.

ALTER TABLE sectors ADD COLUMN name_key TEXT;
ALTER TABLE sites ADD COLUMN name_key TEXT;
ALTER TABLE companies ADD COLUMN name_key TEXT;
ALTER TABLE offices ADD COLUMN code_key TEXT;

CREATE INDEX sectors_name_key ON sectors (name_key);
CREATE INDEX sites_name_key ON sites (name_key);
CREATE INDEX companies_name_key ON companies (name_key);
CREATE INDEX offices_site_code_key ON offices (site_id, code_key);
