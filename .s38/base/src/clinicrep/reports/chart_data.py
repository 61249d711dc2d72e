"""The figures behind the chart pane, for a range the user picks (plain data, no Qt).

Computed off the GUI thread from ``store.stats``, the same functions the monthly
report uses, so the window and the PDF never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from clinicrep.model import Sentiment, utc_now
from clinicrep.reports.monthly import TOP_ASPECTS_CHARTED, AspectTotal, aspect_totals
from clinicrep.reports.pdf import local_zone
from clinicrep.settings import answer_clock, load_settings
from clinicrep.store.aspects import AspectCount, aspect_counts
from clinicrep.store.db import Database
from clinicrep.store.inbox import first_review_at
from clinicrep.store.stats import (
    AnswerTimes,
    Bucket,
    PlatformCount,
    RatingPoint,
    SentimentPoint,
    answer_times,
    bucket_bounds,
    last_whole_month,
    rating_trend,
    sentiment_trend,
    volume_by_platform,
)

RANGES: dict[str, tuple[int | None, Bucket]] = {
    "30d": (30, Bucket.DAY),
    "90d": (90, Bucket.WEEK),
    "365d": (365, Bucket.MONTH),
    "all": (None, Bucket.MONTH),
}
LAST_MONTH = "month"  # the last whole calendar month: the monthly report's period


@dataclass(slots=True)
class AnswerPoint:
    start: datetime
    end: datetime
    times: AnswerTimes


@dataclass(slots=True)
class AspectMonth:
    """One month's praise and complaints per aspect (store.aspects.aspect_counts)."""

    start: datetime
    end: datetime
    counts: list[AspectCount]


@dataclass(slots=True)
class ChartData:
    start: datetime
    end: datetime
    bucket: Bucket
    rating: list[RatingPoint] = field(default_factory=list)
    platforms: list[PlatformCount] = field(default_factory=list)
    sentiment: list[SentimentPoint] = field(default_factory=list)
    # the most blamed and praised aspects of the range, corrections counted: the monthly
    # report's own figures (``aspect_totals`` of one ``aspect_counts``) for the same period
    complaints: list[AspectTotal] = field(default_factory=list)
    praise: list[AspectTotal] = field(default_factory=list)
    answers: list[AnswerPoint] = field(default_factory=list)
    answers_total: AnswerTimes | None = None
    aspects: list[AspectMonth] = field(default_factory=list)  # always per month


def load_chart_data(
    db: Database,
    range_key: str,
    *,
    now: datetime | None = None,
    location_id: int | None = None,
) -> ChartData:
    """The charts' figures for the range; for one location's sources, or (None) all."""
    days, bucket = RANGES.get(range_key, RANGES["365d"])
    end = (now or utc_now()).astimezone()  # local time: buckets follow the user's calendar
    if range_key == LAST_MONTH:
        bucket = Bucket.DAY
        # the monthly report's own period, in the zone the report takes (summer time included)
        start, end = last_whole_month(end, local_zone())
    elif days is None:
        first = first_review_at(db)
        start = first.astimezone() if first else end - timedelta(days=365)
    else:
        start = end - timedelta(days=days)
    data = ChartData(start=start, end=end, bucket=bucket)
    place = location_id
    data.rating = rating_trend(db, start, end, bucket, location_id=place)
    data.platforms = volume_by_platform(db, start, end, location_id=place)
    data.sentiment = sentiment_trend(db, start, end, bucket, location_id=place)
    counts = aspect_counts(db, start, end, location_id=place)
    data.complaints = aspect_totals(counts, Sentiment.NEGATIVE)[:TOP_ASPECTS_CHARTED]
    data.praise = aspect_totals(counts, Sentiment.POSITIVE)[:TOP_ASPECTS_CHARTED]
    clock = answer_clock(load_settings(db))  # the practice's aim and limit
    data.answers = [
        AnswerPoint(
            point.start,
            point.end,
            answer_times(db, point.start, point.end, clock, location_id=place),
        )
        for point in data.rating
    ]
    data.answers_total = answer_times(db, start, end, clock, location_id=place)
    data.aspects = [
        AspectMonth(lo, hi, aspect_counts(db, lo, hi, location_id=place))
        for lo, hi in bucket_bounds(start, end, Bucket.MONTH)
    ]
    return data
