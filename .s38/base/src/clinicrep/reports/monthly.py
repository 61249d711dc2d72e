"""The figures of one month, beside the month before, as a plain ``MonthlySummary``.

Everything here is read through ``store.stats`` and ``store.aspects`` (which the chart pane
calls too), so the PDF and the window never disagree. What patients praised and complained
about is told in aspects everywhere in the report (the charts, the list with quotes, the things
to act on), counted with the practice's corrections, as the charts tab's aspect chart counts
them. Rendering is ``reports.pdf``'s job.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, tzinfo

from clinicrep.errors import ClinicrepError, NotFound
from clinicrep.model import (
    OPEN_STATUSES,
    Alert,
    AnswerClock,
    Aspect,
    Review,
    Sentiment,
    Status,
    utc_now,
)
from clinicrep.reports.language import ReportLanguage
from clinicrep.settings import answer_clock, load_settings
from clinicrep.store.aspects import AspectCount, aspect_counts, aspect_quote
from clinicrep.store.db import Database
from clinicrep.store.inbox import ReviewQuery, review_ids
from clinicrep.store.locations import get_location, list_locations
from clinicrep.store.report_context import (
    InternalNote,
    PublicReply,
    internal_notes,
    public_replies,
)
from clinicrep.store.reviews import reviews_by_ids
from clinicrep.store.stats import (
    Bucket,
    PlatformCount,
    RatingPoint,
    SentimentPoint,
    add_months,
    alerts_raised,
    answer_times,
    answered_between,
    month_start,
    rating_summary,
    rating_trend,
    sentiment_summary,
    unanswered_at,
    volume_by_platform,
)

URGENT_NEGATIVES = 5
WARM_POSITIVES = 3
TREND_MONTHS = 12
TOP_ASPECTS_CHARTED = 5  # bars of the "Most praised" and "Most complained about" charts
# a complaint about an aspect is worth acting on from this many reviews in a month
RISING_COMPLAINT_MIN = 3
SLOW_ANSWER_SHARE = 0.8  # under this share answered within 48 h, say so
RATING_DROP = 0.2
NEGATIVE_RISE = 0.10

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


class InvalidMonth(ClinicrepError):
    """The month was not given as YYYY-MM (e.g. 2026-10)."""

    code = "invalid_month"


# Reviews online began in the 2000s; a report compares with a year before and counts months
# after, so the years at the ends of the calendar (0000, 9999) cannot be reported on.
FIRST_YEAR, LAST_YEAR = 2000, 2199


class MonthOutOfRange(InvalidMonth):
    code = "month_out_of_range"


def parse_month(text: str) -> tuple[int, int]:
    match = _MONTH.match(text.strip())
    if not match or not 1 <= int(match.group(2)) <= 12:
        raise InvalidMonth(f"not a month: {text!r}", month=text)
    year = int(match.group(1))
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise MonthOutOfRange(
            f"month out of range: {text!r}", month=text, first=FIRST_YEAR, last=LAST_YEAR
        )
    return year, int(match.group(2))


@dataclass(frozen=True, slots=True)
class Headline:
    """The figures at the top of the report, for one month."""

    received: int
    average_rating: float | None
    share_positive: float | None
    share_negative: float | None
    answered: int  # answered during the month, whenever they were written
    # the month's reviews that needed an answer, and how many of them have one (the base the
    # report prints beside the count: "40 of 46")
    needing_answer: int
    answered_of_month: int
    share_within_aim: float | None  # of the month's reviews that needed an answer
    share_within_limit: float | None
    median_hours: float | None  # time to answer of the month's answered reviews
    unanswered_at_end: int
    clock: AnswerClock = AnswerClock()  # the aim and limit the shares are measured against


@dataclass(frozen=True, slots=True)
class QuotedReview:
    review: Review
    reply: PublicReply | None
    notes: list[InternalNote] = field(default_factory=list)  # only when the user asked


@dataclass(frozen=True, slots=True)
class AlertLine:
    alert: Alert
    review_status: Status | None  # what became of the review it was raised for
    review_answered_at: datetime | None


@dataclass(frozen=True, slots=True)
class ActionItem:
    kind: str  # "rising_complaint", "unanswered", "slow_answers", "rating_drop", ...
    text: str  # a whole sentence in the report's language


@dataclass(frozen=True, slots=True)
class AspectTotal:
    """How many reviews of the month praise (or blame) one aspect, corrections counted."""

    aspect: Aspect
    count: int


@dataclass(frozen=True, slots=True)
class AspectHighlight:
    """What patients praised or complained about most, with a patient's own words."""

    aspect: Aspect
    polarity: Sentiment
    count: int  # reviews of the month that praise / blame it
    quote: str
    quote_language: str = ""  # the quoted review's language ("" when not known)


