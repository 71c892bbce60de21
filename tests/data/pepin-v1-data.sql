-- SPDX-License-Identifier: GPL-3.0-or-later
-- The data of tests/data/pepin-v1.db, run after the statements of core/storage/schema/001_base.sql:
-- what the first version of Pépin wrote (schema 1, before row versions).
PRAGMA application_id = 1346719822;
INSERT INTO pepin_meta (key, value) VALUES ('schema_version', '1');
INSERT INTO pepin_meta (key, value) VALUES ('application', 'pepin');
INSERT INTO sectors (id, name, color, archived) VALUES (1, 'IT services', '#1f77b4', 0);
INSERT INTO sectors (id, name, color, archived) VALUES (2, 'Multimedia', '#2ca02c', 0);
INSERT INTO sites (id, name, address, max_stay_months, rent_progression, notes, archived)
    VALUES (1, 'Ateliers numériques de Valenciennes', 'Valenciennes', 48, '70,85,100', 'CCI', 0);
INSERT INTO offices (id, site_id, code, floor, area_m2, workstations, kind, rent_m2_year_cents,
                     available_from, available_until, notes, archived)
    VALUES (1, 1, 'A01', '0', 24.5, 2, 'private', 12000, '2017-11-01', NULL, '', 0);
INSERT INTO offices (id, site_id, code, floor, area_m2, workstations, kind, rent_m2_year_cents,
                     available_from, available_until, notes, archived)
    VALUES (2, 1, 'C10', '2', 80, 12, 'shared', 12000, '2027-03-01', NULL, 'Extension', 0);
INSERT INTO companies (id, name, siret, naf, sector_id, created_on, stage, contact, email, phone,
                       notes, exit_date, exit_reason, archived)
    VALUES (1, 'Praxys', '73282932000074', '6202A', 1, '2023-09-01', 'developing', 'Claire Dumont',
            'claire@praxys.example.org', '03 27 00 11 22', '', NULL, NULL, 0);
INSERT INTO companies (id, name, siret, naf, sector_id, created_on, stage, contact, email, phone,
                       notes, exit_date, exit_reason, archived)
    VALUES (2, 'Pixel Nord', NULL, '', 2, '2018-03-01', 'young', '', '', '', '', '2023-08-31', 'moved_away', 0);
INSERT INTO headcounts (company_id, as_of, headcount) VALUES (1, '2023-09-01', 2);
INSERT INTO headcounts (company_id, as_of, headcount) VALUES (1, '2024-12-01', 5);
INSERT INTO leases (id, company_id, office_id, type, start_date, end_date, terminated_on, workstations,
                    monthly_charges_cents, deposit_cents, notice_months, cancelled, notes)
    VALUES (1, 2, 1, 'derogatoire', '2020-09-01', '2023-08-31', NULL, 0, 6125, 57166, 3, 0, '');
INSERT INTO leases (id, company_id, office_id, type, start_date, end_date, terminated_on, workstations,
                    monthly_charges_cents, deposit_cents, notice_months, cancelled, notes)
    VALUES (2, 1, 1, 'derogatoire', '2024-01-01', '2026-12-31', NULL, 0, 6125, 34300, 3, 0, 'Signed in December');
INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (1, '2020-09-01', 17150);
INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (2, '2024-01-01', 17150);
INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (2, '2025-01-01', 20825);
INSERT INTO rent_steps (lease_id, from_date, monthly_rent_cents) VALUES (2, '2026-01-01', 24500);
INSERT INTO applications (id, company_id, needed_area_m2, needed_workstations, wished_start, status,
                          committee_date, decision, priority, notes, received_on)
    VALUES (1, 2, 30, 3, '2027-03-01', 'received', NULL, '', 0, 'Wants to come back', '2026-10-01');
