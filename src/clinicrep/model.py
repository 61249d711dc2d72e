"""Plain records and enums shared by every layer. No I/O, stdlib only.

Times are timezone-aware UTC ``datetime`` objects here; the store keeps them as
UTC ISO-8601 text and the UI turns them into local time for display.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from enum import StrEnum
from typing import Any, NamedTuple


def utc_now() -> datetime:
    """The current time, UTC, to the second (what the store keeps)."""
    return datetime.now(UTC).replace(microsecond=0)


class Platform(StrEnum):
    """Where a review was published (drives the icon and the reply route)."""

    GOOGLE = "google"
    FACEBOOK = "facebook"
    YELP = "yelp"
    TRUSTPILOT = "trustpilot"
    ZNANYLEKARZ = "znanylekarz"  # ZnanyLekarz / Docplanner / Doctoralia
    PRODOCTOROV = "prodoctorov"
    TWOGIS = "2gis"
    DIANPING = "dianping"
    RATEMDS = "ratemds"
    YANDEX = "yandex"  # Yandex Maps: no review API, import of an export
    DOCUA = "docua"  # Doc.ua (Ukraine)
    HELSI = "helsi"  # Helsi (Ukraine)
    OTHER = "other"  # any other site, imported from a file
    OFFLINE = "offline"  # desk complaint, phone call, letter: entered by hand


class SourceKind(StrEnum):
    """Which connector fetches a source's reviews."""

    GOOGLE = "google"
    FACEBOOK = "facebook"
    YELP = "yelp"
    TRUSTPILOT = "trustpilot"
    CSV = "csv"
    MANUAL = "manual"
    DEMO = "demo"


class Status(StrEnum):
    """Where a review stands in the practice's own workflow."""

    NEW = "new"
    IN_PROGRESS = "in_progress"
    ANSWERED = "answered"
    ESCALATED = "escalated"
    DISMISSED = "dismissed"
    # from a file, written long before it was imported: history, not an emergency
    IMPORTED_HISTORY = "imported_history"


OPEN_STATUSES: tuple[Status, ...] = (Status.NEW, Status.IN_PROGRESS, Status.ESCALATED)


@dataclass(frozen=True, slots=True)
class AnswerClock:
    """The one rule for how long a review may wait for its answer.

    The aim (``target_hours``) and the limit (``limit_hours``) come from the settings
    (``Settings.answer_clock()``); the inbox's colours and "time left", the reply editor,
    the checklist, the overdue filter and the answer-time figures all ask this.
    """

    target_hours: int = 24
    limit_hours: int = 48

    @staticmethod
    def is_waiting(status: Status) -> bool:
        """Still to be answered (the clock runs)."""
        return status in OPEN_STATUSES

    def due_at(self, created_at: datetime) -> datetime:
        return created_at + timedelta(hours=self.limit_hours)

    def aim_at(self, created_at: datetime) -> datetime:
        return created_at + timedelta(hours=self.target_hours)

    def overdue_if_created_before(self, now: datetime) -> datetime:
        """An open review written before this moment is past the limit."""
        return now - timedelta(hours=self.limit_hours)

    def stage(self, status: Status, created_at: datetime, now: datetime) -> str:
        """'closed', 'in_time', 'past_aim' or 'overdue'."""
        if not self.is_waiting(status):
            return "closed"
        if now > self.due_at(created_at):
            return "overdue"
        if now > self.aim_at(created_at):
            return "past_aim"
        return "in_time"

    def within_aim(self, hours: float) -> bool:
        return hours <= self.target_hours

    def within_limit(self, hours: float) -> bool:
        return hours <= self.limit_hours


class Sentiment(StrEnum):
    POSITIVE = "positive"
    NEUTRAL = "neutral"
    NEGATIVE = "negative"
    MIXED = "mixed"  # praises one thing and blames another ("the doctor was great, the desk rude")


class ReplyState(StrEnum):
    """A reply's life: saved as typed, stored as 'sending' before the network call."""

    DRAFT = "draft"
    SENDING = "sending"
    PUBLISHED = "published"
    FAILED = "failed"