TOP_ASPECTS = 3  # aspects quoted in the list: the first bars of the chart above it


def aspect_totals(counts: list[AspectCount], polarity: Sentiment) -> list[AspectTotal]:
    """The aspects praised (or blamed) in ``counts``, most often first, then by name."""

    def number(c: AspectCount) -> int:
        return c.praise if polarity == Sentiment.POSITIVE else c.complaints

    top = sorted((c for c in counts if number(c)), key=lambda c: (-number(c), c.aspect.value))
    return [AspectTotal(c.aspect, number(c)) for c in top]


def aspect_highlights(
    db: Database,
    start: datetime,
    end: datetime,
    *,
    location_id: int | None = None,
    counts: list[AspectCount] | None = None,
) -> list[AspectHighlight]:
    """The most praised and the most blamed aspects of the range, each with a quote."""
    if counts is None:
        counts = aspect_counts(db, start, end, location_id=location_id)
    result = []
    quoted: set[int] = set()  # one review's words are quoted once, for one aspect
    for polarity in (Sentiment.POSITIVE, Sentiment.NEGATIVE):
        for total in aspect_totals(counts, polarity)[:TOP_ASPECTS]:
            found = aspect_quote(
                db,
                start,
                end,
                total.aspect,
                polarity,
                not_from=quoted,
                location_id=location_id,
            )
            if found is not None:
                quoted.add(found.review_id)
            result.append(
                AspectHighlight(
                    total.aspect,
                    polarity,
                    total.count,
                    found.words if found else "",
                    found.language if found else "",
                )
            )
    return result


@dataclass(frozen=True, slots=True)
class MonthlySummary:
    year: int
    month: int
    start: datetime  # midnight on the 1st, in the practice's time zone
    end: datetime  # exclusive
    zone: tzinfo
    made_at: datetime
    current: Headline
    previous: Headline
    rating_trend: list[RatingPoint]  # the last 12 months, this one last
    platforms: list[PlatformCount]
    sentiment: SentimentPoint
    praise: list[AspectTotal]  # the most praised aspects, charted
    complaints: list[AspectTotal]  # the most blamed aspects, charted
    urgent_negatives: list[QuotedReview]  # still open at the time of the report
    warm_positives: list[QuotedReview]
    alerts: list[AlertLine]
    actions: list[ActionItem]
    include_internal_notes: bool
    answered_complaints: list[QuotedReview] = field(default_factory=list)
    # the first of ``praise`` and ``complaints``, each with a quote
    aspects: list[AspectHighlight] = field(default_factory=list)
    location: str = ""  # the location's name; "" for the whole practice
    has_locations: bool = False  # the practice names locations: the whole says so

    @property
    def is_empty(self) -> bool:
        return self.current.received == 0


def headline(
    db: Database,
    start: datetime,
    end: datetime,
    clock: AnswerClock,
    *,
    location_id: int | None = None,
) -> Headline:
    ratings = rating_summary(db, start, end, location_id=location_id)
    sentiment = sentiment_summary(db, start, end, location_id=location_id)
    times = answer_times(db, start, end, clock, location_id=location_id)
    return Headline(
        received=ratings.count,
        average_rating=ratings.average,
        share_positive=sentiment.share(Sentiment.POSITIVE),
        share_negative=sentiment.share(Sentiment.NEGATIVE),
        answered=answered_between(db, start, end, location_id=location_id),
        needing_answer=times.needing_answer,
        answered_of_month=times.answered,
        share_within_aim=times.share_within_aim,
        share_within_limit=times.share_within_limit,
        clock=clock,
        median_hours=times.median_hours,
        unanswered_at_end=unanswered_at(db, end, location_id=location_id),
    )


def _quoted(
    db: Database, ids: list[int], *, with_notes: bool
) -> tuple[list[Review], dict[int, PublicReply], dict[int, list[InternalNote]]]:
    reviews = reviews_by_ids(db, ids)
    replies = public_replies(db, ids)
    notes = internal_notes(db, ids) if with_notes else {}
    return reviews, replies, notes


