"""A practice's October 2026 (and its September) in reviews, for the report tests.

Reports draw with QtGui, so every test here runs inside pytest-qt's QApplication
(a report must never create its own QGuiApplication where the window will need one).
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from clinicrep.model import (
    Analysis,
    Aspect,
    AspectOpinion,
    Platform,
    Review,
    Sentiment,
    Source,
    SourceKind,
    Status,
    Topic,
)
from clinicrep.store import Database
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source

RUSSIAN = "Ждали приёма два часа, никто не извинился."
CHINESE = "候诊时间太长了，前台态度也不好。"
POLISH = "Zażółć gęślą jaźń — świetna opieka, dziękuję!"
HOSTILE = "<b>x</b><img src=file:///etc/passwd>"
INTERNAL_NOTE = "Called the patient back; offered a refund of the fee."


@pytest.fixture(autouse=True)
def _qt_application(qapp: object) -> None:
    """Reports run inside the test session's QApplication."""


@pytest.fixture(autouse=True)
def _poppler() -> None:
    missing = [t for t in ("pdftotext", "pdffonts", "pdftoppm") if shutil.which(t) is None]
    if missing:
        pytest.fail(f"poppler-utils missing ({', '.join(missing)}): apt-get install poppler-utils")


@dataclass
class ReviewMaker:
    db: Database
    google: Source
    facebook: Source
    counter: int = 0

    def add(
        self,
        created: datetime,
        *,
        rating: int | None,
        text: str,
        sentiment: Sentiment,
        topics: tuple[Topic, ...] = (),
        aspects: tuple[tuple[Aspect, Sentiment], ...] = (),
        urgency: int = 10,
        platform: Platform = Platform.GOOGLE,
        answered_after_hours: float | None = None,
        status: Status | None = None,
        note: str = "",
        author: str = "",
    ) -> int:
        self.counter += 1
        source = self.google if platform is Platform.GOOGLE else self.facebook
        review = Review(
            source_id=source.id or 0,
            external_id=f"r{self.counter}",
            created_at=created,
            author=author or f"Patient {self.counter}",
            rating=rating,
            text=text,
            analysis=Analysis(
                language="en",
                sentiment=sentiment,
                sentiment_score={"positive": 0.8, "neutral": 0.0, "negative": -0.7}[sentiment],
                topics=topics,
                urgency=urgency,
                aspects=tuple(AspectOpinion(a, polarity) for a, polarity in aspects),
            ),
        )
        upsert_reviews(self.db, [review])
        review_id = review.id or 0
        if answered_after_hours is not None:
            at = created + timedelta(hours=answered_after_hours)
            set_status(self.db, review_id, Status.ANSWERED, at=at, note=note)
        elif status is not None:
            set_status(self.db, review_id, status, at=created + timedelta(hours=1), note=note)
        return review_id


def october(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 10, day, hour, tzinfo=UTC)


def september(day: int, hour: int = 10) -> datetime:
    return datetime(2026, 9, day, hour, tzinfo=UTC)


@pytest.fixture
def maker(db: Database) -> ReviewMaker:
    google = add_source(db, Source(SourceKind.DEMO, "Google", Platform.GOOGLE))
    facebook = add_source(db, Source(SourceKind.DEMO, "Facebook", Platform.FACEBOOK))
    return ReviewMaker(db, google, facebook)


