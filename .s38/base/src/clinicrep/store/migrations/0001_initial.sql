-- The first schema: sources, reviews and their versions, replies, events, alerts, settings,
-- and a trigram FTS5 index over author and text (finds substrings in every language,
-- Chinese included, where unicode61 treats a run of Han characters as one token).

CREATE TABLE sources (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    name             TEXT NOT NULL,
    platform         TEXT NOT NULL,
    language         TEXT NOT NULL DEFAULT '',
    settings         TEXT NOT NULL DEFAULT '{}',   -- JSON, never a secret
    enabled          INTEGER NOT NULL DEFAULT 1,
    cursor           TEXT,
    last_sync_at     TEXT,
    last_success_at  TEXT,
    last_error       TEXT,
    created_at       TEXT NOT NULL
);

CREATE TABLE reviews (
    id                 INTEGER PRIMARY KEY,
    source_id          INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    external_id        TEXT NOT NULL,
    author             TEXT NOT NULL DEFAULT '',
    rating             INTEGER CHECK (rating IS NULL OR rating BETWEEN 1 AND 5),
    recommendation     TEXT,
    title              TEXT NOT NULL DEFAULT '',
    text               TEXT NOT NULL DEFAULT '',
    translated_text    TEXT NOT NULL DEFAULT '',
    url                TEXT NOT NULL DEFAULT '',
    is_excerpt         INTEGER NOT NULL DEFAULT 0,
    language_hint      TEXT NOT NULL DEFAULT '',
    reply_target       TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT,
    fetched_at         TEXT NOT NULL,
    upstream_reply     TEXT,
    upstream_reply_at  TEXT,
    status             TEXT NOT NULL DEFAULT 'new',
    status_changed_at  TEXT,
    answered_at        TEXT,
    edited             INTEGER NOT NULL DEFAULT 0,
    missing_upstream   INTEGER NOT NULL DEFAULT 0,
    language           TEXT,
    sentiment          TEXT,
    sentiment_score    REAL,
    urgency            INTEGER NOT NULL DEFAULT 0,
    urgency_reason     TEXT NOT NULL DEFAULT '',
    analysed_at        TEXT,
    UNIQUE (source_id, external_id)
);
CREATE INDEX reviews_created ON reviews(created_at);
CREATE INDEX reviews_status_urgency ON reviews(status, urgency DESC, created_at DESC);
CREATE INDEX reviews_rating ON reviews(rating);
CREATE INDEX reviews_author ON reviews(author);
CREATE INDEX reviews_sentiment ON reviews(sentiment);

CREATE TABLE review_topics (
    review_id  INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    topic      TEXT NOT NULL,
    PRIMARY KEY (review_id, topic)
) WITHOUT ROWID;
CREATE INDEX review_topics_topic ON review_topics(topic, review_id);

CREATE TABLE review_versions (
    id           INTEGER PRIMARY KEY,
    review_id    INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    rating       INTEGER,
    text         TEXT NOT NULL,
    updated_at   TEXT,
    replaced_at  TEXT NOT NULL
);
CREATE INDEX review_versions_review ON review_versions(review_id);

CREATE TABLE replies (
    id            INTEGER PRIMARY KEY,
    review_id     INTEGER NOT NULL UNIQUE REFERENCES reviews(id) ON DELETE CASCADE,
    text          TEXT NOT NULL DEFAULT '',
    state         TEXT NOT NULL DEFAULT 'draft',
    updated_at    TEXT NOT NULL,
    published_at  TEXT,
    external_id   TEXT NOT NULL DEFAULT '',
    error         TEXT NOT NULL DEFAULT ''
);

CREATE TABLE events (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    review_id  INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    source_id  INTEGER REFERENCES sources(id) ON DELETE SET NULL,
    detail     TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX events_review ON events(review_id);
CREATE INDEX events_at ON events(at);

CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    kind             TEXT NOT NULL,
    key              TEXT NOT NULL UNIQUE,
    raised_at        TEXT NOT NULL,
    message          TEXT NOT NULL,
    review_id        INTEGER REFERENCES reviews(id) ON DELETE SET NULL,
    acknowledged_at  TEXT,
    detail           TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE settings (
    key    TEXT PRIMARY KEY,
    value  TEXT NOT NULL          -- JSON
);

CREATE VIRTUAL TABLE reviews_fts USING fts5(
    author, title, text, content='reviews', content_rowid='id', tokenize='trigram'
);
CREATE TRIGGER reviews_fts_ai AFTER INSERT ON reviews BEGIN
    INSERT INTO reviews_fts(rowid, author, title, text) VALUES (new.id, new.author, new.title, new.text);
END;
CREATE TRIGGER reviews_fts_ad AFTER DELETE ON reviews BEGIN
    INSERT INTO reviews_fts(reviews_fts, rowid, author, title, text)
        VALUES ('delete', old.id, old.author, old.title, old.text);
END;
CREATE TRIGGER reviews_fts_au AFTER UPDATE OF author, title, text ON reviews BEGIN
    INSERT INTO reviews_fts(reviews_fts, rowid, author, title, text)
        VALUES ('delete', old.id, old.author, old.title, old.text);
    INSERT INTO reviews_fts(rowid, author, title, text) VALUES (new.id, new.author, new.title, new.text);
END;