def _urgent_negatives(
    db: Database,
    start: datetime,
    end: datetime,
    *,
    with_notes: bool,
    statuses: tuple[Status, ...] = OPEN_STATUSES,
    location_id: int | None = None,
) -> list[QuotedReview]:
    """The most urgent complaints of the month in ``statuses``: the open ones by default (an
    answered or dismissed complaint needs no attention; the answered are quoted apart)."""
    query = ReviewQuery(
        sentiments=(Sentiment.NEGATIVE,),
        statuses=statuses,
        created_from=start,
        created_to=end,
        sort="urgency",
        descending=True,
        location_id=location_id,
    )
    ids = review_ids(db, query)[:URGENT_NEGATIVES]
    reviews, replies, notes = _quoted(db, ids, with_notes=with_notes)
    return [QuotedReview(r, replies.get(r.id or 0), notes.get(r.id or 0, [])) for r in reviews]


def _warm_positives(
    db: Database,
    start: datetime,
    end: datetime,
    *,
    with_notes: bool,
    location_id: int | None = None,
) -> list[QuotedReview]:
    """The warmest positives that say something (a bare five stars quotes badly)."""
    query = ReviewQuery(
        sentiments=(Sentiment.POSITIVE,),
        created_from=start,
        created_to=end,
        sort="sentiment",
        descending=True,
        location_id=location_id,
    )
    candidates = reviews_by_ids(db, review_ids(db, query)[: WARM_POSITIVES * 10])
    chosen = [
        r for r in candidates if len(r.text.strip()) >= 20 and (r.rating is None or r.rating >= 4)
    ][:WARM_POSITIVES]
    ids = [r.id or 0 for r in chosen]
    _reviews, replies, notes = _quoted(db, ids, with_notes=with_notes)
    return [QuotedReview(r, replies.get(r.id or 0), notes.get(r.id or 0, [])) for r in chosen]


def _alert_lines(
    db: Database, start: datetime, end: datetime, *, location_id: int | None = None
) -> list[AlertLine]:
    alerts = alerts_raised(db, start, end, location_id=location_id)
    ids = [a.review_id for a in alerts if a.review_id is not None]
    reviews = {r.id: r for r in reviews_by_ids(db, ids)}
    lines = []
    for alert in alerts:
        review = reviews.get(alert.review_id) if alert.review_id is not None else None
        lines.append(
            AlertLine(
                alert,
                review.status if review else None,
                review.answered_at if review else None,
            )
        )
    return lines


def action_items(
    language: ReportLanguage,
    current: Headline,
    previous: Headline,
    complaints: list[AspectTotal],
    previous_complaints: list[AspectTotal],
    praise: list[AspectTotal],
    alerts: list[AlertLine],
) -> list[ActionItem]:
    """A few things to act on, each a sentence the owner can read without the figures."""
    items: list[ActionItem] = []
    before = {c.aspect: c.count for c in previous_complaints}
    rising = [
        c
        for c in complaints
        if c.count >= RISING_COMPLAINT_MIN and c.count > before.get(c.aspect, 0)
    ]
    rising.sort(key=lambda c: (c.count - before.get(c.aspect, 0), c.count), reverse=True)
    for c in rising[:3]:
        text = language.translate(
            "MonthlyReport", "{topic} was named in %n complaints, up from {before}.", "", c.count
        ).format(topic=language.aspect(c.aspect), before=language.integer(before.get(c.aspect, 0)))
        items.append(ActionItem("rising_complaint", text))
    if current.unanswered_at_end:
        text = language.translate(
            "MonthlyReport",
            "Reviews of this month and earlier still unanswered at the end of the month: %n. "
            "Answer them, oldest first.",
            "",
            current.unanswered_at_end,
        )
        items.append(ActionItem("unanswered", text))
    if current.share_within_limit is not None and current.share_within_limit < SLOW_ANSWER_SHARE:
        text = language.translate(
            "MonthlyReport",
            "Only {share} of this month's reviews were answered within {hours} h."
            " Patients and platforms notice quick answers.",
        ).format(
            share=language.percent(current.share_within_limit), hours=current.clock.limit_hours
        )
        items.append(ActionItem("slow_answers", text))
    if (
        current.average_rating is not None
        and previous.average_rating is not None
        and previous.average_rating - current.average_rating >= RATING_DROP
    ):
        text = language.translate(
            "MonthlyReport",
            "The average rating fell from {before} to {now}. The complaints below say why.",
        ).format(
            before=language.number(previous.average_rating, 1),
            now=language.number(current.average_rating, 1),
        )
        items.append(ActionItem("rating_drop", text))
    if (
        current.share_negative is not None
        and previous.share_negative is not None
        and current.share_negative - previous.share_negative >= NEGATIVE_RISE
    ):
        text = language.translate(
            "MonthlyReport", "Negative reviews rose to {now} of all reviews, from {before}."
        ).format(
            now=language.percent(current.share_negative),
            before=language.percent(previous.share_negative),
        )
        items.append(ActionItem("negative_rise", text))
    open_alerts = sum(1 for line in alerts if line.alert.acknowledged_at is None)
    if open_alerts:
        text = language.translate(
            "MonthlyReport",
            "Alerts of this month not yet acknowledged: %n. Open them in the inbox.",
            "",
            open_alerts,
        )
        items.append(ActionItem("open_alerts", text))
    if not items and current.received:
        text = language.translate(
            "MonthlyReport",
            "Nothing needs special attention this month. Keep answering every review within a day.",
        )
        items.append(ActionItem("all_well", text))
    if praise and praise[0].count >= RISING_COMPLAINT_MIN:
        text = language.translate(
            "MonthlyReport",
            "Patients praised {topic} most often (%n review(s)): tell the team.",
            "",
            praise[0].count,
        ).format(topic=language.aspect(praise[0].aspect))
        items.append(ActionItem("praise", text))
    return items


