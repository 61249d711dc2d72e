-- Several PCs on one store (issue 20), PostgreSQL: the twin of migrations/0013_live.sql, plus
-- the change notifications the other PCs LISTEN to (store/live.py, ui/live_updates.py).
CREATE TABLE reply_presence (
    review_id   BIGINT PRIMARY KEY REFERENCES reviews(id) ON DELETE CASCADE,
    session     TEXT NOT NULL,
    who         TEXT NOT NULL,
    started_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
);

CREATE TABLE sync_runs (
    id           BIGSERIAL PRIMARY KEY,
    who          TEXT NOT NULL,
    started_at   TEXT NOT NULL,
    finished_at  TEXT,
    outcome      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_runs_finished ON sync_runs(finished_at);

-- One notification per statement (not per row: a page of a sync is one), sent when the
-- transaction commits, on the channel clinicrep_changes: {"t": what, "ids": [review ids]}, or
-- "ids": null when they are too many for a payload (the listeners re-read everything).
CREATE FUNCTION clinicrep_announce(what TEXT, ids BIGINT[]) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
    IF what <> 'sync' AND (ids IS NULL OR cardinality(ids) = 0) THEN
        RETURN;
    END IF;
    IF ids IS NOT NULL AND cardinality(ids) > 500 THEN
        ids := NULL;
    END IF;
    PERFORM pg_notify('clinicrep_changes', json_build_object('t', what, 'ids', ids)::text);
END
$$;

-- reviews: new ones, deleted ones, and changes a person sees (not a sync's fetched_at)
CREATE FUNCTION clinicrep_reviews_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(n.id) INTO ids FROM new_rows n;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(o.id) INTO ids FROM old_rows o;
    ELSE
        SELECT array_agg(n.id) INTO ids
          FROM new_rows n JOIN old_rows o ON o.id = n.id
         WHERE (n.status, n.answered_at, n.text, n.rating, n.upstream_reply, n.edited,
                n.missing_upstream, n.sentiment, n.urgency, n.author, n.title)
               IS DISTINCT FROM
               (o.status, o.answered_at, o.text, o.rating, o.upstream_reply, o.edited,
                o.missing_upstream, o.sentiment, o.urgency, o.author, o.title);
    END IF;
    PERFORM clinicrep_announce('reviews', ids);
    RETURN NULL;
END
$$;

CREATE TRIGGER reviews_announce_insert AFTER INSERT ON reviews
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_reviews_changed();
CREATE TRIGGER reviews_announce_update AFTER UPDATE ON reviews
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_reviews_changed();
CREATE TRIGGER reviews_announce_delete AFTER DELETE ON reviews
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_reviews_changed();

-- replies and presence: by review id ('replies' / 'presence')
CREATE FUNCTION clinicrep_review_rows_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
    ids BIGINT[];
    what TEXT := CASE TG_TABLE_NAME WHEN 'reply_presence' THEN 'presence' ELSE TG_TABLE_NAME END;
BEGIN
    IF TG_OP = 'DELETE' THEN
        SELECT array_agg(DISTINCT o.review_id) INTO ids FROM old_rows o;
    ELSE
        SELECT array_agg(DISTINCT n.review_id) INTO ids FROM new_rows n;
    END IF;
    PERFORM clinicrep_announce(what, ids);
    RETURN NULL;
END
$$;

CREATE TRIGGER replies_announce_insert AFTER INSERT ON replies
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_review_rows_changed();
CREATE TRIGGER replies_announce_update AFTER UPDATE ON replies
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_review_rows_changed();
CREATE TRIGGER presence_announce_insert AFTER INSERT ON reply_presence
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_review_rows_changed();
CREATE TRIGGER presence_announce_delete AFTER DELETE ON reply_presence
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_review_rows_changed();

-- a sync started or ended somewhere: the others show who synced last
CREATE FUNCTION clinicrep_sync_changed() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM clinicrep_announce('sync', NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER sync_runs_announce AFTER INSERT OR UPDATE ON sync_runs
    FOR EACH STATEMENT EXECUTE FUNCTION clinicrep_sync_changed();
