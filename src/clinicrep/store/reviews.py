"""Reviews: upsert by (source, external id), earlier versions, status, analysis results."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from operator import attrgetter, itemgetter

from clinicrep.model import (
    ANALYSED_FIELDS,
    Analysis,
    AnalysisValues,
    Platform,
    Review,
    ReviewVersion,
    Sentiment,
    Status,
    Topic,
    UpsertResult,
    utc_now,
)
from clinicrep.search_forms import cjk_chars
from clinicrep.store import dialect
from clinicrep.store.aspects import write_aspects
from clinicrep.store.db import Database, from_iso, iso
from clinicrep.store.inbox import WAITING_SQL


def review_columns(db: Database) -> str:
    """The columns ``row_to_review`` reads (topics joined by commas, in either dialect)."""
    return _REVIEW_COLUMNS.format(topics=dialect.group_concat(db, "topic"))


_REVIEW_COLUMNS = (
    "r.id, r.source_id, r.external_id, r.author, r.rating, r.recommendation, r.title, r.text,"
    " r.translated_text, r.url, r.is_excerpt, r.language_hint, r.reply_target, r.created_at,"
    " r.updated_at, r.fetched_at, r.upstream_reply, r.upstream_reply_at, r.status,"
    " r.answered_at, r.edited, r.missing_upstream, r.language, r.sentiment, r.sentiment_score,"
    " r.urgency, r.urgency_reason, r.analysed_at, s.platform,"
    " (SELECT {topics} FROM review_topics t WHERE t.review_id = r.id)"
)
REVIEW_FROM = "reviews r JOIN sources s ON s.id = r.source_id"


# enum members by stored value: a dict look-up, where Enum(value) costs 3 us (the inbox reads
# 64-200 rows at a time: a tenth of a millisecond per page)
_STATUS = {s.value: s for s in Status}
_SENTIMENT = {s.value: s for s in Sentiment}
_TOPIC = {t.value: t for t in Topic}
_PLATFORM = {p.value: p for p in Platform}


def row_to_review(row: Sequence) -> Review:
    (
        id_, source_id, external_id, author, rating, recommendation, title, text,
        translated, url, is_excerpt, language_hint, reply_target, created_at,
        updated_at, fetched_at, upstream_reply, upstream_reply_at, status,
        answered_at, edited, missing, language, sentiment, score,
        urgency, urgency_reason, analysed_at, platform, topics,
    ) = row  # fmt: skip
    analysis = None
    if analysed_at:
        analysis = Analysis(
            language=language or "",
            sentiment=_SENTIMENT[sentiment] if sentiment else Sentiment.NEUTRAL,
            sentiment_score=score or 0.0,
            topics=tuple(_TOPIC[t] for t in sorted(topics.split(","))) if topics else (),
            urgency=urgency,
            urgency_reason=urgency_reason,
        )
    return Review(
        id=id_,
        source_id=source_id,
        external_id=external_id,
        author=author,
        rating=rating,
        recommendation=recommendation,
        title=title,
        text=text,
        translated_text=translated,
        url=url,
        is_excerpt=bool(is_excerpt),
        language_hint=language_hint,
        reply_target=reply_target,
        created_at=from_iso(created_at) or utc_now(),
        updated_at=from_iso(updated_at),
        fetched_at=from_iso(fetched_at),
        upstream_reply=upstream_reply,
        upstream_reply_at=from_iso(upstream_reply_at),
        status=_STATUS[status],
        answered_at=from_iso(answered_at),
        edited=bool(edited),
        missing_upstream=bool(missing),
        analysis=analysis,
        platform=_PLATFORM[platform],
    )


# The columns an upsert writes from what the platform (or file) says, in ``_as_stored`` order.
_STORED_COLUMNS = (
    "author, rating, recommendation, title, text, translated_text, url, is_excerpt,"
    " language_hint, reply_target, updated_at, upstream_reply, upstream_reply_at"
)
_RATING, _TEXT, _UPSTREAM_REPLY = 1, 4, 11  # positions in _STORED_COLUMNS


def _as_stored(review: Review) -> tuple[object, ...]:
    """The review's values for ``_STORED_COLUMNS``, as the store keeps them."""
    return (
        review.author,
        review.rating,
        review.recommendation,
        review.title,
        review.text,
        review.translated_text,
        review.url,
        int(review.is_excerpt),
        review.language_hint,
        review.reply_target,
        iso(review.updated_at),
        review.upstream_reply,
        iso(review.upstream_reply_at),
    )


