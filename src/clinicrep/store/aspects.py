"""Aspects of reviews (what each praises and blames) and the practice's corrections.

The analysis writes ``review_aspects`` with every analysis of a review; the practice writes
``review_corrections``. After every write of the analysis the corrections are applied again
(``write_aspects``), so a correction survives re-analysis and upgrades, and every query that
reads ``reviews.sentiment`` or ``review_aspects`` (charts, filters, the report, the CSV export)
counts it at once.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

from clinicrep.model import AnalysisValues, Aspect, AspectOpinion, Sentiment, utc_now
from clinicrep.store import dialect
from clinicrep.store.db import Database, from_iso, iso
from clinicrep.store.locations import in_location

SENTIMENT = "sentiment"  # the correction target for a review's sentiment
NOT_SPOKEN_OF = "none"  # an aspect correction: the review does not speak of it after all


def write_aspects(
    db: Database, items: Sequence[tuple[int, AnalysisValues]], *, just_inserted: bool = False
) -> None:
    """Replace the analysed aspects of these reviews (each one's analysis as values), then
    apply their corrections again.

    ``just_inserted``: the reviews were inserted in this transaction, so they hold no aspects
    and no corrections yet (both tables' rows go with their review, ON DELETE CASCADE, and a
    review's id is never given again): nothing to delete or to apply (an import of 100,000
    reviews into PostgreSQL: 20 DELETEs and 20 look-ups, 0.25 s of the server's CPU).

    Runs inside the caller's transaction (the one that writes the analysis)."""
    if not items:
        return
    ids = json.dumps([review_id for review_id, _ in items])
    if not just_inserted:
        db.execute(
            f"DELETE FROM review_aspects WHERE review_id IN ({dialect.json_ids(db)})", (ids,)
        )
    # one row per review and aspect, the last opinion of it winning (what INSERT OR REPLACE
    # did: with foreign keys on, its REPLACE cost three times a plain INSERT, 1.9 s of an
    # import of 100,000 reviews)
    # (plain str values: an enum member makes sqlite3 look for an adapter, 2.5 us each)
    rows = {
        (review_id, aspect): (review_id, aspect, polarity, words)
        for review_id, values in items
        for aspect, polarity, words, _corrected in values.aspects
    }
    db.executemany(
        "INSERT INTO review_aspects (review_id, aspect, polarity, words) VALUES (?, ?, ?, ?)",
        # in key order (the primary key (review_id, aspect)): appended, not spread over the
        # table's pages
        [rows[key] for key in sorted(rows)],
    )
    if not just_inserted:
        _apply_corrections(db, ids)


def _apply_corrections(db: Database, ids_json: str) -> None:
    """The practice's corrections of these reviews over what the analysis wrote."""
    if not db.fetchall(
        f"SELECT 1 FROM review_corrections WHERE review_id IN ({dialect.json_ids(db)}) LIMIT 1",
        (ids_json,),
    ):
        return  # most reviews were never corrected
    db.execute(
        "UPDATE reviews SET sentiment = (SELECT c.value FROM review_corrections c"
        " WHERE c.review_id = reviews.id AND c.target = 'sentiment')"
        " WHERE id IN (SELECT review_id FROM review_corrections WHERE target = 'sentiment'"
        f" AND review_id IN ({dialect.json_ids(db)}))",
        (ids_json,),
    )
    db.execute(
        "DELETE FROM review_aspects WHERE (review_id, aspect) IN (SELECT review_id, target"
        " FROM review_corrections WHERE value = 'none'"
        f" AND review_id IN ({dialect.json_ids(db)}))",
        (ids_json,),
    )
    db.execute(
        "INSERT INTO review_aspects (review_id, aspect, polarity, words)"
        " SELECT c.review_id, c.target, c.value, '' FROM review_corrections c"
        " WHERE c.target != 'sentiment' AND c.value IN ('positive', 'negative')"
        f" AND c.review_id IN ({dialect.json_ids(db)})"
        " ON CONFLICT (review_id, aspect) DO UPDATE SET polarity = excluded.polarity",
        (ids_json,),
    )


def correct_sentiment(db: Database, review_id: int, sentiment: Sentiment) -> None:
    """The practice says this review is ``sentiment``; counted everywhere at once."""
    with db.transaction():
        _correct(db, review_id, SENTIMENT, sentiment.value)
        db.execute("UPDATE reviews SET sentiment = ? WHERE id = ?", (sentiment.value, review_id))


def correct_aspect(
    db: Database, review_id: int, aspect: Aspect, polarity: Sentiment | None
) -> None:
    """The practice says the review praises (POSITIVE) or blames (NEGATIVE) ``aspect``, or
    (None) does not speak of it."""
    if polarity not in (None, Sentiment.POSITIVE, Sentiment.NEGATIVE):
        raise ValueError(f"an aspect is praised or blamed, not {polarity}")
    value = polarity.value if polarity is not None else NOT_SPOKEN_OF
    with db.transaction():
        _correct(db, review_id, aspect.value, value)
        _apply_corrections(db, json.dumps([review_id]))


def _correct(db: Database, review_id: int, target: str, value: str) -> None:
    db.execute(
        "INSERT INTO review_corrections (review_id, target, value, corrected_at)"
        " VALUES (?, ?, ?, ?) ON CONFLICT (review_id, target)"
        " DO UPDATE SET value = excluded.value, corrected_at = excluded.corrected_at",
        (review_id, target, value, iso(utc_now())),
    )


def forget_correction(db: Database, review_id: int, target: str) -> None:
    """Drop one correction; the next analysis of the review decides again."""
    with db.transaction():
        db.execute(
            "DELETE FROM review_corrections WHERE review_id = ? AND target = ?",
            (review_id, target),
        )


@dataclass(frozen=True, slots=True)
class ReviewAspects:
    """What the review pane shows: the aspects, and whether the sentiment was corrected."""

    opinions: tuple[AspectOpinion, ...]
    sentiment_corrected: bool


def aspects_of(db: Database, review_id: int) -> ReviewAspects:
    rows = db.fetchall(
        "SELECT a.aspect, a.polarity, a.words, c.value IS NOT NULL FROM review_aspects a"
        " LEFT JOIN review_corrections c ON c.review_id = a.review_id AND c.target = a.aspect"
        " WHERE a.review_id = ?",
        (review_id,),
    )
    known = {a.value: a for a in Aspect}
    order = list(Aspect)
    opinions = sorted(
        (
            AspectOpinion(known[aspect], Sentiment(polarity), words, bool(corrected))
            for aspect, polarity, words, corrected in rows
            if aspect in known
        ),
        key=lambda o: order.index(o.aspect),
    )
    corrected = db.fetchall(
        "SELECT 1 FROM review_corrections WHERE review_id = ? AND target = 'sentiment'",
        (review_id,),
    )
    return ReviewAspects(tuple(opinions), bool(corrected))


@dataclass(frozen=True, slots=True)
class Correction:
    review_id: int
    target: str
    value: str
    corrected_at: datetime | None


def corrections(db: Database) -> list[Correction]:
    """Every correction the practice made, oldest first."""
    return [
        Correction(review_id, target, value, from_iso(at))
        for review_id, target, value, at in db.fetchall(
            "SELECT review_id, target, value, corrected_at FROM review_corrections"
            " ORDER BY corrected_at, review_id"
        )
    ]


# -- the learning loop's examples ------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class LabelledText:
    review_id: int
    language: str
    text: str
    label: str  # positive / negative / neutral / mixed
    corrected: bool  # the practice's correction (else: the stars)


def labelled_texts(db: Database, *, stars: bool = True) -> list[LabelledText]:
    """Texts with a label the practice gave: its sentiment corrections, and (``stars``) the
    stars of reviews with text (1-2 negative, 4-5 positive; 3 says too little)."""
    rows = db.fetchall(
        "SELECT r.id, coalesce(r.language, ''), coalesce(r.title, '') || '. ' || r.text,"
        " c.value, r.rating FROM reviews r"
        " LEFT JOIN review_corrections c ON c.review_id = r.id AND c.target = 'sentiment'"
        " WHERE length(r.text) > 0 AND (c.value IS NOT NULL"
        + (" OR r.rating IN (1, 2, 4, 5))" if stars else ")")
        + " ORDER BY r.id"
    )
    result = []
    for review_id, language, text, corrected, rating in rows:
        if corrected is not None:
            label = corrected
        else:
            label = Sentiment.POSITIVE.value if rating >= 4 else Sentiment.NEGATIVE.value
        result.append(
            LabelledText(review_id, language, text.lstrip(". "), label, corrected is not None)
        )
    return result


def save_learned_model(db: Database, language: str, examples: int, payload: bytes) -> None:
    with db.transaction():
        db.execute(
            "INSERT INTO learned_models (language, trained_at, examples, payload)"
            " VALUES (?, ?, ?, ?) ON CONFLICT (language) DO UPDATE SET"
            " trained_at = excluded.trained_at, examples = excluded.examples,"
            " payload = excluded.payload",
            (language, iso(utc_now()), examples, payload),
        )


def learned_models(db: Database) -> dict[str, tuple[int, bytes]]:
    """language -> (examples it learned from, weights)."""
    return {
        language: (examples, bytes(payload))
        for language, examples, payload in db.fetchall(
            "SELECT language, examples, payload FROM learned_models"
        )
    }


def has_learned_models(db: Database) -> bool:
    """Whether the practice has a learned model at all (most have none)."""
    return bool(db.fetchall("SELECT 1 FROM learned_models LIMIT 1"))


def delete_learned_models(db: Database) -> None:
    with db.transaction():
        db.execute("DELETE FROM learned_models")


# -- counts for the charts and the report ----------------------------------------------------
@dataclass(frozen=True, slots=True)
class AspectCount:
    aspect: Aspect
    praise: int
    complaints: int


def aspect_counts(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> list[AspectCount]:
    """How many reviews of the range praise and blame each aspect, most named first."""
    where, where_params = in_location(location_id)
    rows = db.fetchall(
        "SELECT a.aspect, count(CASE WHEN a.polarity = 'positive' THEN 1 END),"
        " count(CASE WHEN a.polarity = 'negative' THEN 1 END)"
        " FROM review_aspects a JOIN reviews r ON r.id = a.review_id"
        f" WHERE r.created_at >= ? AND r.created_at < ?{where} GROUP BY a.aspect",
        (iso(start), iso(end), *where_params),
    )
    known = {a.value: a for a in Aspect}
    counts = [
        AspectCount(known[aspect], int(praise or 0), int(complaints or 0))
        for aspect, praise, complaints in rows
        if aspect in known
    ]
    return sorted(counts, key=lambda c: (-(c.praise + c.complaints), c.aspect.value))


@dataclass(frozen=True, slots=True)
class AspectQuote:
    """One review's words about an aspect, as the patient wrote them."""

    review_id: int
    words: str
    language: str  # the review's language as analysed ("" when not known)


def _as_written(words: str, text: str) -> str:
    """``words`` as they stand in ``text`` (the analysis keeps clauses lower-cased)."""
    found = re.search(re.escape(words), text, re.IGNORECASE) if words else None
    return found.group(0) if found else words


def aspect_quote(
    db: Database,
    start: datetime,
    end: datetime,
    aspect: Aspect,
    polarity: Sentiment,
    *,
    not_from: Collection[int] = (),
    location_id: int | None = None,
) -> AspectQuote | None:
    """The words of one review of the range that praises or blames ``aspect``: the newest
    whose words say most, preferring a review not in ``not_from`` (a report that quotes
    each review once reads as more patients' voices; the only review about an aspect is
    still quoted)."""
    where, where_params = in_location(location_id)
    row = db.fetchall(
        "SELECT r.id, a.words, r.text, coalesce(r.language, '')"
        " FROM review_aspects a JOIN reviews r ON r.id = a.review_id"
        " WHERE r.created_at >= ? AND r.created_at < ? AND a.aspect = ? AND a.polarity = ?"
        f"{where} ORDER BY r.id IN ({dialect.json_ids(db)}),"
        " length(a.words) BETWEEN 20 AND 160 DESC, r.created_at DESC LIMIT 1",
        (
            iso(start),
            iso(end),
            aspect.value,
            polarity.value,
            *where_params,
            json.dumps(sorted(not_from)),
        ),
    )
    if not row:
        return None
    review_id, words, text, language = row[0]
    shown = _as_written(str(words), str(text)) if words else str(text)
    return AspectQuote(int(review_id), shown, str(language))


def aspect_months(
    db: Database, months: Iterable[tuple[datetime, datetime]]
) -> list[list[AspectCount]]:
    """``aspect_counts`` for each (start, end) month."""
    return [aspect_counts(db, start, end) for start, end in months]
