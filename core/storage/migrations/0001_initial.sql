-- Schema version 1: the whole data model of the register.
-- Conventions: every entity has an integer key `id` and, where files are merged or
-- re-imported, a stable `uuid`. Times are ISO 8601 UTC text. Codes (municipality,
-- postal) are text with leading zeros. Multi-valued facets are link tables.
-- `*_sort` columns hold a Finnish sort key (see core/common/finnishtext.h) so that
-- ORDER BY works with plain binary comparison and an index.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT
) WITHOUT ROWID;

-- Reference lists -----------------------------------------------------------

CREATE TABLE legal_forms (
    id         INTEGER PRIMARY KEY,
    code       TEXT NOT NULL UNIQUE,
    name_fi    TEXT NOT NULL,
    name_sv    TEXT,
    name_en    TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE sectors (
    id         INTEGER PRIMARY KEY,
    name_fi    TEXT NOT NULL UNIQUE,
    name_sv    TEXT,
    name_en    TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE themes (
    id         INTEGER PRIMARY KEY,
    name_fi    TEXT NOT NULL UNIQUE,
    name_sv    TEXT,
    name_en    TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE target_groups (
    id         INTEGER PRIMARY KEY,
    name_fi    TEXT NOT NULL UNIQUE,
    name_sv    TEXT,
    name_en    TEXT,
    sort_order INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE municipalities (
    code        TEXT PRIMARY KEY CHECK (length(code) = 3),
    name_fi     TEXT NOT NULL,
    name_sv     TEXT,
    region      TEXT NOT NULL,
    business_id TEXT,
    language    TEXT,
    home_region INTEGER NOT NULL DEFAULT 0 -- 1 for the region the register serves
) WITHOUT ROWID;

-- Codes that older files still contain, mapped to today's municipality.
CREATE TABLE municipality_aliases (
    code        TEXT PRIMARY KEY CHECK (length(code) = 3),
    name_fi     TEXT NOT NULL,
    merged_into TEXT NOT NULL REFERENCES municipalities (code),
    year        INTEGER
) WITHOUT ROWID;

-- Organisations -------------------------------------------------------------

CREATE TABLE organisations (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL CHECK (name <> ''),
    name_sort         TEXT NOT NULL,
    short_name        TEXT,
    business_id       TEXT,
    register_number   TEXT,          -- digits only; shown as 192.130
    legal_form_id     INTEGER REFERENCES legal_forms (id) ON DELETE SET NULL,
    home_municipality TEXT REFERENCES municipalities (code),
    languages         TEXT,          -- e.g. "fi, sv"
    description       TEXT,
    street_address    TEXT,
    postal_code       TEXT,
    post_office       TEXT,
    email             TEXT,
    phone             TEXT,
    website           TEXT,
    founded_year      INTEGER,
    members           INTEGER,
    volunteers        INTEGER,
    paid_staff        INTEGER,
    status            TEXT NOT NULL DEFAULT 'active'
                      CHECK (status IN ('active', 'dormant', 'dissolved')),
    contact_person_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    tags              TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    verified_at       TEXT
);
CREATE INDEX organisations_name_sort ON organisations (name_sort);
CREATE INDEX organisations_business_id ON organisations (business_id) WHERE business_id IS NOT NULL;
CREATE INDEX organisations_register_number ON organisations (register_number)
    WHERE register_number IS NOT NULL;
CREATE INDEX organisations_home_municipality ON organisations (home_municipality, name_sort);

CREATE TABLE organisation_municipalities (
    organisation_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    municipality_code TEXT NOT NULL REFERENCES municipalities (code),
    PRIMARY KEY (organisation_id, municipality_code)
) WITHOUT ROWID;
CREATE INDEX organisation_municipalities_code ON organisation_municipalities (municipality_code);

CREATE TABLE organisation_sectors (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    sector_id       INTEGER NOT NULL REFERENCES sectors (id) ON DELETE CASCADE,
    is_primary      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (organisation_id, sector_id)
) WITHOUT ROWID;
CREATE INDEX organisation_sectors_sector ON organisation_sectors (sector_id);

CREATE TABLE organisation_target_groups (
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    target_group_id INTEGER NOT NULL REFERENCES target_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (organisation_id, target_group_id)
) WITHOUT ROWID;

-- Persons -------------------------------------------------------------------

-- A contact person of an organisation, or (organisation_id NULL, municipality_code set)
-- a municipality's liaison person for organisations.
CREATE TABLE persons (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    name              TEXT NOT NULL CHECK (name <> ''),
    name_sort         TEXT NOT NULL,
    role              TEXT,
    email             TEXT,
    phone             TEXT,
    organisation_id   INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    municipality_code TEXT REFERENCES municipalities (code),
    publish_consent   INTEGER NOT NULL DEFAULT 0 CHECK (publish_consent IN (0, 1)),
    consent_date      TEXT,
    notes             TEXT,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    verified_at       TEXT
);
CREATE INDEX persons_organisation ON persons (organisation_id);
CREATE INDEX persons_municipality ON persons (municipality_code) WHERE municipality_code IS NOT NULL;
CREATE INDEX persons_name_sort ON persons (name_sort);

-- Activities ----------------------------------------------------------------

CREATE TABLE activities (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    organisation_id   INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    name              TEXT NOT NULL CHECK (name <> ''),
    name_sort         TEXT NOT NULL,
    description       TEXT,
    hyte              INTEGER NOT NULL DEFAULT 0 CHECK (hyte IN (0, 1)),
    place_type        TEXT CHECK (place_type IN ('place', 'online', 'hybrid')),
    address           TEXT,
    schedule          TEXT,
    cost              TEXT CHECK (cost IN ('free', 'paid')),
    cost_text         TEXT,
    accessibility     TEXT,
    languages         TEXT,
    how_to_join       TEXT,
    open_for_referral INTEGER NOT NULL DEFAULT 0 CHECK (open_for_referral IN (0, 1)),
    contact_person_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    verified_at       TEXT
);
CREATE INDEX activities_organisation ON activities (organisation_id);
CREATE INDEX activities_name_sort ON activities (name_sort);
CREATE INDEX activities_contact_person ON activities (contact_person_id)
    WHERE contact_person_id IS NOT NULL;

CREATE TABLE activity_themes (
    activity_id INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    theme_id    INTEGER NOT NULL REFERENCES themes (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, theme_id)
) WITHOUT ROWID;
CREATE INDEX activity_themes_theme ON activity_themes (theme_id);

CREATE TABLE activity_target_groups (
    activity_id     INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    target_group_id INTEGER NOT NULL REFERENCES target_groups (id) ON DELETE CASCADE,
    PRIMARY KEY (activity_id, target_group_id)
) WITHOUT ROWID;
CREATE INDEX activity_target_groups_group ON activity_target_groups (target_group_id);

CREATE TABLE activity_municipalities (
    activity_id       INTEGER NOT NULL REFERENCES activities (id) ON DELETE CASCADE,
    municipality_code TEXT NOT NULL REFERENCES municipalities (code),
    PRIMARY KEY (activity_id, municipality_code)
) WITHOUT ROWID;
CREATE INDEX activity_municipalities_code ON activity_municipalities (municipality_code);

-- Sector networks and the partnership table ---------------------------------

CREATE TABLE networks (
    id                    INTEGER PRIMARY KEY,
    uuid                  TEXT NOT NULL UNIQUE,
    sector_id             INTEGER NOT NULL UNIQUE REFERENCES sectors (id) ON DELETE CASCADE,
    name                  TEXT NOT NULL,
    coordinator_person_id INTEGER REFERENCES persons (id) ON DELETE SET NULL,
    notes                 TEXT,
    created_at            TEXT NOT NULL,
    updated_at            TEXT NOT NULL
);

CREATE TABLE network_members (
    network_id      INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    joined_on       TEXT,
    notes           TEXT,
    PRIMARY KEY (network_id, organisation_id)
) WITHOUT ROWID;
CREATE INDEX network_members_organisation ON network_members (organisation_id);

-- The network's representatives at the partnership table (kumppanuuspöytä).
CREATE TABLE network_representatives (
    id              INTEGER PRIMARY KEY,
    network_id      INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    person_id       INTEGER NOT NULL REFERENCES persons (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'deputy', 'chair')),
    term_start      TEXT,
    term_end        TEXT,
    notes           TEXT
);
CREATE INDEX network_representatives_network ON network_representatives (network_id);
CREATE INDEX network_representatives_person ON network_representatives (person_id);

-- Surveys -------------------------------------------------------------------

CREATE TABLE surveys (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    year        INTEGER,
    source      TEXT,
    notes       TEXT,
    imported_at TEXT,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    UNIQUE (name, year)
);

CREATE TABLE survey_questions (
    id        INTEGER PRIMARY KEY,
    survey_id INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    code      TEXT NOT NULL,
    text      TEXT NOT NULL,
    type      TEXT NOT NULL
              CHECK (type IN ('single_choice', 'multiple_choice', 'number', 'scale', 'text')),
    options   TEXT,                  -- JSON array of option labels
    UNIQUE (survey_id, code)
);

CREATE TABLE survey_responses (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    survey_id       INTEGER NOT NULL REFERENCES surveys (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE SET NULL,
    matched_by      TEXT,            -- uuid, business_id, register_number, name, manual
    respondent      TEXT,
    submitted_at    TEXT,
    raw             TEXT NOT NULL,   -- JSON object: the row as it came, header -> cell
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL
);
CREATE INDEX survey_responses_survey ON survey_responses (survey_id);
CREATE INDEX survey_responses_organisation ON survey_responses (organisation_id);

CREATE TABLE survey_answers (
    response_id INTEGER NOT NULL REFERENCES survey_responses (id) ON DELETE CASCADE,
    question_id INTEGER NOT NULL REFERENCES survey_questions (id) ON DELETE CASCADE,
    value       TEXT,                -- several choices joined by "\n"
    number      REAL,
    PRIMARY KEY (response_id, question_id)
) WITHOUT ROWID;
CREATE INDEX survey_answers_question ON survey_answers (question_id);

-- Import field mappings saved by name, offered again for a file with the same headers.
CREATE TABLE import_mappings (
    id               INTEGER PRIMARY KEY,
    name             TEXT NOT NULL UNIQUE,
    what             TEXT NOT NULL CHECK (what IN ('organisations', 'activities', 'persons')),
    header_signature TEXT NOT NULL,  -- normalised headers joined by "\n"
    mapping          TEXT NOT NULL,  -- JSON object: header -> field key
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL
);
CREATE INDEX import_mappings_signature ON import_mappings (header_signature);

-- Full-text search ----------------------------------------------------------

-- One row per organisation (rowid = organisations.id). unicode61 folds case for all
-- letters (Ä = ä) and keeps diacritics (ä ≠ a, as Finnish readers expect). The prefix
-- indexes make search-as-you-type prefix queries fast. Kept in step by
-- core/search/searchindex.cpp after every write.
CREATE VIRTUAL TABLE organisation_search USING fts5 (
    name, short_name, ids, places, sectors, activities, text,
    tokenize = "unicode61 remove_diacritics 0",
    prefix = '1 2 3'
);
