-- Folding PostgreSQL's search column (session 14, branch left17): the walk16 failure was the
-- test cluster's asynchronous commits, not the fold. A new number, not 0016, so that a shared
-- server that already ran 0016's words-only version gets it too.
-- The twin of migrations/0017_search_folds_diacritics_pg.sql (words only there). The searched column holds the
-- author, title and text lower-cased and folded as search_forms.fold folds them (Polish
-- letters without their diacritics, ё as е), and store.inbox folds the search words the same
-- way, so that "zaparkowac" finds "zaparkować" and "еще" finds "ещё". A generated column's
-- expression cannot be changed in place before PostgreSQL 17: the column (and its trigram
-- index, dropped with it) is made again.
ALTER TABLE reviews DROP COLUMN search_text;
ALTER TABLE reviews ADD COLUMN search_text text GENERATED ALWAYS AS (
    translate(
        lower(author || E'\n' || title || E'\n' || text),
        'ąćęłńóśźżё',
        'acelnoszzе'
    )) STORED;
CREATE INDEX reviews_search ON reviews USING gin (search_text gin_trgm_ops);
