-- Source ids are never reused: secrets live in the keyring under "source:<id>", so a new
-- source that got a removed one's id could read its token. AUTOINCREMENT needs the table
-- rebuilt (SQLite's documented procedure: new table, copy, drop, rename; the runner turns
-- foreign keys off around a migration and checks them before it commits, so dropping the
-- old table cascades into nothing). Also: when the last complete scan of each source ended
-- (the "last full check" the Sources dialog, `clinicrep sync` and `monitor status` show).

CREATE TABLE sources_0008 (
    id                 INTEGER PRIMARY KEY AUTOINCREMENT,
    kind               TEXT NOT NULL,
    name               TEXT NOT NULL,
    platform           TEXT NOT NULL,
    language           TEXT NOT NULL DEFAULT '',
    settings           TEXT NOT NULL DEFAULT '{}',   -- JSON, never a secret
    enabled            INTEGER NOT NULL DEFAULT 1,
    cursor             TEXT,
    last_sync_at       TEXT,
    last_success_at    TEXT,
    last_error         TEXT,
    created_at         TEXT NOT NULL,
    last_full_scan_at  TEXT
);

INSERT INTO sources_0008 (id, kind, name, platform, language, settings, enabled, cursor,
                     last_sync_at, last_success_at, last_error, created_at)
    SELECT id, kind, name, platform, language, settings, enabled, cursor,
           last_sync_at, last_success_at, last_error, created_at
    FROM sources;

DROP TABLE sources;
ALTER TABLE sources_0008 RENAME TO sources;

-- Ids already handed out stay taken: the highest one so far, kept or removed (an event of a
-- removed source lost its source_id, so the reviews' and events' ids are the best we know).
INSERT INTO sqlite_sequence (name, seq)
    SELECT 'sources', 0 WHERE NOT EXISTS (SELECT 1 FROM sqlite_sequence WHERE name = 'sources');
UPDATE sqlite_sequence
    SET seq = max(seq,
                  coalesce((SELECT max(id) FROM sources), 0),
                  coalesce((SELECT max(source_id) FROM reviews), 0),
                  coalesce((SELECT max(source_id) FROM events), 0))
    WHERE name = 'sources';
