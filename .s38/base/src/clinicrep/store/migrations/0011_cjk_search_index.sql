-- Chinese, Japanese and Korean words of one or two characters (most Chinese words: 停车,
-- 医生) are shorter than the trigram index (0001) can look up; a scan found them in 120-180 ms
-- on 100,000 reviews. reviews_cjk holds each review's CJK characters one per token
-- (search_forms.cjk_chars, registered on every connection as clinicrep_cjk_chars: "停 车 场"),
-- so a short word is a phrase query ('"停 车"') answered from the index. Reviews without CJK
-- text have no row. New reviews are added by upsert_reviews with the trigram rows, in the same
-- transaction; the triggers keep edits and deletes in step.

CREATE VIRTUAL TABLE reviews_cjk USING fts5(chars, tokenize = 'unicode61');

INSERT INTO reviews_cjk (rowid, chars)
    SELECT id, chars FROM (
        SELECT id, clinicrep_cjk_chars(author, title, text) AS chars FROM reviews ORDER BY id
    ) WHERE chars IS NOT NULL;

CREATE TRIGGER reviews_cjk_ad AFTER DELETE ON reviews BEGIN
    DELETE FROM reviews_cjk WHERE rowid = old.id;
END;

CREATE TRIGGER reviews_cjk_au AFTER UPDATE OF author, title, text ON reviews
WHEN old.author IS NOT new.author OR old.title IS NOT new.title OR old.text IS NOT new.text
BEGIN
    DELETE FROM reviews_cjk WHERE rowid = old.id;
    INSERT INTO reviews_cjk (rowid, chars)
        SELECT new.id, chars FROM (SELECT clinicrep_cjk_chars(new.author, new.title, new.text) AS chars)
        WHERE chars IS NOT NULL;
END;

-- No query reads reviews_sentiment (0001): the sentiment filter and the charts walk the date
-- and sort indexes (EXPLAIN QUERY PLAN on 100,000 reviews, issue 22), and every stored review
-- paid for keeping it.
DROP INDEX reviews_sentiment;
