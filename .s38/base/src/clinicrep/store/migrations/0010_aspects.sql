-- What each review praises and blames (issue 19), and the practice's own corrections.
--
-- review_aspects is written by the analysis (with the review, or by a re-analysis) and is
-- rewritten each time. review_corrections is written only by the practice: a correction of a
-- review's sentiment ('sentiment') or of one aspect ('doctor', 'waiting' ...; 'none' when the
-- review does not speak of it after all). Every write of the analysis applies the corrections
-- after it, so a correction survives re-analysis, upgrades and later migrations, and the
-- charts, filters and reports, which read reviews.sentiment and review_aspects, count it at once.
-- (0008 and 0009 belong to changes merged beside this one.)

CREATE TABLE review_aspects (
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    aspect TEXT NOT NULL,
    polarity TEXT NOT NULL CHECK (polarity IN ('positive', 'negative')),
    words TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (review_id, aspect)
) WITHOUT ROWID;
CREATE INDEX review_aspects_by_aspect ON review_aspects(aspect, polarity, review_id);

CREATE TABLE review_corrections (
    review_id INTEGER NOT NULL REFERENCES reviews(id) ON DELETE CASCADE,
    target TEXT NOT NULL,       -- 'sentiment' or an aspect
    value TEXT NOT NULL,        -- a sentiment; for an aspect 'positive', 'negative' or 'none'
    corrected_at TEXT NOT NULL,
    PRIMARY KEY (review_id, target)
) WITHOUT ROWID;

-- The practice's learned model (analysis/learning.py): one row per language, its weights
-- as a blob. Reset deletes the rows.
CREATE TABLE learned_models (
    language TEXT PRIMARY KEY,
    trained_at TEXT NOT NULL,
    examples INTEGER NOT NULL,
    payload BLOB NOT NULL
);
