-- E-mails waiting to go out (crisis alerts, daily digests, stale-monitoring warnings).
--
-- A row is written once per key (an alert's key, a digest's day, a stale episode), so an alert
-- raised twice is mailed once; it stays until the mail server accepted it (sent_at), so a
-- server that is down delays the message and never loses it. Rows held for the daily digest
-- have digest = 1 and are sent inside the digest, which sets their sent_at too.

CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    key              TEXT NOT NULL UNIQUE,
    kind             TEXT NOT NULL,            -- alert | digest | stale
    subject          TEXT NOT NULL,
    body             TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    digest           INTEGER NOT NULL DEFAULT 0,
    attempts         INTEGER NOT NULL DEFAULT 0,
    last_attempt_at  TEXT,
    last_error       TEXT,                     -- an exception class name, never a secret
    sent_at          TEXT,
    sent_in          TEXT                      -- the digest's key, for rows sent inside one
);
CREATE INDEX outbox_pending ON outbox(sent_at, digest);
