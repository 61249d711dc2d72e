-- Several PCs on one store (issue 20): who is writing a reply to a review, and who synced.
--
-- One row per review that someone is answering right now. The window that writes the reply
-- renews expires_at by a heartbeat while the review stays open in its editor and deletes the
-- row when it moves on or closes; a window that crashed leaves the row to expire. Publishing
-- refuses while another window's row has not expired (store.replies.begin_sending).
CREATE TABLE reply_presence (
    review_id   INTEGER PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    session     TEXT NOT NULL,   -- one window of one PC (random): its own claim is its own
    who         TEXT NOT NULL,   -- the PC's name (clinicrep.workstation), shown to the others
    started_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);
CREATE INDEX reply_presence_session ON reply_presence(session);

-- Each sync of the practice: who ran it, when, and how it ended (the inbox shows the last).
CREATE TABLE sync_runs (
    id           INTEGER PRIMARY KEY,
    who          TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    outcome      TEXT NOT NULL DEFAULT ''   -- ok | failed | cancelled; '' while it runs
);
CREATE INDEX sync_runs_finished ON sync_runs(finished_at);
CREATE INDEX sync_runs_started ON sync_runs(started_at);
