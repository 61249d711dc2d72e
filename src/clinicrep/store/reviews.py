"""Reviews: upsert by (source, external id), earlier versions, status, analysis results."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime

from clinicrep.model import (
    Analysis,
    Platform,
    Review,
    ReviewVersion,
    Sentiment,
    Status,
    Topic,
    UpsertResult,
    utc_now,
)
from clinicrep.store.db import Database, from_iso, iso

REVIEW_COLUMNS = (
    "r.id, r.source_id, r.external_id, r.author, r.rating, r.recommendation, r.title, r.text,"
    " r.translated_text, r.url, r.is_excerpt, r.language_hint, r.reply_target, r.created_at,"
    " r.updated_at, r.fetched_at, r.upstream_reply, r.upstream_reply_at, r.status,"
    " r.answered_at, r.edited, r.missing_upstream, r.language, r.sentiment, r.sentiment_score,"
    " r.urgency, r.urgency_reason, r.analysed_at, s.platform,"
    " (SELECT group_concat(topic) FROM review_topics t WHERE t.review_id = r.id)"
)
REVIEW_FROM = "reviews r JOIN sources s ON s.id = r.source_id"


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
            sentiment=Sentiment(sentiment or "neutral"),
            sentiment_score=score or 0.0,
            topics=tuple(Topic(t) for t in sorted((topics or "").split(",")) if t),
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
        status=Status(status),
        answered_at=from_iso(answered_at),
        edited=bool(edited),
        missing_upstream=bool(missing),
        analysis=analysis,
        platform=Platform(platform),
    )


def upsert_reviews(
    db: Database, reviews: Iterable[Review], *, now: datetime | None = None
) -> UpsertResult:
    """Store one page of fetched reviews in one transaction.

    The same (source, external id) twice is one row. A changed text or rating keeps the
    earlier version and flags the review "edited". A reply the platform already shows
    marks an open review answered. A review seen again is no longer "missing upstream".
    """
    now = now or utc_now()
    result = UpsertResult()
    with db.transaction():
        for review in reviews:
            row = db.execute(
                "SELECT id, text, rating, status, upstream_reply FROM reviews"
                " WHERE source_id = ? AND external_id = ?",
                (review.source_id, review.external_id),
            ).fetchone()
            if row is None:
                review_id = _insert(db, review, now)
                result.inserted += 1
                result.inserted_ids.append(review_id)
                review.id = review_id
                continue
            review_id, old_text, old_rating, status, old_reply = row
            review.id = review_id
            changed = old_text != review.text or old_rating != review.rating
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
                " edited = edited OR ?,"
                " analysed_at = CASE WHEN ? THEN NULL ELSE analysed_at END"
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
            if review.upstream_reply and not old_reply:
                _mark_answered_by_upstream(db, review_id, review, status)
            if review.analysis is not None:
                _write_analysis(db, review_id, review.analysis, now)
            if changed:
                result.updated += 1
                result.updated_ids.append(review_id)
            else:
                result.unchanged += 1
    return result


def _insert(db: Database, review: Review, now: datetime) -> int:
    status = review.status
    answered_at = review.answered_at
    if review.upstream_reply and status in (Status.NEW, Status.IN_PROGRESS):
        status = Status.ANSWERED
        answered_at = review.upstream_reply_at or now
    cur = db.execute(
        "INSERT INTO reviews (source_id, external_id, author, rating, recommendation, title,"
        " text, translated_text, url, is_excerpt, language_hint, reply_target, created_at,"
        " updated_at, fetched_at, upstream_reply, upstream_reply_at, status, answered_at,"
        " platform)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
        " (SELECT platform FROM sources WHERE id = ?))",
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
            iso(now),
            review.upstream_reply,
            iso(review.upstream_reply_at),
            status.value,
            iso(answered_at),
            review.source_id,
        ),
    )
    review_id = int(cur.lastrowid or 0)
    if review.analysis is not None:
        _write_analysis(db, review_id, review.analysis, now)
    return review_id


def _mark_answered_by_upstream(db: Database, review_id: int, review: Review, status: str) -> None:
    if Status(status) not in (Status.NEW, Status.IN_PROGRESS, Status.ESCALATED):
        return
    answered = iso(review.upstream_reply_at or utc_now())
    db.execute(
        "UPDATE reviews SET status = 'answered', answered_at = COALESCE(answered_at, ?),"
        " status_changed_at = ? WHERE id = ?",
        (answered, answered, review_id),
    )


def mark_missing_upstream(db: Database, source_id: int, seen_external_ids: set[str]) -> int:
    """After a full scan: flag (never delete) the reviews the platform no longer lists."""
    with db.transaction():
        rows = db.execute(
            "SELECT id, external_id FROM reviews WHERE source_id = ? AND missing_upstream = 0",
            (source_id,),
        ).fetchall()
        gone = [id_ for id_, ext in rows if ext not in seen_external_ids]
        db.conn.executemany(
            "UPDATE reviews SET missing_upstream = 1 WHERE id = ?", [(i,) for i in gone]
        )
    return len(gone)


def get_review(db: Database, review_id: int) -> Review | None:
    row = db.execute(
        f"SELECT {REVIEW_COLUMNS} FROM {REVIEW_FROM} WHERE r.id = ?", (review_id,)
    ).fetchone()
    return row_to_review(row) if row else None


def get_review_by_external_id(db: Database, source_id: int, external_id: str) -> Review | None:
    row = db.execute(
        f"SELECT {REVIEW_COLUMNS} FROM {REVIEW_FROM} WHERE r.source_id = ? AND r.external_id = ?",
        (source_id, external_id),
    ).fetchone()
    return row_to_review(row) if row else None


def reviews_by_ids(db: Database, ids: Sequence[int]) -> list[Review]:
    """The reviews with these ids, in the order given (missing ids are skipped)."""
    found: dict[int, Review] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        for row in db.execute(
            f"SELECT {REVIEW_COLUMNS} FROM {REVIEW_FROM} WHERE r.id IN ({marks})", chunk
        ):
            review = row_to_review(row)
            found[review.id or 0] = review
    return [found[i] for i in ids if i in found]


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
    """Change a review's workflow status and log it, in one transaction."""
    when = at or utc_now()
    with db.transaction():
        row = db.execute("SELECT status FROM reviews WHERE id = ?", (review_id,)).fetchone()
        if row is None or row[0] == status.value:
            return
        db.execute(
            "UPDATE reviews SET status = ?, status_changed_at = ?,"
            " answered_at = CASE WHEN ? = 'answered' THEN COALESCE(answered_at, ?)"
            " ELSE answered_at END WHERE id = ?",
            (status.value, iso(when), status.value, iso(when), review_id),
        )
        db.execute(
            "INSERT INTO events (at, kind, review_id, detail) VALUES (?, 'status_changed', ?, ?)",
            (
                iso(when),
                review_id,
                json.dumps({"from": row[0], "to": status.value, "note": note}, ensure_ascii=False),
            ),
        )


