-- The twin of migrations/0016_search_folds_diacritics.sql: the searched column holds the
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