@dataclass(slots=True)
class _Known:
    """A review already in the store, or stored earlier in the same page."""

    id: int
    # values of _STORED_COLUMNS; None for a review just inserted: those of the Review
    # inserted, worked out only if the page holds it twice (most never are)
    stored: tuple[object, ...] | None
    status: str
    missing_upstream: bool


def _by_source(reviews: list[Review]) -> dict[int, str]:
    """Each source's external ids among ``reviews`` as a JSON array (for ``json_each``)."""
    wanted: dict[int, dict[str, None]] = {}
    for review in reviews:
        wanted.setdefault(review.source_id, {})[review.external_id] = None
    return {source_id: json.dumps(list(ids)) for source_id, ids in wanted.items()}


def _known_reviews(db: Database, reviews: list[Review]) -> dict[tuple[int, str], _Known]:
    """Those of ``reviews`` already stored, by (source, external id): one query per source."""
    known: dict[tuple[int, str], _Known] = {}
    for source_id, external_ids in _by_source(reviews).items():
        rows = db.execute(
            f"SELECT external_id, id, status, missing_upstream, {_STORED_COLUMNS} FROM reviews"
            f" WHERE {dialect.source_external_ids(db)}",
            (source_id, external_ids),
        )
        for external_id, id_, status, missing, *stored in rows:
            known[(source_id, external_id)] = _Known(id_, tuple(stored), status, bool(missing))
    return known


def _ids(db: Database, reviews: list[Review]) -> dict[tuple[int, str], int]:
    """The ids of stored reviews by (source, external id)."""
    ids: dict[tuple[int, str], int] = {}
    for source_id, external_ids in _by_source(reviews).items():
        rows = db.execute(
            f"SELECT external_id, id FROM reviews WHERE {dialect.source_external_ids(db)}",
            (source_id, external_ids),
        )
        for external_id, id_ in rows:
            ids[(source_id, external_id)] = id_
    return ids


def analyses_kept(db: Database, reviews: list[Review], rules: str) -> list[bool]:
    """For each of ``reviews``, whether the store holds it with what the analysis reads of
    it unchanged (``ANALYSED_FIELDS``), analysed by ``rules``: analysed again it would get
    the analysis it has, so an import of a file stored before keeps that (and the
    practice's corrections over it) and analyses only its new and changed rows. One query
    per source, as ``_known_reviews``."""
    inputs = attrgetter(*ANALYSED_FIELDS)
    stored: dict[tuple[int, str], tuple[object, ...]] = {}
    for source_id, external_ids in _by_source(reviews).items():
        rows = db.execute(
            f"SELECT external_id, {', '.join(ANALYSED_FIELDS)} FROM reviews"
            f" WHERE {dialect.source_external_ids(db)}"
            " AND analysed_at IS NOT NULL AND analysed_with = ?",
            (source_id, external_ids, rules),
        )
        for external_id, *values in rows:
            stored[(source_id, external_id)] = tuple(values)
    return [stored.get((r.source_id, r.external_id)) == inputs(r) for r in reviews]


def source_holds_reviews(db: Database, source_id: int) -> bool:
    """Whether the store holds any review of the source (its first import: none)."""
    return bool(db.fetchall("SELECT 1 FROM reviews WHERE source_id = ? LIMIT 1", (source_id,)))


def _first_new_id(
    db: Database, rows: list[tuple], last_id: int | None, inserted: int
) -> int | None:
    """The id SQLite gave the first of ``rows``, just inserted after the largest id
    ``last_id``, the others following one after another, in order: when every row went in
    and the largest id is now ``last_id`` plus their number (SQLite gives a new row the
    largest id plus one while there is room); None when that cannot be told (PostgreSQL),
    and the ids are then looked up (100,000 rows: 0.19 s of CPU)."""
    if last_id is None or inserted != len(rows):  # a row already there (never on SQLite)
        return None
    if db.fetchall("SELECT max(id) FROM reviews")[0][0] != last_id + len(rows):
        return None
    return last_id + 1


