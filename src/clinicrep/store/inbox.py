"""The inbox query: filters, full-text search and sort, answered with ordered ids.

Like Anki's browser table, a query returns only the ordered review ids; the table
model then reads the rows it draws, a page at a time (``reviews_by_ids``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from clinicrep.model import (
    OPEN_STATUSES,
    Aspect,
    Platform,
    Sentiment,
    Status,
    Topic,
    utc_now,
)
from clinicrep.store.db import Database, iso

# what the user can sort by -> SQL expression (ties newest first, then by id). Each has an
# index (migration 0005) ending in created_at, so the ids come out of it already in order:
# sorting 100,000 reviews reads no table row. The text sorts by its first 40 characters.
SORT_KEYS: dict[str, tuple[str, ...]] = {
    "platform": ("r.platform",),
    "rating": ("r.rating",),
    "created": ("r.created_at",),
    "author": ("r.author COLLATE NOCASE",),
    "text": ("substr(r.text, 1, 40) COLLATE NOCASE",),
    "sentiment": ("r.sentiment_score",),
    "topics": ("r.first_topic",),
    "urgency": ("r.urgency",),
    "status": ("r.status",),
    # time left to answer runs out in creation order; answered ones after the open ones
    "time_left": (
        "CASE WHEN status IN ('new', 'in_progress', 'escalated') THEN 0 ELSE 1 END",
        "r.created_at",
    ),
}

_FTS_MIN = 3  # the trigram tokenizer needs three characters
_WORD = re.compile(r"\S+")


@dataclass(slots=True)
class ReviewQuery:
    """What the inbox shows. Empty collections mean "any"."""

    statuses: tuple[Status, ...] = ()
    platforms: tuple[Platform, ...] = ()
    source_ids: tuple[int, ...] = ()
    ratings: tuple[int, ...] = ()  # 1..5; 0 stands for "no rating"
    sentiments: tuple[Sentiment, ...] = ()
    topics: tuple[Topic, ...] = ()
    aspects: tuple[tuple[Aspect, Sentiment | None], ...] = ()  # praised/blamed (None: either)
    overdue_after_hours: int | None = None  # only open reviews older than this
    created_from: datetime | None = None
    created_to: datetime | None = None  # exclusive
    search: str = ""
    sort: str = "urgency"
    descending: bool = True
    include_missing: bool = True
    review_ids: tuple[int, ...] = field(default=())  # chart click-through

    @classmethod
    def needs_attention(cls) -> ReviewQuery:
        """The default view: what is still open, most urgent first."""
        return cls(statuses=OPEN_STATUSES, sort="urgency", descending=True)


def _search_clause(text: str) -> tuple[list[str], list[object]]:
    clauses: list[str] = []
    params: list[object] = []
    long_words = []
    for word in _WORD.findall(text):
        if len(word) >= _FTS_MIN:
            long_words.append('"' + word.replace('"', '""') + '"')
        else:
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append(
                "(r.text LIKE ? ESCAPE '\\' OR r.author LIKE ? ESCAPE '\\'"
                " OR r.title LIKE ? ESCAPE '\\')"
            )
            params.extend([f"%{escaped}%"] * 3)
    if long_words:
        clauses.insert(0, "r.id IN (SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH ?)")
        params.insert(0, " AND ".join(long_words))
    return clauses, params


def _where(query: ReviewQuery, now: datetime) -> tuple[str, list[object]]:
    clauses: list[str] = []
    params: list[object] = []

    def any_of(column: str, values: tuple) -> None:
        if values:
            clauses.append(f"{column} IN ({','.join('?' * len(values))})")
            params.extend(values)

    any_of("r.status", tuple(s.value for s in query.statuses))
    any_of("r.platform", tuple(p.value for p in query.platforms))
    any_of("r.source_id", query.source_ids)
    any_of("r.sentiment", tuple(s.value for s in query.sentiments))
    any_of("r.id", query.review_ids)
    if query.ratings:
        stars = tuple(r for r in query.ratings if r)
        parts = []
        if stars:
            parts.append(f"r.rating IN ({','.join('?' * len(stars))})")
            params.extend(stars)
        if 0 in query.ratings:
            parts.append("r.rating IS NULL")
        clauses.append("(" + " OR ".join(parts) + ")")
    if query.topics:
        marks = ",".join("?" * len(query.topics))
        clauses.append(f"r.id IN (SELECT review_id FROM review_topics WHERE topic IN ({marks}))")
        params.extend(t.value for t in query.topics)
    for aspect, polarity in query.aspects:
        clauses.append(
            "r.id IN (SELECT review_id FROM review_aspects WHERE aspect = ?"
            + (" AND polarity = ?)" if polarity is not None else ")")
        )
        params.extend((aspect.value, polarity.value) if polarity is not None else (aspect.value,))
    if query.overdue_after_hours is not None:
        clauses.append("r.status IN ('new','in_progress','escalated') AND r.created_at < ?")
        params.append(iso(now - timedelta(hours=query.overdue_after_hours)))
    if query.created_from:
        clauses.append("r.created_at >= ?")
        params.append(iso(query.created_from))
    if query.created_to:
        clauses.append("r.created_at < ?")
        params.append(iso(query.created_to))
    if not query.include_missing:
        clauses.append("r.missing_upstream = 0")
    if query.search.strip():
        search_clauses, search_params = _search_clause(query.search.strip())
        clauses.extend(search_clauses)
        params.extend(search_params)
    where = " WHERE " + " AND ".join(clauses) if clauses else ""
    return where, params


def review_ids(db: Database, query: ReviewQuery, *, now: datetime | None = None) -> list[int]:
    """The ids of the reviews the query selects, in display order."""
    where, params = _where(query, now or utc_now())
    key = SORT_KEYS.get(query.sort, SORT_KEYS["created"])
    direction = "DESC" if query.descending else "ASC"
    parts = list(key)
    if query.statuses and set(query.statuses) != set(Status):
        # A status filter ("needs attention": about a tenth of a busy store) is served best by
        # the status index and a small sort; left alone, the planner walks the whole sort
        # index to avoid sorting and looks up every row's status (measured 160 ms -> 12 ms on
        # 100,000 reviews). The unary + keeps the sort index out of the plan.
        parts[0] = f"+{parts[0]}"
    order = ", ".join(f"{part} {direction}" for part in parts)
    # Ties run the same way as the key, so that ascending is exactly descending reversed
    # (clicking a header twice flips the list) and both directions read the sort index
    # (migration 0005) forwards or backwards: mixed directions made SQLite sort 100,000
    # rows itself (ascending sorts 107-147 ms -> the descending figures, about 65 ms).
    ties = (
        f"r.id {direction}"
        if key[-1] == "r.created_at"
        else f"r.created_at {direction}, r.id {direction}"
    )
    # One row holding every id as JSON: 100,000 ids arrive several times faster than as
    # 100,000 rows. The aggregate takes the subquery's rows in its ORDER BY order (a
    # subquery with ORDER BY under an aggregate is never flattened into it).
    sql = (
        f"SELECT json_group_array(id) FROM (SELECT r.id AS id FROM reviews r{where}"
        f" ORDER BY {order}, {ties})"
    )
    row = db.execute(sql, params).fetchone()
    return json.loads(row[0]) if row and row[0] else []


def count_by_status(db: Database) -> dict[Status, int]:
    counts = {status: 0 for status in Status}
    for status, n in db.fetchall("SELECT status, count(*) FROM reviews GROUP BY status"):
        counts[Status(status)] = n
    return counts


def count_overdue(db: Database, hours: int, *, now: datetime | None = None) -> int:
    since = iso((now or utc_now()) - timedelta(hours=hours))
    return int(
        db.execute(
            "SELECT count(*) FROM reviews WHERE status IN ('new','in_progress','escalated')"
            " AND created_at < ?",
            (since,),
        ).fetchone()[0]
    )


def first_review_at(db: Database) -> datetime | None:
    """When the oldest review was written (the start of "all time" in charts)."""
    from clinicrep.store.db import from_iso

    row = db.execute("SELECT min(created_at) FROM reviews").fetchone()
    return from_iso(row[0]) if row and row[0] else None
