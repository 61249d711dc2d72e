"""Figures over a date range, for the monthly report and the chart pane alike.

A range is ``[start, end)`` of timezone-aware datetimes. Buckets (day, week, month) follow
the calendar of ``start``'s time zone, because a practice's "October" is its local October;
their bounds are turned into UTC text here and compared with the stored UTC text in SQL.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from clinicrep.model import Alert, AnswerClock, Platform, Sentiment
from clinicrep.store import dialect
from clinicrep.store.alerts import alerts_between
from clinicrep.store.db import Database, iso
from clinicrep.store.locations import in_location


class Bucket(StrEnum):
    DAY = "day"
    WEEK = "week"  # weeks start on Monday
    MONTH = "month"


def _zone(moment: datetime) -> tzinfo:
    if moment.tzinfo is None:
        raise ValueError("stats need timezone-aware datetimes")
    return moment.tzinfo


def _first_of_bucket(day: date, bucket: Bucket) -> date:
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    if bucket is Bucket.WEEK:
        return day - timedelta(days=day.weekday())
    return day


def _next_bucket(day: date, bucket: Bucket) -> date:
    if bucket is Bucket.MONTH:
        return date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return day + timedelta(days=7 if bucket is Bucket.WEEK else 1)


def month_start(year: int, month: int, zone: tzinfo) -> datetime:
    """Midnight on the first of the month, in ``zone``."""
    return datetime(year, month, 1, tzinfo=zone)


def last_whole_month(now: datetime, zone: tzinfo) -> tuple[datetime, datetime]:
    """[start, end) of the last whole calendar month before ``now`` in ``zone``: the monthly
    report's month by default and the charts' "Last calendar month", one period for both."""
    local = now.astimezone(zone)
    end = month_start(local.year, local.month, zone)
    return add_months(end, -1), end


def add_months(moment: datetime, months: int) -> datetime:
    """The same wall-clock time ``months`` later (or earlier); the day must exist (use the 1st)."""
    index = moment.year * 12 + moment.month - 1 + months
    return moment.replace(year=index // 12, month=index % 12 + 1)


def bucket_bounds(
    start: datetime, end: datetime, bucket: Bucket
) -> list[tuple[datetime, datetime]]:
    """Calendar buckets covering ``[start, end)``, the first and last cut to the range."""
    zone = _zone(start)
    local_start = start.astimezone(zone)
    bounds: list[tuple[datetime, datetime]] = []
    day = _first_of_bucket(local_start.date(), bucket)
    lower = start
    while lower < end:
        following = _next_bucket(day, bucket)
        # constructed from the wall-clock date, so DST changes do not shift midnight
        upper = min(datetime.combine(following, time(), tzinfo=zone), end)
        if upper > lower:
            bounds.append((lower, upper))
        lower, day = upper, following
    return bounds


def _bounds_cte(bounds: list[tuple[datetime, datetime]]) -> tuple[str, list[object]]:
    """A ``buckets(i, lo, hi)`` common table expression over the bounds (as UTC text)."""
    rows = ",".join("(?, ?, ?)" for _ in bounds)
    params: list[object] = []
    for i, (lower, upper) in enumerate(bounds):
        params.extend([i, iso(lower), iso(upper)])
    return f"WITH buckets(i, lo, hi) AS (VALUES {rows})", params


# -- ratings and volume ------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class RatingPoint:
    """Reviews received in one bucket, and the average of those that carry a star rating."""

    start: datetime
    end: datetime
    count: int
    rated: int
    average: float | None


def rating_trend(
    db: Database,
    start: datetime,
    end: datetime,
    bucket: Bucket,
    *,
    location_id: int | None = None,
) -> list[RatingPoint]:
    bounds = bucket_bounds(start, end, bucket)
    if not bounds:
        return []
    cte, params = _bounds_cte(bounds)
    where, where_params = in_location(location_id)
    rows = db.execute(
        f"{cte} SELECT b.i, count(r.id), count(r.rating), avg(r.rating) FROM buckets b"
        f" LEFT JOIN reviews r ON r.created_at >= b.lo AND r.created_at < b.hi{where}"
        " GROUP BY b.i ORDER BY b.i",
        [*params, *where_params],
    ).fetchall()
    return [
        RatingPoint(bounds[i][0], bounds[i][1], count, rated, average)
        for i, count, rated, average in rows
    ]


def rating_summary(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> RatingPoint:
    """One point over the whole range."""
    where, where_params = in_location(location_id)
    count, rated, average = db.execute(
        "SELECT count(r.id), count(r.rating), avg(r.rating) FROM reviews r"
        f" WHERE r.created_at >= ? AND r.created_at < ?{where}",
        (iso(start), iso(end), *where_params),
    ).fetchone()
    return RatingPoint(start, end, count, rated, average)


@dataclass(frozen=True, slots=True)
class PlatformCount:
    platform: Platform
    count: int


def volume_by_platform(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> list[PlatformCount]:
    """Reviews received per platform, most first."""
    where, where_params = in_location(location_id)
    rows = db.execute(
        "SELECT s.platform, count(*) AS n FROM reviews r JOIN sources s ON s.id = r.source_id"
        f" WHERE r.created_at >= ? AND r.created_at < ?{where} GROUP BY s.platform"
        " ORDER BY n DESC, s.platform",
        (iso(start), iso(end), *where_params),
    ).fetchall()
    return [PlatformCount(Platform(platform), n) for platform, n in rows]


# -- sentiment and topics ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SentimentPoint:
    """How many reviews of a bucket were positive, neutral, negative, or not analysed yet."""

    start: datetime
    end: datetime
    positive: int = 0
    neutral: int = 0
    negative: int = 0
    unanalysed: int = 0
    mixed: int = 0  # praise of one thing and a complaint about another

    @property
    def total(self) -> int:
        return self.positive + self.neutral + self.negative + self.unanalysed + self.mixed

    def share(self, sentiment: Sentiment) -> float | None:
        """The part of all reviews received (None when there were none)."""
        if not self.total:
            return None
        return int(getattr(self, sentiment.value)) / self.total


# count(CASE ...): both dialects (PostgreSQL has no sum() of a comparison)
_SENTIMENT_SUMS = (
    "count(CASE WHEN r.sentiment = 'positive' THEN 1 END),"
    " count(CASE WHEN r.sentiment = 'neutral' THEN 1 END),"
    " count(CASE WHEN r.sentiment = 'negative' THEN 1 END),"
    " count(CASE WHEN r.id IS NOT NULL AND r.sentiment IS NULL THEN 1 END),"
    " count(CASE WHEN r.sentiment = 'mixed' THEN 1 END)"
)


def sentiment_trend(
    db: Database,
    start: datetime,
    end: datetime,
    bucket: Bucket,
    *,
    location_id: int | None = None,
) -> list[SentimentPoint]:
    bounds = bucket_bounds(start, end, bucket)
    if not bounds:
        return []
    cte, params = _bounds_cte(bounds)
    where, where_params = in_location(location_id)
    rows = db.execute(
        f"{cte} SELECT b.i, {_SENTIMENT_SUMS} FROM buckets b"
        f" LEFT JOIN reviews r ON r.created_at >= b.lo AND r.created_at < b.hi{where}"
        " GROUP BY b.i ORDER BY b.i",
        [*params, *where_params],
    ).fetchall()
    return [
        SentimentPoint(bounds[i][0], bounds[i][1], *(int(n or 0) for n in counts))
        for i, *counts in rows
    ]


def sentiment_summary(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> SentimentPoint:
    where, where_params = in_location(location_id)
    row = db.execute(
        f"SELECT {_SENTIMENT_SUMS} FROM reviews r"
        f" WHERE r.created_at >= ? AND r.created_at < ?{where}",
        (iso(start), iso(end), *where_params),
    ).fetchone()
    return SentimentPoint(start, end, *(int(n or 0) for n in row))


# -- answering -----------------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class AnswerTimes:
    """How quickly the reviews received in a range were answered.

    Dismissed reviews (spam, duplicates) need no answer and are left out of every figure.
    """

    needing_answer: int
    answered: int
    within_aim: int  # answered within the practice's aim (clock.target_hours)
    within_limit: int  # ... and within its limit (clock.limit_hours)
    median_hours: float | None
    clock: AnswerClock = AnswerClock()

    def _share(self, n: int) -> float | None:
        return n / self.needing_answer if self.needing_answer else None

    @property
    def share_within_aim(self) -> float | None:
        return self._share(self.within_aim)

    @property
    def share_within_limit(self) -> float | None:
        return self._share(self.within_limit)


# A review that already had the practice's answer when the store first saw it, with no time
# for that answer (a Yandex Maps export's "answer" column; the store's answered_at is then the
# import's time): answered, but when is not known. It never waited, and no month had it answered.
_ANSWER_TIME_UNKNOWN = (
    "(upstream_reply IS NOT NULL AND upstream_reply_at IS NULL AND answered_at <= fetched_at)"
)


def answer_times(
    db: Database,
    start: datetime,
    end: datetime,
    clock: AnswerClock,
    *,
    location_id: int | None = None,
) -> AnswerTimes:
    """Answer times of the range's reviews, measured against the practice's ``clock``.

    Dismissed reviews needed no answer; nor did imported history (reviews already old when a
    file brought them in, set aside by the import) unless the file held the practice's answer.
    An answer that came with the review, at a time no one knows, is not timed.
    """
    where, where_params = in_location(location_id, "source_id")
    rows = db.execute(
        f"SELECT {dialect.seconds_between(db, 'created_at', 'answered_at')} / 3600.0"
        " FROM reviews WHERE created_at >= ? AND created_at < ? AND status != 'dismissed'"
        " AND NOT (status = 'imported_history' AND answered_at IS NULL)"
        f" AND NOT {_ANSWER_TIME_UNKNOWN}"
        f"{where}",
        (iso(start), iso(end), *where_params),
    ).fetchall()
    hours = sorted(max(0.0, float(h)) for (h,) in rows if h is not None)
    return AnswerTimes(
        needing_answer=len(rows),
        answered=len(hours),
        within_aim=sum(1 for h in hours if clock.within_aim(h)),
        within_limit=sum(1 for h in hours if clock.within_limit(h)),
        median_hours=statistics.median(hours) if hours else None,
        clock=clock,
    )


def answered_between(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> int:
    """Reviews (of any age) answered during the range (not those a file brought in with
    their answer: the import's day is not when they were answered)."""
    where, where_params = in_location(location_id, "source_id")
    return int(
        db.execute(
            "SELECT count(*) FROM reviews WHERE answered_at >= ? AND answered_at < ?"
            f" AND NOT {_ANSWER_TIME_UNKNOWN}{where}",
            (iso(start), iso(end), *where_params),
        ).fetchone()[0]
    )


def unanswered_at(db: Database, moment: datetime, *, location_id: int | None = None) -> int:
    """Reviews received before ``moment`` that were still waiting for an answer then.

    A review dismissed before the moment was not waiting; one answered later still was.
    Imported history (reviews already old when a file brought them in) never waits: the
    import set it aside, and the report would otherwise tell the owner to answer it while
    saying every complaint had been dealt with. Nor does a review the file brought in with the
    practice's answer: it was answered before the file was saved, when is not known (the store
    has the import's time), and the report told the owner to answer 439 of them.
    """
    when = iso(moment)
    where, where_params = in_location(location_id, "source_id")
    return int(
        db.execute(
            "SELECT count(*) FROM reviews WHERE created_at < ?"
            " AND (answered_at IS NULL OR answered_at >= ?)"
            " AND NOT (status = 'dismissed' AND COALESCE(status_changed_at, created_at) < ?)"
            " AND status != 'imported_history'"
            f" AND NOT {_ANSWER_TIME_UNKNOWN}"
            f"{where}",
            (when, when, when, *where_params),
        ).fetchone()[0]
    )


# -- alerts ----------------------------------------------------------------------------------
def alerts_raised(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> list[Alert]:
    """Alerts raised in the range, oldest first; for a location, those about its reviews
    (a spike of the whole practice belongs to the whole practice's report)."""
    return alerts_between(db, start, end, location_id=location_id)