def _pg_first_new_id(db: Database, rows: list[tuple], inserted: int) -> int | None:
    """The id PostgreSQL gave the first of ``rows``, just inserted, the others following one
    after another, in order: when every row went in and the last one's id is the first one's
    plus their number less one. The identity column gives each row the sequence's next value
    as it is inserted, in the rows' order, so their ids only grow: n growing ids from the
    first to the last with room for n between them are those. Another PC's rows inserted
    meanwhile take ids between them (then the ids are looked up one by one, as before). Two
    look-ups instead of one per row (100,000 rows by 5,000: 0.29 s of the server's CPU)."""
    if not rows or inserted != len(rows):
        return None
    first_row, last_row = rows[0], rows[-1]
    first, last = db.fetchall(
        "SELECT (SELECT id FROM reviews WHERE source_id = ? AND external_id = ?),"
        " (SELECT id FROM reviews WHERE source_id = ? AND external_id = ?)",
        (first_row[0], first_row[1], last_row[0], last_row[1]),
    )[0]
    if first is None or last is None or last - first != len(rows) - 1:
        return None
    return int(first)


def upsert_reviews(
    db: Database,
    reviews: Iterable[Review],
    *,
    now: datetime | None = None,
    analyses: Sequence[AnalysisValues | None] | None = None,
) -> UpsertResult:
    """Store one page of fetched reviews in one transaction.

    The same (source, external id) twice is one row. A changed text or rating keeps the
    earlier version and flags the review "edited". A reply the platform already shows
    marks an open review answered. A review seen again is no longer "missing upstream".
    New reviews are written first, all at once, with their search index entries; then
    the ones already stored are updated. Pages of thousands are fine (an import uses 5,000).
    ``analyses``: the reviews' analyses as values, in their order, in place of each one's
    ``analysis`` (an import's, as the analysis workers hand them back; None: none).
    """
    now = now or utc_now()
    reviews = list(reviews)
    if analyses is None:
        analyses = [
            AnalysisValues.of(r.analysis) if r.analysis is not None else None for r in reviews
        ]
    result = UpsertResult()
    with db.transaction():
        known = _known_reviews(db, reviews)
        new: dict[tuple[int, str], int] = {}  # the first of each review not yet stored
        for i, review in enumerate(reviews):
            key = (review.source_id, review.external_id)
            if key not in known and key not in new:
                new[key] = i
        if new:
            known.update(
                _insert(
                    db, [reviews[i] for i in new.values()], [analyses[i] for i in new.values()], now
                )
            )
        seen_again: list[int] = []  # stored exactly so: only fetched_at changes
        analysed: list[tuple[int, AnalysisValues]] = []
        for i, review in enumerate(reviews):
            key = (review.source_id, review.external_id)
            old = known[key]
            review.id = old.id
            first = new.get(key)
            if first == i:
                result.inserted += 1
                result.inserted_ids.append(old.id)
                continue
            before = old.stored
            if before is None:  # a second copy of a review inserted above: as inserted
                assert first is not None
                before = old.stored = _as_stored(reviews[first])
            stored = _as_stored(review)
            changed = before[_TEXT] != review.text or before[_RATING] != review.rating
            if stored == before and not old.missing_upstream:
                seen_again.append(old.id)
            else:
                _update(db, old.id, review, changed, now)
                if review.upstream_reply and not before[_UPSTREAM_REPLY]:
                    old.status = _mark_answered_by_upstream(db, old.id, review, old.status)
                old.stored, old.missing_upstream = stored, False  # for a second copy in the page
            values = analyses[i]
            if values is not None:
                analysed.append((old.id, values))
            if changed:
                result.updated += 1
                result.updated_ids.append(old.id)
            else:
                result.unchanged += 1
        if seen_again:
            db.execute(
                f"UPDATE reviews SET fetched_at = ? WHERE id IN ({dialect.json_ids(db)})",
                (iso(now), json.dumps(seen_again)),
            )
        _write_analyses(db, analysed, now)
    return result


