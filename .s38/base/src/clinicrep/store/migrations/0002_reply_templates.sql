-- Reply templates the user edited, added or deleted, and the text that is live on the platform.
--
-- The bundled templates stay in resources/templates/<language>.toml; a row here either replaces
-- one of them (default_key set), hides one (deleted = 1), or is the user's own (default_key NULL).
-- "Restore defaults" deletes the rows with a default_key and keeps the user's own templates.

CREATE TABLE reply_templates (
    id           INTEGER PRIMARY KEY,
    language     TEXT NOT NULL,
    kind         TEXT NOT NULL,
    name         TEXT NOT NULL,
    text         TEXT NOT NULL,
    default_key  TEXT,
    deleted      INTEGER NOT NULL DEFAULT 0,
    updated_at   TEXT NOT NULL,
    UNIQUE (language, default_key)
);
CREATE INDEX reply_templates_language ON reply_templates(language, kind);

-- replies.text is what the user is working on; published_text is what the platform shows, so
-- editing a published reply never loses it and "publish again" knows it replaces something.
ALTER TABLE replies ADD COLUMN published_text TEXT NOT NULL DEFAULT '';
CREATE INDEX replies_state ON replies(state);
