"""The figures the report and the chart pane share (store.stats)."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from clinicrep.demo.populate import populate
from clinicrep.model import AnswerClock, Platform, Sentiment, Status
from clinicrep.reports.chart_data import LAST_MONTH, load_chart_data
from clinicrep.reports.monthly import build_monthly_summary
from clinicrep.reports.pdf import local_zone
from clinicrep.reports.service import last_complete_month
from clinicrep.settings import answer_clock, load_settings, save_settings
from clinicrep.store import Database
from clinicrep.store.stats import (
    Bucket,
    answer_times,
    bucket_bounds,
    rating_trend,
    sentiment_trend,
    unanswered_at,
    volume_by_platform,
)

from .conftest import ReviewMaker, october

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

WARSAW = ZoneInfo("Europe/Warsaw")
OCT_START = datetime(2026, 10, 1, tzinfo=UTC)
OCT_END = datetime(2026, 11, 1, tzinfo=UTC)


def test_months_start_at_local_midnight_even_across_the_clock_change() -> None:
    start = datetime(2026, 1, 1, tzinfo=WARSAW)
    bounds = bucket_bounds(start, datetime(2027, 1, 1, tzinfo=WARSAW), Bucket.MONTH)
    assert len(bounds) == 12
    assert all(lower.day == 1 and lower.hour == 0 for lower, _upper in bounds)
    # October has 31 days and one extra hour (summer time ends on the 25th)
    october_bounds = bounds[9]
    lower, upper = (moment.astimezone(UTC) for moment in october_bounds)
    assert upper - lower == timedelta(days=31, hours=1)


def test_weeks_start_on_monday_and_the_range_cuts_the_first_and_last() -> None:
    bounds = bucket_bounds(OCT_START, OCT_END, Bucket.WEEK)  # 1 October 2026 is a Thursday
    assert bounds[0] == (OCT_START, datetime(2026, 10, 5, tzinfo=UTC))
    assert all(lower.weekday() == 0 for lower, _ in bounds[1:])
    assert bounds[-1][1] == OCT_END


def test_rating_per_month_counts_every_review_and_averages_the_rated_ones(
    db: Database, month_of_reviews: ReviewMaker
) -> None:
    points = rating_trend(db, datetime(2026, 9, 1, tzinfo=UTC), OCT_END, Bucket.MONTH)
    september, october_point = points
    assert (september.count, september.rated, september.average) == (4, 4, 4.0)
    assert october_point.count == 15 and october_point.rated == 14  # one Facebook recommendation
    assert round(october_point.average or 0, 2) == round(48 / 14, 2)


def test_days_without_reviews_are_empty_buckets_not_missing_ones(
    db: Database, month_of_reviews: ReviewMaker
) -> None:
    days = sentiment_trend(db, OCT_START, OCT_END, Bucket.DAY)
    assert len(days) == 31
    assert days[0].total == 0 and days[0].share(Sentiment.NEGATIVE) is None
    assert days[1].negative == 1  # 2 October: the Russian complaint


def test_volume_per_platform_most_first(db: Database, month_of_reviews: ReviewMaker) -> None:
    volume = volume_by_platform(db, OCT_START, OCT_END)
    assert [(v.platform, v.count) for v in volume] == [
        (Platform.GOOGLE, 10),
        (Platform.FACEBOOK, 5),
    ]


def test_time_to_answer_leaves_out_dismissed_reviews(db: Database, maker: ReviewMaker) -> None:
    for hours in (2, 10, 30, 100):
        maker.add(
            october(1), rating=3, text="x", sentiment=Sentiment.NEUTRAL, answered_after_hours=hours
        )
    maker.add(
        october(2), rating=1, text="spam", sentiment=Sentiment.NEGATIVE, status=Status.DISMISSED
    )
    maker.add(october(3), rating=2, text="still waiting", sentiment=Sentiment.NEGATIVE)
    times = answer_times(db, OCT_START, OCT_END, AnswerClock(24, 48))
    assert (times.needing_answer, times.answered) == (5, 4)
    assert times.median_hours == 20.0
    assert (times.within_aim, times.within_limit) == (2, 3)
    assert times.share_within_aim == 2 / 5


def test_a_review_answered_later_was_still_waiting_at_the_moment(
    db: Database, maker: ReviewMaker
) -> None:
    maker.add(
        october(30), rating=2, text="slow", sentiment=Sentiment.NEGATIVE, answered_after_hours=72
    )
    assert unanswered_at(db, OCT_END) == 1
    assert unanswered_at(db, october(30, 9)) == 0  # not yet written
    assert unanswered_at(db, datetime(2026, 11, 5, tzinfo=UTC)) == 0  # answered by then


def test_imported_history_is_neither_waiting_nor_late(db: Database, maker: ReviewMaker) -> None:
    # a file of last month's reviews, set aside as history by the import: the report said
    # "still unanswered: 2. Answer them" and "every complaint has been dealt with" together
    for day in (3, 4):
        maker.add(
            october(day),
            rating=1,
            text="old",
            sentiment=Sentiment.NEGATIVE,
            status=Status.IMPORTED_HISTORY,
        )
    maker.add(
        october(5),
        rating=2,
        text="the file had our answer",
        sentiment=Sentiment.NEGATIVE,
        status=Status.IMPORTED_HISTORY,
        answered_after_hours=30,
    )
    maker.add(october(6), rating=2, text="still waiting", sentiment=Sentiment.NEGATIVE)
    assert unanswered_at(db, OCT_END) == 1
    times = answer_times(db, OCT_START, OCT_END, AnswerClock(24, 48))
    assert (times.needing_answer, times.answered, times.within_limit) == (2, 1, 1)


def test_answer_times_follow_the_practices_own_aim_and_limit(
    db: Database, maker: ReviewMaker
) -> None:
    for hours in (2, 10, 30, 100):
        maker.add(
            october(1), rating=3, text="x", sentiment=Sentiment.NEUTRAL, answered_after_hours=hours
        )
    settings = load_settings(db)
    settings.answer_target_hours, settings.answer_limit_hours = 4, 12
    save_settings(db, settings)
    times = answer_times(db, OCT_START, OCT_END, answer_clock(load_settings(db)))
    assert (times.within_aim, times.within_limit) == (1, 2)  # 2 h; 2 h and 10 h
    summary = build_monthly_summary(db, "2026-10", zone=UTC)
    assert summary.current.share_within_limit == 2 / 4
    assert load_chart_data(db, "all").answers_total.within_limit == 2


@pytest.fixture
def time_zone(monkeypatch: pytest.MonkeyPatch):
    """This computer's time zone, as the TZ variable sets it (Qt reads it too)."""

    def switch(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    yield switch
    monkeypatch.undo()
    time.tzset()


# 1 November 02:30 UTC: still 31 October in New York, already November in Warsaw, Kolkata
# and Sydney (where October began on summer-time's eve: +10:00 then, +11:00 at its end)
@pytest.mark.parametrize(
    ("zone", "month"),
    [
        ("Europe/Warsaw", "2026-10"),
        ("America/New_York", "2026-09"),
        ("Asia/Kolkata", "2026-10"),
        ("Australia/Sydney", "2026-10"),
    ],
)
def test_last_calendar_month_is_the_reports_month_in_every_time_zone(
    db: Database, time_zone, zone: str, month: str
) -> None:
    time_zone(zone)
    now = datetime(2026, 11, 1, 2, 30, tzinfo=UTC)
    assert last_complete_month(now) == month  # the report's month offered first
    data = load_chart_data(db, LAST_MONTH, now=now)
    report = build_monthly_summary(db, month, zone=local_zone())
    assert (data.start, data.end) == (report.start, report.end)
    year, number = (int(part) for part in month.split("-"))
    here = ZoneInfo(zone)
    assert data.start.astimezone(here).replace(tzinfo=None) == datetime(year, number, 1)
    assert data.end.astimezone(here).replace(tzinfo=None) == datetime(
        year + number // 12, number % 12 + 1, 1
    )


def test_the_charts_last_calendar_month_is_the_monthly_reports_month(db: Database) -> None:
    """The charts tab's "Last calendar month" counts the aspects the report counts."""
    now = datetime(2026, 11, 3, 9, 0, tzinfo=UTC)  # the report to read is October's
    populate(db, now=now)
    data = load_chart_data(db, LAST_MONTH, now=now)
    assert (data.start.month, data.start.day, data.end.month, data.end.day) == (10, 1, 11, 1)
    # the report's zone as the PDF takes it (daylight-saving rules included)
    report = build_monthly_summary(db, "2026-10", zone=local_zone())
    assert data.start == report.start and data.end == report.end
    assert data.complaints and data.praise
    assert data.complaints == report.complaints and data.praise == report.praise