def _insert(
    db: Database,
    reviews: list[Review],
    analyses: list[AnalysisValues | None],
    now: datetime,
) -> dict[tuple[int, str], _Known]:
    """Insert new reviews (each once) with their analyses (``analyses``, in their order),
    topics and search index entries; what the store now holds for them."""
    fetched_at = iso(now)
    # each source's platform, copied into its rows (a sub-select per row cost more)
    platforms: dict[int, str | None] = {}
    for source_id in {r.source_id for r in reviews}:
        found_platform = db.fetchall("SELECT platform FROM sources WHERE id = ?", (source_id,))
        platforms[source_id] = found_platform[0][0] if found_platform else None
    rows = []
    statuses: list[str] = []
    for review, values in zip(reviews, analyses, strict=True):
        status = review.status
        answered_at = review.answered_at
        if review.upstream_reply and status in (Status.NEW, Status.IN_PROGRESS):
            status = Status.ANSWERED
            answered_at = review.upstream_reply_at or now
        status_value = status._value_  # an enum's .value is a Python property: 2 us a read
        statuses.append(status_value)
        # written with the row, not by a second UPDATE: most analysis columns are indexed
        analysed: tuple[object, ...] = (None, None, None, 0, "", None, None, None)
        if values is not None:
            analysed = (
                values.language,
                values.sentiment,
                values.sentiment_score,
                values.urgency,
                values.urgency_reason,
                fetched_at,
                # the Topics column sorts by this copy of min(topic) (an index; no subquery)
                min(values.topics) if values.topics else None,
                values.rules or None,
            )
        rows.append(
            (
                review.source_id,
                review.external_id,
                review.author,
                review.rating,
                review.recommendation,
                review.title,
                review.text,
                review.translated_text,
                review.url,
                int(review.is_excerpt),
                review.language_hint,
                review.reply_target,
                iso(review.created_at),
                iso(review.updated_at),
                fetched_at,
                review.upstream_reply,
                iso(review.upstream_reply_at),
                status_value,
                iso(answered_at),
                *analysed,
                platforms[review.source_id],
            )
        )
    # in date order (a stable sort: file order among equal times, which the inbox keeps): the
    # sort indexes all end in created_at, and neighbouring rows then land on the same pages;
    # the reviews (and their statuses) put in the same order, so that the n-th of them is
    # the n-th row inserted: its id is known without a look-up, and what is written after
    # the rows (the search indexes, topics and aspects) comes in id order without a sort
    created = list(map(itemgetter(12), rows))
    order = sorted(range(len(rows)), key=lambda i: created[i])
    rows = [rows[i] for i in order]
    reviews = [reviews[i] for i in order]
    analyses = [analyses[i] for i in order]
    statuses = [statuses[i] for i in order]
    sqlite = not dialect.is_pg(db)
    last_id = (db.fetchall("SELECT max(id) FROM reviews")[0][0] or 0) if sqlite else None
    cursor = db.executemany(
        "INSERT INTO reviews (source_id, external_id, author, rating, recommendation, title,"
        " text, translated_text, url, is_excerpt, language_hint, reply_target, created_at,"
        " updated_at, fetched_at, upstream_reply, upstream_reply_at, status, answered_at,"
        " language, sentiment, sentiment_score, urgency, urgency_reason, analysed_at,"
        " first_topic, analysed_with, platform)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " ?, ?, ?)"
        # another PC's import of the same review may commit first (a shared store): its row
        # stands, and the ids below find it (SQLite's write lock never lets that happen)
        " ON CONFLICT (source_id, external_id) DO NOTHING",
        rows,
    )
    first_id = (
        _first_new_id(db, rows, last_id, cursor.rowcount)
        if sqlite
        else _pg_first_new_id(db, rows, cursor.rowcount)
    )
    in_id_order = first_id is not None
    ids: Sequence[int]
    if first_id is not None:
        ids = range(first_id, first_id + len(rows))
    else:
        looked_up = _ids(db, reviews)
        ids = [looked_up[(r.source_id, r.external_id)] for r in reviews]
    found: dict[tuple[int, str], _Known] = {
        (review.source_id, review.external_id): _Known(id_, None, status_value, False)
        for id_, review, status_value in zip(ids, reviews, statuses, strict=True)
    }
    if sqlite:
        # The search indexes take the whole page, in rowid order (migration 0006 says why),
        # from the values just inserted
        searched = [(id_, r.author, r.title, r.text) for id_, r in zip(ids, reviews, strict=True)]
        if not in_id_order:
            searched.sort()
        cjk = [
            (id_, chars)
            for id_, author, title, text in searched
            if (chars := cjk_chars(author, title, text))
        ]
        dialect.index_new_reviews(db, searched, cjk)
    # each (review, topic) once: a plain INSERT (OR IGNORE cost twice as much)
    # in key order (the table's primary key is (review_id, topic)): the rows then go onto
    # the b-tree's last page one after another instead of all over it
    db.executemany(
        "INSERT INTO review_topics (review_id, topic) VALUES (?, ?)",
        sorted(
            dict.fromkeys(
                (id_, topic)
                for id_, values in zip(ids, analyses, strict=True)
                if values is not None
                for topic in values.topics
            )
        ),
    )
    write_aspects(
        db,
        [
            (id_, values)
            for id_, values in zip(ids, analyses, strict=True)
            if values is not None and values.aspects
        ],
        just_inserted=True,
    )
    return found