@pytest.fixture
def month_of_reviews(maker: ReviewMaker) -> Iterator[ReviewMaker]:
    """September: 4 reviews, one waiting complaint. October: 16 reviews, 5 complaints about
    waiting (6 with the topic waiting)."""
    add = maker.add
    # September
    add(
        september(3),
        rating=5,
        text="Very kind doctor.",
        sentiment=Sentiment.POSITIVE,
        topics=(Topic.OUTCOME,),
        aspects=((Aspect.DOCTOR, Sentiment.POSITIVE),),
        answered_after_hours=5,
    )
    add(
        september(10),
        rating=4,
        text="Good visit, a bit of a wait.",
        sentiment=Sentiment.POSITIVE,
        answered_after_hours=20,
    )
    add(
        september(15),
        rating=2,
        text="Waited for an hour.",
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING,),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE),),
        answered_after_hours=30,
    )
    add(
        september(20),
        rating=5,
        text="Excellent care.",
        sentiment=Sentiment.POSITIVE,
        answered_after_hours=60,
    )
    # October: complaints about waiting
    add(
        october(2),
        rating=1,
        text=RUSSIAN,
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING, Topic.STAFF_ATTITUDE),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE), (Aspect.RECEPTION, Sentiment.NEGATIVE)),
        urgency=95,
        answered_after_hours=3,
        note=INTERNAL_NOTE,
        author="Иван П.",
    )
    add(
        october(4),
        rating=1,
        text=CHINESE,
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING, Topic.RECEPTION),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE), (Aspect.RECEPTION, Sentiment.NEGATIVE)),
        urgency=90,
        answered_after_hours=10,
        author="王女士",
    )
    add(
        october(6),
        rating=2,
        text="Two hours in the waiting room. " * 30,
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING,),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE),),
        urgency=80,
        answered_after_hours=40,
    )
    add(
        october(8),
        rating=2,
        text=HOSTILE,
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING,),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE),),
        urgency=70,
        platform=Platform.FACEBOOK,
    )
    add(
        october(12),
        rating=2,
        text="Nobody called me back about my results.",
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING, Topic.COMMUNICATION),
        aspects=((Aspect.COMMUNICATION, Sentiment.NEGATIVE),),
        urgency=60,
        answered_after_hours=100,
    )
    add(
        october(14),
        rating=3,
        text="The wait was long again.",
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING,),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE),),
        urgency=40,
        status=Status.DISMISSED,
    )
    # October: praise
    add(
        october(3),
        rating=5,
        text=POLISH,
        sentiment=Sentiment.POSITIVE,
        topics=(Topic.NAMED_PRAISE, Topic.OUTCOME),
        aspects=((Aspect.OUTCOME, Sentiment.POSITIVE),),
        answered_after_hours=2,
        author="Zofia",
    )
    for day, text, praised in [
        (5, "Dr. Nowak explained everything patiently. Thank you!", (Aspect.DOCTOR,)),
        (9, "The nurse was wonderful with my daughter.", (Aspect.NURSE,)),
        (11, "Clean, calm and on time. Highly recommended.", (Aspect.FACILITIES, Aspect.WAITING)),
        (16, "Best clinic in town, friendly reception.", (Aspect.RECEPTION,)),
        (20, "Great doctor.", (Aspect.DOCTOR,)),
    ]:
        add(
            october(day),
            rating=5,
            text=text,
            sentiment=Sentiment.POSITIVE,
            topics=(Topic.OUTCOME,),
            aspects=tuple((a, Sentiment.POSITIVE) for a in praised),
            answered_after_hours=day % 4 * 6 + 1,
            platform=Platform.FACEBOOK if day % 2 else Platform.GOOGLE,
        )
    add(
        october(22),
        rating=None,
        text="Recommended.",
        sentiment=Sentiment.POSITIVE,
        platform=Platform.FACEBOOK,
        answered_after_hours=12,
    )
    add(
        october(24),
        rating=4,
        text="It was fine.",
        sentiment=Sentiment.NEUTRAL,
        answered_after_hours=47,
    )
    add(october(30, 22), rating=3, text="Average experience.", sentiment=Sentiment.NEUTRAL)
    # November: must not count in October
    add(
        datetime(2026, 11, 1, 1, tzinfo=UTC),
        rating=1,
        text="November complaint.",
        sentiment=Sentiment.NEGATIVE,
        topics=(Topic.WAITING,),
        aspects=((Aspect.WAITING, Sentiment.NEGATIVE),),
    )
    yield maker


def pdf_text(path: Path) -> str:
    import subprocess

    result = subprocess.run(
        ["pdftotext", "-layout", "-enc", "UTF-8", str(path), "-"],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.replace("\u00a0", " ")