class Topic(StrEnum):
    """What a review speaks of (several per review)."""

    WAITING = "waiting"
    STAFF_ATTITUDE = "staff_attitude"
    RECEPTION = "reception"  # reception desk and phone
    OUTCOME = "outcome"  # doctor's competence and treatment outcome
    COMMUNICATION = "communication"
    BILLING = "billing"
    SCHEDULING = "scheduling"
    CLEANLINESS = "cleanliness"  # cleanliness and facilities
    ACCESS = "access"  # parking and access
    FOOD = "food"
    NAMED_PRAISE = "named_praise"  # praise of a named person


class Aspect(StrEnum):
    """What a clause of a review praises or blames (a small fixed vocabulary, see
    tests/analysis/data/README.md)."""

    DOCTOR = "doctor"
    NURSE = "nurse"
    RECEPTION = "reception"  # front desk, administrators, phone, billing clerks
    WAITING = "waiting"
    SCHEDULING = "scheduling"
    PRICE = "price"
    FACILITIES = "facilities"  # cleanliness, premises, equipment
    COMMUNICATION = "communication"  # explanation, listening, results
    OUTCOME = "outcome"  # the result of the treatment or diagnosis
    ACCESS = "access"  # parking, location


@dataclass(frozen=True, slots=True)
class AspectOpinion:
    """One aspect of a review with its polarity and the words it was read from."""

    aspect: Aspect
    polarity: Sentiment  # POSITIVE (praise) or NEGATIVE (complaint)
    words: str = ""
    corrected: bool = False  # set by the practice, not by the analysis


@dataclass(slots=True)
class Source:
    """A connected account or file on one platform. Never holds a token."""

    kind: SourceKind
    name: str
    platform: Platform
    language: str = ""  # the practice's language on this source: fallback for short texts
    settings: dict[str, Any] = field(default_factory=dict)  # non-secret: ids, base URL ...
    enabled: bool = True
    id: int | None = None
    cursor: str | None = None  # where the last successful incremental sync stopped
    last_sync_at: datetime | None = None
    last_success_at: datetime | None = None
    last_error: str | None = None  # a ClinicrepError code, never a raw message with secrets
    last_full_scan_at: datetime | None = None  # the last complete scan: the "last full check"

    @property
    def checked_by_itself(self) -> bool:
        """Whether a check for new reviews can bring this source's: a platform's API, a file
        re-read when it changed, the demo; not reviews pasted off a page (ZnanyLekarz,
        Dianping…) or offline feedback typed in, which come only when the user adds them."""
        if self.kind == SourceKind.MANUAL:
            return False
        pasted = self.settings.get("origin") == "paste" and not self.settings.get("path")
        return not (self.kind == SourceKind.CSV and pasted)


@dataclass(slots=True)
class Analysis:
    """What the analysis found in one review."""

    language: str = ""
    sentiment: Sentiment = Sentiment.NEUTRAL
    sentiment_score: float = 0.0  # -1 .. 1
    topics: tuple[Topic, ...] = ()
    urgency: int = 0  # 0 .. 100
    urgency_reason: str = ""
    rules: str = ""  # which rules found it (analysis.pipeline.rules_version); "" if unknown
    aspects: tuple[AspectOpinion, ...] = ()
    sentiment_corrected: bool = False  # the practice set the sentiment by hand


class AnalysisValues(NamedTuple):
    """An ``Analysis`` as plain values (each enum member by its value, each aspect opinion
    as (aspect, polarity, words, corrected)): what an analysis worker hands back
    (``analysis.parallel``) and what the store writes (``store.reviews``). An import stores
    them as they come, without building the objects only to read their values again
    (100,000 rows: about 0.3-0.4 s of the importing process's CPU)."""

    language: str
    sentiment: str
    sentiment_score: float
    topics: tuple[str, ...]
    urgency: int
    urgency_reason: str
    rules: str
    aspects: tuple[tuple[str, str, str, bool], ...]
    sentiment_corrected: bool

    @classmethod
    def of(cls, a: Analysis) -> AnalysisValues:
        # (``_value_``: an enum's ``.value`` is a Python property, about 1 us a read, and a
        # review has five or six of them)
        return cls(
            a.language,
            a.sentiment._value_,
            a.sentiment_score,
            tuple([t._value_ for t in a.topics]) if a.topics else (),
            a.urgency,
            a.urgency_reason,
            a.rules,
            tuple([(o.aspect._value_, o.polarity._value_, o.words, o.corrected) for o in a.aspects])
            if a.aspects
            else (),
            a.sentiment_corrected,
        )

    def analysis(self) -> Analysis:
        """The ``Analysis`` these values are of."""
        # a few sets of topics recur in every page: each one's enum members made once
        topics = _TOPIC_SETS.get(self.topics)
        if topics is None:
            if len(_TOPIC_SETS) > _TOPIC_SETS_KEPT:
                _TOPIC_SETS.clear()
            topics = _TOPIC_SETS[self.topics] = tuple([_TOPICS[t] for t in self.topics])
        # positional, and no generator per review (20,000 reviews: 228 -> 131 ms)
        return Analysis(
            self.language,
            _SENTIMENTS[self.sentiment],
            self.sentiment_score,
            topics,
            self.urgency,
            self.urgency_reason,
            self.rules,
            tuple(
                [
                    AspectOpinion(_ASPECTS[aspect], _SENTIMENTS[polarity], words, corrected)
                    for aspect, polarity, words, corrected in self.aspects
                ]
            )
            if self.aspects
            else (),
            self.sentiment_corrected,
        )