def _update(db: Database, review_id: int, review: Review, changed: bool, now: datetime) -> None:
    if changed:
        db.execute(
            "INSERT INTO review_versions (review_id, rating, text, updated_at, replaced_at)"
            " SELECT id, rating, text, updated_at, ? FROM reviews WHERE id = ?",
            (iso(now), review_id),
        )
    db.execute(
        "UPDATE reviews SET author = ?, rating = ?, recommendation = ?, title = ?,"
        " text = ?, translated_text = ?, url = ?, is_excerpt = ?, language_hint = ?,"
        " reply_target = ?, updated_at = ?, fetched_at = ?, upstream_reply = ?,"
        " upstream_reply_at = ?, missing_upstream = 0,"
        " edited = CASE WHEN ? <> 0 THEN 1 ELSE edited END,"
        " analysed_at = CASE WHEN ? <> 0 THEN NULL ELSE analysed_at END"
        " WHERE id = ?",
        (
            review.author,
            review.rating,
            review.recommendation,
            review.title,
            review.text,
            review.translated_text,
            review.url,
            int(review.is_excerpt),
            review.language_hint,
            review.reply_target,
            iso(review.updated_at),
            iso(now),
            review.upstream_reply,
            iso(review.upstream_reply_at),
            int(changed),
            int(changed),
            review_id,
        ),
    )


def _mark_answered_by_upstream(db: Database, review_id: int, review: Review, status: str) -> str:
    """Mark an open review answered because the platform shows a reply; its status after."""
    if Status(status) not in (Status.NEW, Status.IN_PROGRESS, Status.ESCALATED):
        return status
    answered = iso(review.upstream_reply_at or utc_now())
    db.execute(
        "UPDATE reviews SET status = 'answered', answered_at = COALESCE(answered_at, ?),"
        " status_changed_at = ? WHERE id = ?",
        (answered, answered, review_id),
    )
    return Status.ANSWERED.value


def mark_missing_upstream(db: Database, source_id: int, seen_external_ids: set[str]) -> int:
    """After a full scan: flag (never delete) the reviews the platform no longer lists."""
    with db.transaction():
        rows = db.execute(
            "SELECT id, external_id FROM reviews WHERE source_id = ? AND missing_upstream = 0",
            (source_id,),
        ).fetchall()
        gone = [id_ for id_, ext in rows if ext not in seen_external_ids]
        db.executemany("UPDATE reviews SET missing_upstream = 1 WHERE id = ?", [(i,) for i in gone])
    return len(gone)


def get_review(db: Database, review_id: int) -> Review | None:
    row = db.execute(
        f"SELECT {review_columns(db)} FROM {REVIEW_FROM} WHERE r.id = ?", (review_id,)
    ).fetchone()
    return row_to_review(row) if row else None


def get_review_by_external_id(db: Database, source_id: int, external_id: str) -> Review | None:
    row = db.execute(
        f"SELECT {review_columns(db)} FROM {REVIEW_FROM}"
        " WHERE r.source_id = ? AND r.external_id = ?",
        (source_id, external_id),
    ).fetchone()
    return row_to_review(row) if row else None


def reviews_by_ids(db: Database, ids: Sequence[int]) -> list[Review]:
    """The reviews with these ids, in the order given (missing ids are skipped)."""
    rows = review_rows_by_ids(db, ids)
    return [row_to_review(rows[i]) for i in ids if i in rows]


