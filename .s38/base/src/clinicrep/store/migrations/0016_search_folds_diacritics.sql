-- Polish is often typed without its diacritics ("zaparkowac", "zle") and Russian without ё
-- ("еще"): the trigram index (0001) now holds the author, title and text folded
-- (search_forms.fold, registered on every connection as clinicrep_fold: "źle" -> "zle",
-- letter for letter), and store.inbox folds the search words the same way, so that a word
-- typed without diacritics finds its forms with and without them. The index holds what no
-- table holds, so it is contentless (content=''): FTS5's integrity-check then checks the
-- index itself, where an external content table compared it with the texts as written.
-- Every insert and 'delete' passes the folded values: store.dialect.index_new_reviews, the
-- triggers below, store.move's rebuild. No query reads its columns, only rowids.

DROP TRIGGER reviews_fts_ad;
DROP TRIGGER reviews_fts_au;
DROP TABLE reviews_fts;

CREATE VIRTUAL TABLE reviews_fts USING fts5(
    author, title, text, content = '', tokenize = 'trigram'
);

INSERT INTO reviews_fts (rowid, author, title, text)
    SELECT id, clinicrep_fold(author), clinicrep_fold(title), clinicrep_fold(text)
    FROM reviews ORDER BY id;

CREATE TRIGGER reviews_fts_ad AFTER DELETE ON reviews BEGIN
    INSERT INTO reviews_fts (reviews_fts, rowid, author, title, text) VALUES (
        'delete', old.id, clinicrep_fold(old.author), clinicrep_fold(old.title),
        clinicrep_fold(old.text)
    );
END;

CREATE TRIGGER reviews_fts_au AFTER UPDATE OF author, title, text ON reviews
WHEN old.author IS NOT new.author OR old.title IS NOT new.title OR old.text IS NOT new.text
BEGIN
    INSERT INTO reviews_fts (reviews_fts, rowid, author, title, text) VALUES (
        'delete', old.id, clinicrep_fold(old.author), clinicrep_fold(old.title),
        clinicrep_fold(old.text)
    );
    INSERT INTO reviews_fts (rowid, author, title, text) VALUES (
        new.id, clinicrep_fold(new.author), clinicrep_fold(new.title), clinicrep_fold(new.text)
    );
END;