# enum members by value (a dict look-up; ``Enum(value)`` costs about 3 us)
_SENTIMENTS = {s._value_: s for s in Sentiment}
_TOPICS = {t._value_: t for t in Topic}
_ASPECTS = {a._value_: a for a in Aspect}
_TOPIC_SETS: dict[tuple[str, ...], tuple[Topic, ...]] = {}
_TOPIC_SETS_KEPT = 4096


@dataclass(slots=True)
class Review:
    """One public review as a connector produced it, plus what the store added.

    Connectors fill the first block; ``id``, ``status`` and the flags come from the store.
    """

    source_id: int
    external_id: str
    created_at: datetime
    author: str = ""
    rating: int | None = None  # 1..5, None where the platform has none
    text: str = ""
    title: str = ""
    updated_at: datetime | None = None
    url: str = ""
    recommendation: str | None = None  # Facebook: "positive" / "negative"
    translated_text: str = ""  # a translation the platform added beside the original
    is_excerpt: bool = False  # Yelp serves excerpts only
    language_hint: str = ""  # what the platform says the language is, if anything
    upstream_reply: str | None = None  # the practice's reply as the platform shows it
    upstream_reply_at: datetime | None = None
    reply_target: str = ""  # platform id a reply attaches to (Facebook story id ...)
    # kept by the store
    id: int | None = None
    status: Status = Status.NEW
    edited: bool = False
    missing_upstream: bool = False
    fetched_at: datetime | None = None
    answered_at: datetime | None = None
    analysis: Analysis | None = None
    platform: Platform | None = None  # filled when read from the store (from the source)


# What the analysis reads of a review (``analysis.pipeline.analyse_review``; the pool's
# ``_pack`` sends the same to its workers), besides the source's language and the rules: a
# review stored with these unchanged and analysed by the same rules keeps its analysis when a
# file is imported again (``store.reviews.analyses_kept``).
ANALYSED_FIELDS = ("title", "text", "rating", "recommendation", "language_hint")


@dataclass(slots=True)
class ReviewVersion:
    """An earlier text or rating of a review the patient has since edited."""

    review_id: int
    rating: int | None
    text: str
    updated_at: datetime | None
    replaced_at: datetime


@dataclass(slots=True)
class Reply:
    review_id: int
    text: str
    state: ReplyState = ReplyState.DRAFT
    updated_at: datetime | None = None
    published_at: datetime | None = None
    external_id: str = ""
    error: str = ""
    id: int | None = None


@dataclass(slots=True)
class Event:
    """One line of the append-only log."""

    kind: str
    at: datetime
    review_id: int | None = None
    source_id: int | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(slots=True)
class Alert:
    """A crisis signal raised once: a spike of negatives or an urgent review."""

    kind: str  # "spike" | "urgent"
    key: str  # unique per alert, so the same spike is never raised twice
    raised_at: datetime
    message: str
    review_id: int | None = None
    acknowledged_at: datetime | None = None
    detail: dict[str, Any] = field(default_factory=dict)
    id: int | None = None


@dataclass(slots=True)
class UpsertResult:
    """What storing one page of fetched reviews did."""

    inserted: int = 0
    updated: int = 0  # text or rating changed upstream: an earlier version was kept
    unchanged: int = 0
    inserted_ids: list[int] = field(default_factory=list)
    updated_ids: list[int] = field(default_factory=list)