def build_monthly_summary(
    db: Database,
    month: str,
    *,
    zone: tzinfo,
    language: ReportLanguage | None = None,
    include_internal_notes: bool = False,
    now: datetime | None = None,
    location_id: int | None = None,
) -> MonthlySummary:
    """Everything the monthly report shows for ``month`` ("YYYY-MM") in the practice's
    ``zone``: for one location (its sources' reviews) or, with None, the whole practice."""
    language = language or ReportLanguage()
    year, number = parse_month(month)
    start = month_start(year, number, zone)
    end = add_months(start, 1)
    previous_start = add_months(start, -1)
    clock = answer_clock(load_settings(db))
    place = get_location(db, location_id) if location_id is not None else None
    if location_id is not None and place is None:
        raise NotFound(f"location {location_id} is gone", location_id=location_id)
    current = headline(db, start, end, clock, location_id=location_id)
    previous = headline(db, previous_start, start, clock, location_id=location_id)
    # one count of the aspects (the practice's corrections applied) for the charts, the list
    # and the things to act on: the report gives one answer to "what did patients say"
    counts = aspect_counts(db, start, end, location_id=location_id)
    complaints = aspect_totals(counts, Sentiment.NEGATIVE)
    previous_complaints = aspect_totals(
        aspect_counts(db, previous_start, start, location_id=location_id), Sentiment.NEGATIVE
    )
    praise = aspect_totals(counts, Sentiment.POSITIVE)
    alerts = _alert_lines(db, start, end, location_id=location_id)
    notes = include_internal_notes
    return MonthlySummary(
        year=year,
        month=number,
        start=start,
        end=end,
        zone=zone,
        made_at=now or utc_now(),
        current=current,
        previous=previous,
        rating_trend=rating_trend(
            db, add_months(start, 1 - TREND_MONTHS), end, Bucket.MONTH, location_id=location_id
        ),
        platforms=volume_by_platform(db, start, end, location_id=location_id),
        sentiment=sentiment_summary(db, start, end, location_id=location_id),
        praise=praise[:TOP_ASPECTS_CHARTED],
        complaints=complaints[:TOP_ASPECTS_CHARTED],
        urgent_negatives=_urgent_negatives(
            db, start, end, with_notes=notes, location_id=location_id
        ),
        warm_positives=_warm_positives(db, start, end, with_notes=notes, location_id=location_id),
        alerts=alerts,
        actions=action_items(
            language, current, previous, complaints, previous_complaints, praise, alerts
        ),
        include_internal_notes=include_internal_notes,
        answered_complaints=_urgent_negatives(
            db, start, end, with_notes=notes, statuses=(Status.ANSWERED,), location_id=location_id
        ),
        aspects=aspect_highlights(db, start, end, location_id=location_id, counts=counts),
        location=place.name if place is not None else "",
        has_locations=bool(list_locations(db)),
    )
