-- The twin of migrations/0015_open_reviews_by_urgency.sql: the open reviews in the opening
-- view's order (urgency, then newest, then id, as store.inbox sorts; NULLS FIRST as the
-- other sort indexes, read backwards for the descending view). The inbox writes the
-- statuses literally (inbox.WAITING_SQL), so the planner proves this WHERE from the query's
-- own whatever plan it caches.
CREATE INDEX reviews_open_urgency ON reviews (
    urgency NULLS FIRST, created_at NULLS FIRST, id NULLS FIRST
) WHERE status IN ('new', 'in_progress', 'escalated');
