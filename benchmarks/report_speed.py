"""How long the monthly report takes for a busy month: 5,000 reviews (goal: under 3 s).

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/report_speed.py
Builds a throw-away store with 5,000 reviews in October 2026 (and 12 months of history),
then times ``render_monthly_report`` alone. Prints the time; exits 1 over the goal.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from clinicrep.model import Analysis, Platform, Review, Sentiment, Source, SourceKind, Status, Topic
from clinicrep.reports.pdf import ReportOptions, render_monthly_report
from clinicrep.reports.qt_runtime import ensure_gui_application
from clinicrep.store import open_database
from clinicrep.store.reviews import set_status, upsert_reviews
from clinicrep.store.sources import add_source

GOAL_SECONDS = 3.0
MONTH_REVIEWS = 5000
HISTORY_REVIEWS = 6000
TEXTS = [
    "Waited two hours past my appointment time.",
    "Ждали приёма два часа, никто не извинился.",
    "候诊时间太长了，前台态度也不好。",
    "Świetna opieka, dziękuję pani doktor!",
    "Dr. Nowak explained everything patiently. Thank you!",
]


def fill(db_path: Path) -> None:
    rng = random.Random(7)
    db = open_database(db_path)
    sources = [
        add_source(db, Source(SourceKind.DEMO, p.value, p))
        for p in (Platform.GOOGLE, Platform.FACEBOOK, Platform.YELP, Platform.TRUSTPILOT)
    ]
    october = datetime(2026, 10, 1, tzinfo=UTC)
    reviews = []
    for i in range(MONTH_REVIEWS + HISTORY_REVIEWS):
        if i < MONTH_REVIEWS:
            created = october + timedelta(seconds=rng.randrange(31 * 86400))
        else:
            created = october - timedelta(seconds=rng.randrange(335 * 86400))
        rating = rng.choice([1, 2, 3, 4, 5, 5, 5, 4])
        sentiment = (
            Sentiment.NEGATIVE
            if rating <= 2
            else Sentiment.NEUTRAL
            if rating == 3
            else Sentiment.POSITIVE
        )
        reviews.append(
            Review(
                source_id=rng.choice(sources).id or 0,
                external_id=f"b{i}",
                created_at=created,
                rating=rating,
                text=rng.choice(TEXTS) * rng.randint(1, 6),
                author=f"Patient {i}",
                analysis=Analysis(
                    sentiment=sentiment,
                    sentiment_score=(rating - 3) / 2,
                    topics=tuple(rng.sample(list(Topic), rng.randint(0, 3))),
                    urgency=rng.randrange(100),
                ),
            )
        )
    upsert_reviews(db, reviews)
    for review in reviews:
        if rng.random() < 0.8:
            at = review.created_at + timedelta(hours=rng.expovariate(1 / 20))
            set_status(db, review.id or 0, Status.ANSWERED, at=at)
    db.close()


def main() -> int:
    ensure_gui_application()
    with tempfile.TemporaryDirectory() as folder:
        db_path = Path(folder) / "bench.sqlite3"
        fill(db_path)
        db = open_database(db_path)
        started = time.perf_counter()
        out = render_monthly_report(
            db,
            "2026-10",
            Path(folder) / "summary.pdf",
            options=ReportOptions(practice_name="Benchmark Clinic", zone=UTC),
        )
        elapsed = time.perf_counter() - started
        size = out.stat().st_size
        db.close()
    print(f"monthly report, {MONTH_REVIEWS} reviews in the month: {elapsed:.2f} s ({size} bytes)")
    return 0 if elapsed < GOAL_SECONDS else 1


if __name__ == "__main__":
    sys.exit(main())
