-- The window's opening view, "needs attention" (the open statuses, most urgent first, then
-- newest: store.inbox), in display order. Without it the first screen of a search on that
-- view read the open reviews through the status index and sorted them, or walked the whole
-- urgency index testing each row's status: a word's first screen missed the GUI thread's
-- 8 ms budget (issue 22; "parking" 9.7 ms at 100,000 reviews). Only the open reviews (a
-- tenth of a busy store) are in it, so an import pays a b-tree insert for those alone.
-- The query names the statuses exactly as written here (inbox.WAITING_SQL): SQLite uses a
-- partial index only for a WHERE that contains its own.
CREATE INDEX reviews_open_urgency ON reviews(urgency, created_at)
    WHERE status IN ('new', 'in_progress', 'escalated');
