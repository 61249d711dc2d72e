-- Locations (issue 20): a practice with several locations names them and assigns each source
-- to one; the inbox, the charts and the monthly report can show one location or the whole
-- practice. A source with no location counts for the whole practice only.
--
-- Approval (issue 20, a setting): a reply written on a receptionist's PC waits for the
-- owner's approval before it is published. The state belongs to the reply: '' (no approval
-- asked), 'waiting', 'returned' (sent back with a comment), 'approved'. Who asked and who
-- decided are the workstations' names (clinicrep.workstation); every step is also an event.

CREATE TABLE locations (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    name        TEXT NOT NULL,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX locations_name ON locations(name COLLATE NOCASE);

ALTER TABLE sources ADD COLUMN location_id INTEGER REFERENCES locations(id) ON DELETE SET NULL;
CREATE INDEX sources_location ON sources(location_id);

ALTER TABLE replies ADD COLUMN approval TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN approval_asked_by TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN approval_decided_by TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN approval_comment TEXT NOT NULL DEFAULT '';
ALTER TABLE replies ADD COLUMN approval_at TEXT;
-- the owner's "Waiting for approval" list and count, and the inbox's marks, read only the
-- few replies in the approval's hands (queries say "approval != ''" to use it)
CREATE INDEX replies_approval ON replies(approval, review_id) WHERE approval != '';
