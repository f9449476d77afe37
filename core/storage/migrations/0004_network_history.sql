-- Network history: a membership is a period with a role, so that leaving a network sets a
-- date instead of deleting the row, and the network "as it stood on a date" can be shown and
-- printed. An organisation that leaves and joins again has two rows; at most one of them is
-- open (left_on NULL). A member on day D: joined_on <= D (or unknown) and D < left_on (or
-- none). Representatives already carry role and term (0001); a liaison person's "last
-- checked" date is persons.verified_at.
--
-- SQLite cannot add a primary key to a table, so the table is rebuilt; nothing refers to it.
CREATE TABLE network_members_v4 (
    id              INTEGER PRIMARY KEY,
    network_id      INTEGER NOT NULL REFERENCES networks (id) ON DELETE CASCADE,
    organisation_id INTEGER NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
    role            TEXT NOT NULL DEFAULT 'member' CHECK (role IN ('member', 'coordinator')),
    joined_on       TEXT,
    left_on         TEXT,
    notes           TEXT,
    CHECK (joined_on IS NULL OR left_on IS NULL OR joined_on <= left_on)
);
INSERT INTO network_members_v4 (network_id, organisation_id, joined_on, notes)
    SELECT network_id, organisation_id, joined_on, notes FROM network_members;
DROP TABLE network_members;
ALTER TABLE network_members_v4 RENAME TO network_members;
CREATE INDEX network_members_network ON network_members (network_id, organisation_id);
CREATE INDEX network_members_organisation ON network_members (organisation_id);
CREATE UNIQUE INDEX network_members_open ON network_members (network_id, organisation_id)
    WHERE left_on IS NULL;
