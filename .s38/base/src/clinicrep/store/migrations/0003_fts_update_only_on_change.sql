-- Re-fetching or re-importing a review rewrites its row; the search index needs a change
-- only when the author, title or text really changed (a re-import of 100,000 rows spent most
-- of its time here).
DROP TRIGGER reviews_fts_au;
CREATE TRIGGER reviews_fts_au AFTER UPDATE OF author, title, text ON reviews
WHEN old.author IS NOT new.author OR old.title IS NOT new.title OR old.text IS NOT new.text
BEGIN
    INSERT INTO reviews_fts(reviews_fts, rowid, author, title, text)
        VALUES ('delete', old.id, old.author, old.title, old.text);
    INSERT INTO reviews_fts(rowid, author, title, text) VALUES (new.id, new.author, new.title, new.text);
END;
