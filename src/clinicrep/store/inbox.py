"""The inbox query: filters, full-text search and sort, answered with ordered ids.

Like Anki's browser table, a query returns only the ordered review ids; the table
model then reads the rows it draws, a page at a time (``reviews_by_ids``).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import datetime

from clinicrep.model import (
    OPEN_STATUSES,
    AnswerClock,
    Aspect,
    Platform,
    Sentiment,
    Status,
    Topic,
    utc_now,
)
from clinicrep.search_forms import stem_search_word
from clinicrep.store.db import Database, iso

# The statuses whose answer clock runs (model.OPEN_STATUSES), as SQL. Written exactly as
# in migration 0005's index on the time-left sort, which SQLite matches by its text.
WAITING_SQL = "(" + ", ".join(f"'{s.value}'" for s in OPEN_STATUSES) + ")"

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
        f"CASE WHEN status IN {WAITING_SQL} THEN 0 ELSE 1 END",
        "r.created_at",
    ),
}

_FTS_MIN = 3  # the trigram tokenizer needs three characters
_SEARCHED = ("r.text", "r.author", "r.title")
_INLINE_TERMS = 240  # instr() calls written into the query; SQLite's depth limit is 1,000
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
    overdue: AnswerClock | None = None  # only open reviews past this clock's limit
    aspects: tuple[tuple[Aspect, Sentiment | None], ...] = ()  # praised/blamed (None: either)
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


def _case_variants(word: str) -> list[str]:
    """Every way a short word may be written in upper and lower case ("те": те, тЕ, Те,
    ТЕ): SQLite's own LIKE and lower() fold ASCII letters only."""
    variants = [""]
    for char in word:
        forms = dict.fromkeys((char, char.lower(), char.upper()))
        variants = [v + form for v in variants for form in forms]
    return variants


def _search_clause(text: str) -> tuple[list[str], list[object]]:
    """Every word must occur in the author, title or text, whatever its case.

    Words of three characters or more go to the trigram index in one MATCH. Shorter ones
    (which the index cannot look up) are found with instr() on each case variant; past a
    budget the rest are one clause however many there are (a JSON list walked by
    json_each). A clause per word made a query of 1,000 short words exceed SQLite's
    expression depth ("Something went wrong").
    """
    clauses: list[str] = []
    params: list[object] = []
    long_words: dict[str, str] = {}
    short_words: dict[str, str] = {}
    for word in _WORD.findall(text):
        key = word.casefold()
        if len(word) >= _FTS_MIN:
            # the stem, searched as a substring: "парковки" finds "парковка" (search_forms)
            stem = stem_search_word(word)
            long_words.setdefault(stem.casefold(), '"' + stem.replace('"', '""') + '"')
        else:
            short_words.setdefault(key, word)
    if long_words:
        clauses.append("r.id IN (SELECT rowid FROM reviews_fts WHERE reviews_fts MATCH ?)")
        params.append(" AND ".join(long_words.values()))
    # The first words inline (as fast as LIKE); past a budget that keeps the expression
    # shallow, the rest in one JSON clause (slower per row, but it sees only the rows the
    # inline words left).
    budget = _INLINE_TERMS
    rest: list[list[str]] = []
    for word in short_words.values():
        # LIKE folds ASCII itself: one pattern, one pass (instr() over four case variants
        # reads the text four times); other alphabets need their variants
        variants = [word] if word.isascii() else _case_variants(word)
        terms = len(variants) * len(_SEARCHED)
        if terms > budget:
            rest.append(_case_variants(word))
            continue
        budget -= terms
        if word.isascii():
            escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            clauses.append("(" + " OR ".join(f"{c} LIKE ? ESCAPE '\\'" for c in _SEARCHED) + ")")
            params.extend([f"%{escaped}%"] * len(_SEARCHED))
            continue
        clauses.append(
            "(" + " OR ".join(f"instr({c}, ?)" for _v in variants for c in _SEARCHED) + ")"
        )
        params.extend(v for v in variants for _c in _SEARCHED)
    if rest:
        found_in = " OR ".join(f"instr({c}, form.value)" for c in _SEARCHED)
        clauses.append(
            "NOT EXISTS (SELECT 1 FROM json_each(?) AS word WHERE NOT EXISTS ("
            f"SELECT 1 FROM json_each(word.value) AS form WHERE {found_in}))"
        )
        params.append(json.dumps(rest, ensure_ascii=False))
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
    if query.overdue is not None:
        clauses.append(f"r.status IN {WAITING_SQL} AND r.created_at < ?")
        params.append(iso(query.overdue.overdue_if_created_before(now)))
    for aspect, polarity in query.aspects:
        clauses.append(
            "r.id IN (SELECT review_id FROM review_aspects WHERE aspect = ?"
            + (" AND polarity = ?)" if polarity is not None else ")")
        )
        params.extend((aspect.value, polarity.value) if polarity is not None else (aspect.value,))
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


def count_overdue(db: Database, clock: AnswerClock, *, now: datetime | None = None) -> int:
    since = iso(clock.overdue_if_created_before(now or utc_now()))
    return int(
        db.execute(
            f"SELECT count(*) FROM reviews WHERE status IN {WAITING_SQL} AND created_at < ?",
            (since,),
        ).fetchone()[0]
    )


def first_review_at(db: Database) -> datetime | None:
    """When the oldest review was written (the start of "all time" in charts)."""
    from clinicrep.store.db import from_iso

    row = db.execute("SELECT min(created_at) FROM reviews").fetchone()
    return from_iso(row[0]) if row and row[0] else None
