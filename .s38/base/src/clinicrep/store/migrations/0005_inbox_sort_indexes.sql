-- The inbox sorts 100,000 reviews by any column in well under 100 ms: every sort key gets
-- an index ending in created_at, so that the ids come out of the index in display order
-- (ties newest first) without reading a table row or sorting. Two keys lived in other
-- tables (platform in sources, topics in review_topics): each review keeps a copy, written
-- by the store with the row (store/reviews.py) and with a source's platform (store/sources.py).

ALTER TABLE reviews ADD COLUMN platform TEXT NOT NULL DEFAULT '';
ALTER TABLE reviews ADD COLUMN first_topic TEXT;  -- min(topic): what the Topics column sorts by

UPDATE reviews SET platform = (SELECT s.platform FROM sources s WHERE s.id = reviews.source_id);
UPDATE reviews SET first_topic = (
    SELECT min(t.topic) FROM review_topics t WHERE t.review_id = reviews.id
);

-- replaced by the sort indexes below (same leading column, created_at added)
DROP INDEX reviews_rating;
DROP INDEX reviews_author;

CREATE INDEX reviews_sort_platform ON reviews(platform, created_at);
CREATE INDEX reviews_sort_rating ON reviews(rating, created_at);
CREATE INDEX reviews_sort_author ON reviews(author COLLATE NOCASE, created_at);
CREATE INDEX reviews_sort_text ON reviews(substr(text, 1, 40) COLLATE NOCASE, created_at);
CREATE INDEX reviews_sort_sentiment ON reviews(sentiment_score, created_at);
CREATE INDEX reviews_sort_topic ON reviews(first_topic, created_at);
CREATE INDEX reviews_sort_urgency ON reviews(urgency, created_at);
CREATE INDEX reviews_sort_status ON reviews(status, created_at);
CREATE INDEX reviews_sort_time_left ON reviews(
    CASE WHEN status IN ('new', 'in_progress', 'escalated') THEN 0 ELSE 1 END, created_at
);
