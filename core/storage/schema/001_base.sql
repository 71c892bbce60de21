-- SPDX-License-Identifier: GPL-3.0-or-later
-- Pépin schema, version 1: the domain of DESIGN.md §2.
-- Portable SQL: ${ID} is the dialect's auto-numbered primary key, ${REAL} its floating type.
-- Dates are DATE values written 'YYYY-MM-DD'; money is BIGINT cents; flags are 0/1 integers.

CREATE TABLE pepin_meta (
    key   VARCHAR(64) PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE sectors (
    id       ${ID},
    name     TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    color    VARCHAR(7) NOT NULL CHECK (length(color) = 7),
    archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE sites (
    id               ${ID},
    name             TEXT NOT NULL UNIQUE CHECK (length(trim(name)) > 0),
    address          TEXT NOT NULL DEFAULT '',
    max_stay_months  INTEGER NOT NULL DEFAULT 48 CHECK (max_stay_months > 0),
    rent_progression TEXT NOT NULL DEFAULT '70,85,100',
    notes            TEXT NOT NULL DEFAULT '',
    archived         INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE offices (
    id                  ${ID},
    site_id             BIGINT NOT NULL REFERENCES sites (id),
    code                TEXT NOT NULL CHECK (length(trim(code)) > 0),
    floor               TEXT NOT NULL DEFAULT '',
    area_m2             ${REAL} NOT NULL CHECK (area_m2 > 0),
    workstations        INTEGER NOT NULL CHECK (workstations > 0),
    kind                VARCHAR(16) NOT NULL CHECK (kind IN ('private', 'shared')),
    rent_m2_year_cents  BIGINT NOT NULL DEFAULT 0 CHECK (rent_m2_year_cents >= 0),
    available_from      DATE,
    available_until     DATE,
    notes               TEXT NOT NULL DEFAULT '',
    archived            INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    UNIQUE (site_id, code),
    CHECK (available_from IS NULL OR available_until IS NULL OR available_from <= available_until)
);

CREATE TABLE companies (
    id          ${ID},
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    siret       VARCHAR(14) UNIQUE CHECK (siret IS NULL OR length(siret) = 14),
    naf         VARCHAR(8) NOT NULL DEFAULT '',
    sector_id   BIGINT REFERENCES sectors (id),
    created_on  DATE,
    stage       VARCHAR(16) CHECK (stage IS NULL OR stage IN ('project', 'young', 'developing', 'established')),
    contact     TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    exit_date   DATE,
    exit_reason VARCHAR(16) CHECK (exit_reason IS NULL OR exit_reason IN ('graduated_local', 'moved_away', 'closed', 'other')),
    archived    INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

CREATE TABLE headcounts (
    company_id BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    as_of      DATE NOT NULL,
    headcount  INTEGER NOT NULL CHECK (headcount >= 0),
    PRIMARY KEY (company_id, as_of)
);

CREATE TABLE leases (
    id                    ${ID},
    company_id            BIGINT NOT NULL REFERENCES companies (id),
    office_id             BIGINT NOT NULL REFERENCES offices (id),
    type                  VARCHAR(16) NOT NULL CHECK (type IN ('precaire', 'derogatoire', 'commercial', 'coworking')),
    start_date            DATE NOT NULL,
    end_date              DATE,
    terminated_on         DATE,
    workstations          INTEGER NOT NULL DEFAULT 0 CHECK (workstations >= 0),
    monthly_charges_cents BIGINT NOT NULL DEFAULT 0 CHECK (monthly_charges_cents >= 0),
    deposit_cents         BIGINT NOT NULL DEFAULT 0 CHECK (deposit_cents >= 0),
    notice_months         INTEGER NOT NULL DEFAULT 0 CHECK (notice_months >= 0),
    cancelled             INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    notes                 TEXT NOT NULL DEFAULT '',
    CHECK (end_date IS NULL OR start_date <= end_date),
    CHECK (terminated_on IS NULL OR start_date <= terminated_on),
    CHECK (terminated_on IS NULL OR end_date IS NULL OR terminated_on <= end_date)
);

CREATE TABLE rent_steps (
    lease_id            BIGINT NOT NULL REFERENCES leases (id) ON DELETE CASCADE,
    from_date           DATE NOT NULL,
    monthly_rent_cents  BIGINT NOT NULL CHECK (monthly_rent_cents >= 0),
    PRIMARY KEY (lease_id, from_date)
);

CREATE TABLE applications (
    id                  ${ID},
    company_id          BIGINT NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
    needed_area_m2      ${REAL} NOT NULL DEFAULT 0 CHECK (needed_area_m2 >= 0),
    needed_workstations INTEGER NOT NULL DEFAULT 0 CHECK (needed_workstations >= 0),
    wished_start        DATE,
    status              VARCHAR(16) NOT NULL CHECK (status IN ('received', 'committee', 'accepted', 'housed', 'declined')),
    committee_date      DATE,
    decision            TEXT NOT NULL DEFAULT '',
    priority            INTEGER NOT NULL DEFAULT 0,
    notes               TEXT NOT NULL DEFAULT '',
    received_on         DATE
);

CREATE INDEX offices_site ON offices (site_id);
CREATE INDEX companies_sector ON companies (sector_id);
CREATE INDEX leases_office_start ON leases (office_id, start_date);
CREATE INDEX leases_company ON leases (company_id);
CREATE INDEX applications_company ON applications (company_id);
