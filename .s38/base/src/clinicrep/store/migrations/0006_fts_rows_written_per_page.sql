-- New reviews reach the search index from store/reviews.py (upsert_reviews): one statement per
-- page, in the page's transaction, with the rows in rowid order. The trigger it replaces ran once
-- per inserted review, and FTS5 writes out its pending terms at every statement that touches
-- it, so each review became a tiny index segment to merge later (a 100,000-row import spent
-- most of its time there). Edits and deletes keep their triggers (0001, 0003): they are rare.
DROP TRIGGER reviews_fts_ai;
