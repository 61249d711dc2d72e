-- Every index on reviews costs each imported or synced review a b-tree insert. Two of the
-- baseline's (0011) only repeat the first columns of another index, which serves every
-- query they served (EXPLAIN on 100,000 reviews, issue 22):
-- reviews_source (source_id): a source's reviews, the dedup look-ups and a source's removal
-- read the unique index on (source_id, external_id);
-- reviews_created (created_at): the date range of charts, reports and the overdue count, and
-- the oldest review, read reviews_sort_created (created_at NULLS FIRST, id); created_at is
-- never NULL, so the two orders are one.
DROP INDEX IF EXISTS reviews_source;
DROP INDEX IF EXISTS reviews_created;
