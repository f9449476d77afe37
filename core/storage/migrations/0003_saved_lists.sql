-- Saved list definitions ("Jyväskylän terveysasemat"): the choices of a printable list, kept
-- in the register and run again against the register as it is on the day. `kind` names the
-- list ("health-station"); `definition` is a JSON object of its choices.
CREATE TABLE saved_lists (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    kind       TEXT NOT NULL,
    name       TEXT NOT NULL CHECK (name <> ''),
    definition TEXT NOT NULL,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    UNIQUE (kind, name)
);