def review_rows_by_ids(db: Database, ids: Sequence[int]) -> dict[int, Sequence]:
    """The rows of the reviews with these ids, as read, by id (missing ids are left out):
    ``row_to_review`` makes a review of one. For a reader that makes reviews only of the
    rows it shows (the inbox reads a first screen of 64 and paints 12-16 of them)."""
    found: dict[int, Sequence] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        test, params = dialect.id_in(db, "r.id", chunk)
        for row in db.fetchall(
            f"SELECT {review_columns(db)} FROM {REVIEW_FROM} WHERE {test}", params
        ):
            found[row[0]] = row
    return found


def review_versions(db: Database, review_id: int) -> list[ReviewVersion]:
    rows = db.execute(
        "SELECT review_id, rating, text, updated_at, replaced_at FROM review_versions"
        " WHERE review_id = ? ORDER BY id",
        (review_id,),
    ).fetchall()
    return [
        ReviewVersion(
            review_id=r[0],
            rating=r[1],
            text=r[2],
            updated_at=from_iso(r[3]),
            replaced_at=from_iso(r[4]) or utc_now(),
        )
        for r in rows
    ]


def set_status(
    db: Database, review_id: int, status: Status, *, note: str = "", at: datetime | None = None
) -> None:
    """Change a review's workflow status and log it, in one transaction.

    A review set back to new or in progress is no longer answered: it loses its answer time,
    so that the monthly figures count what the inbox shows.
    """
    when = at or utc_now()
    with db.transaction():
        row = db.execute("SELECT status FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None or row[0] == status.value:
            return
        db.execute(
            "UPDATE reviews SET status = ?, status_changed_at = ?,"
            " answered_at = CASE WHEN ? = 'answered' THEN COALESCE(answered_at, ?)"
            f" WHEN ? IN {WAITING_SQL} THEN NULL ELSE answered_at END WHERE id = ?",
            (status.value, iso(when), status.value, iso(when), status.value, review_id),
        )
        db.execute(
            "INSERT INTO events (at, kind, review_id, detail) VALUES (?, 'status_changed', ?, ?)",
            (
                iso(when),
                review_id,
                json.dumps({"from": row[0], "to": status.value, "note": note}, ensure_ascii=False),
            ),
        )


@dataclass(frozen=True)
class StatusSnapshot:
    """A review's workflow state before a change: what an Undo puts back."""

    review_id: int
    status: Status
    status_changed_at: str | None
    answered_at: str | None


def status_snapshot(db: Database, review_id: int) -> StatusSnapshot | None:
    row = db.execute(
        "SELECT status, status_changed_at, answered_at FROM reviews WHERE id = ?", (review_id,)
    ).fetchone()
    if row is None:
        return None
    return StatusSnapshot(review_id, Status(row[0]), row[1], row[2])


def restore_status(db: Database, snapshot: StatusSnapshot) -> None:
    """Undo a status change: the status and its times as they were, and an event saying so."""
    with db.transaction():
        row = db.execute(
            "SELECT status FROM reviews WHERE id = ?", (snapshot.review_id,)
        ).fetchone()
        if row is None:
            return
        db.execute(
            "UPDATE reviews SET status = ?, status_changed_at = ?, answered_at = ? WHERE id = ?",
            (
                snapshot.status.value,
                snapshot.status_changed_at,
                snapshot.answered_at,
                snapshot.review_id,
            ),
        )
        db.execute(
            "INSERT INTO events (at, kind, review_id, detail) VALUES (?, 'status_undone', ?, ?)",
            (
                iso(utc_now()),
                snapshot.review_id,
                json.dumps({"from": row[0], "to": snapshot.status.value}),
            ),
        )


def mark_imported_history(db: Database, older_than_days: int) -> int:
    """Reviews from files that were written more than ``older_than_days`` before they were
    imported, and never touched since, become "imported history" (not an emergency).

    The import's own date is when the store first saw the review (``fetched_at``), so an
    export of last year's reviews is history while this week's rows of it stay new.
    """
    with db.transaction():
        changed = db.execute(
            "UPDATE reviews SET status = 'imported_history', status_changed_at = fetched_at"
            " WHERE status = 'new' AND upstream_reply IS NULL"
            " AND source_id IN (SELECT id FROM sources WHERE kind = 'csv')"
            f" AND {dialect.days_between(db, 'created_at', 'fetched_at')} > ?",
            (float(older_than_days),),
        ).rowcount
        if changed:
            db.execute(
                "INSERT INTO events (at, kind, detail) VALUES (?, 'imported_history', ?)",
                (iso(utc_now()), json.dumps({"count": changed, "days": older_than_days})),
            )
    return int(changed)


def save_analyses(db: Database, results: Iterable[tuple[int, Analysis]]) -> int:
    """Store analysis results (e.g. after ``clinicrep reanalyse``), in one transaction."""
    items = [(review_id, AnalysisValues.of(analysis)) for review_id, analysis in results]
    with db.transaction():
        _write_analyses(db, items, utc_now())
    return len(items)


def _analysed_values(values: AnalysisValues) -> tuple[object, ...]:
    """What a review's row keeps of its analysis (but the time), in ``_write_analyses``'
    order: language, sentiment, score, urgency, reason, first topic, rules."""
    return (
        values.language,
        values.sentiment,
        values.sentiment_score,
        values.urgency,
        values.urgency_reason,
        # the Topics column sorts by this copy of min(topic) (an index; no subquery)
        min(values.topics, default=None),
        values.rules or None,
    )


def _write_analyses(db: Database, items: list[tuple[int, AnalysisValues]], now: datetime) -> None:
    if not items:
        return
    analysed_at = iso(now)
    # A review analysed again with the same result keeps its row (and analysed_at): a row
    # written is a new row version for every index on PostgreSQL, the trigram index too
    # (an import of 6,200 known reviews: 8.7 s of rewrites for nothing).
    analysed = "language, sentiment, sentiment_score, urgency, urgency_reason, first_topic,"
    analysed += " analysed_with"
    db.executemany(
        "UPDATE reviews SET language = ?, sentiment = ?, sentiment_score = ?, urgency = ?,"
        " urgency_reason = ?, analysed_at = ?, first_topic = ?, analysed_with = ? WHERE id = ?"
        f" AND (analysed_at IS NULL OR ({analysed}) {dialect.is_distinct(db)}"
        " (?, ?, ?, ?, ?, ?, ?))",
        [
            (
                *values[:5],
                analysed_at,
                *values[5:],
                review_id,
                *values,
            )
            for review_id, analysed in items
            for values in [_analysed_values(analysed)]
        ],
    )
    db.executemany(
        "DELETE FROM review_topics WHERE review_id = ?", [(review_id,) for review_id, _ in items]
    )
    db.executemany(
        "INSERT INTO review_topics (review_id, topic) VALUES (?, ?)",
        dict.fromkeys((review_id, topic) for review_id, values in items for topic in values.topics),
    )
    write_aspects(db, items)


def iter_all_reviews(db: Database, batch: int = 2000) -> Iterable[list[Review]]:
    """Every review in id order, in batches (``reviews_to_analyse`` without the rules filter)."""
    last = 0
    while reviews := reviews_to_analyse(db, None, after=last, limit=batch):
        last = reviews[-1].id or last
        yield reviews


# Reviews the given rules did not analyse: never analysed, an older version's analysis, or
# (for an edited review) an analysis of its earlier text, which the store clears.
_TO_ANALYSE = "(r.analysed_at IS NULL OR r.analysed_with IS NULL OR r.analysed_with != ?)"


def reviews_to_analyse(
    db: Database, stale_for: str | None, *, after: int = 0, limit: int = 500
) -> list[Review]:
    """The next reviews in id order after ``after``: every one, or with ``stale_for`` (a rules
    version) only those that version did not analyse."""
    where = "r.id > ?"
    params: list[object] = [after]
    if stale_for is not None:
        where += f" AND {_TO_ANALYSE}"
        params.append(stale_for)
    rows = db.execute(
        f"SELECT {review_columns(db)} FROM {REVIEW_FROM} WHERE {where} ORDER BY r.id LIMIT ?",
        (*params, limit),
    ).fetchall()
    return [row_to_review(r) for r in rows]


def count_reviews_to_analyse(db: Database, stale_for: str | None) -> int:
    """How many ``reviews_to_analyse`` would return in all."""
    if stale_for is None:
        return count_reviews(db)
    row = db.execute(f"SELECT count(*) FROM reviews r WHERE {_TO_ANALYSE}", (stale_for,))
    return int(row.fetchone()[0])


def count_reviews(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM reviews").fetchone()[0])
