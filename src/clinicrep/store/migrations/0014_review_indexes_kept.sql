-- The twin of migrations_pg/0014, which drops two PostgreSQL indexes that repeat the first
-- columns of another. SQLite has neither copy: each of its indexes on reviews serves a query
-- of the window that misses its target without it (EXPLAIN QUERY PLAN and timings on
-- 100,000 reviews, issue 22; docs/architecture.md, "Import"), so nothing changes here.
SELECT 1;