def save_analyses(db: Database, results: Iterable[tuple[int, Analysis]]) -> int:
    """Store analysis results (e.g. after ``clinicrep reanalyse``), in one transaction."""
    now = utc_now()
    count = 0
    with db.transaction():
        for review_id, analysis in results:
            _write_analysis(db, review_id, analysis, now)
            count += 1
    return count


def _write_analysis(db: Database, review_id: int, analysis: Analysis, now: datetime) -> None:
    db.execute(
        "UPDATE reviews SET language = ?, sentiment = ?, sentiment_score = ?, urgency = ?,"
        " urgency_reason = ?, analysed_at = ?, first_topic = ? WHERE id = ?",
        (
            analysis.language,
            analysis.sentiment.value,
            analysis.sentiment_score,
            analysis.urgency,
            analysis.urgency_reason,
            iso(now),
            # the Topics column sorts by this copy of min(topic) (an index; no subquery per row)
            min((t.value for t in analysis.topics), default=None),
            review_id,
        ),
    )
    db.execute("DELETE FROM review_topics WHERE review_id = ?", (review_id,))
    db.conn.executemany(
        "INSERT OR IGNORE INTO review_topics (review_id, topic) VALUES (?, ?)",
        [(review_id, t.value) for t in analysis.topics],
    )


def iter_all_reviews(db: Database, batch: int = 2000) -> Iterable[list[Review]]:
    """Every review in id order, in batches (for re-analysis and exports)."""
    last = 0
    while True:
        rows = db.execute(
            f"SELECT {REVIEW_COLUMNS} FROM {REVIEW_FROM} WHERE r.id > ? ORDER BY r.id LIMIT ?",
            (last, batch),
        ).fetchall()
        if not rows:
            return
        reviews = [row_to_review(r) for r in rows]
        last = reviews[-1].id or last
        yield reviews


def count_reviews(db: Database) -> int:
    return int(db.execute("SELECT count(*) FROM reviews").fetchone()[0])
