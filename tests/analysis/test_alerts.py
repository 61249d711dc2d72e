"""Crisis alerts: a spike of negative reviews or an urgent review is raised once, ever."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from clinicrep.analysis.pipeline import analyse_review, reanalyse_store
from clinicrep.analysis.triage import TriageSettings, describe_alert, raise_alerts
from clinicrep.model import Platform, Review, Source, SourceKind
from clinicrep.store import Database, open_database
from clinicrep.store.alerts import acknowledge_alert, unacknowledged_alerts
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source, list_sources

pytestmark = pytest.mark.both_stores  # store behaviour: on SQLite and on PostgreSQL

NOW = datetime(2026, 11, 20, 18, 0, tzinfo=UTC)


def add_reviews(db: Database, texts_and_times: list[tuple[str, int, datetime]]) -> list[int]:
    # a file of its own each time (one source per name: a second call would reuse it)
    name = f"Import {len(list_sources(db)) + 1}"
    source = add_source(db, Source(SourceKind.CSV, name, Platform.OTHER, language="en"))
    assert source.id is not None
    reviews = []
    for n, (text, stars, at) in enumerate(texts_and_times):
        r = Review(source_id=source.id, external_id=f"r{n}", created_at=at, text=text, rating=stars)
        r.analysis = analyse_review(r, fallback_language="en")
        reviews.append(r)
    return upsert_reviews(db, reviews, now=NOW).inserted_ids


def usual_month(db: Database) -> None:
    """Two months of a normal practice: mostly praise, one complaint every other week."""
    rows = []
    for day in range(1, 60):
        at = NOW - timedelta(days=day, hours=3)
        rows.append(("Lovely staff and a great doctor, thank you.", 5, at))
        if day % 14 == 0:
            rows.append(("Waited an hour, poor service.", 2, at))
    add_reviews(db, rows)


def test_a_day_with_many_angry_reviews_raises_one_spike_alert_that_survives_a_restart(
    db: Database,
) -> None:
    usual_month(db)
    add_reviews(
        db,
        [
            ("Rude receptionist, terrible service.", 1, NOW - timedelta(hours=h))
            for h in range(1, 6)
        ],
    )
    settings = TriageSettings(spike_threshold=3.0, urgent_threshold=101)
    first = raise_alerts(db, now=NOW, settings=settings)
    assert [a.kind for a in first].count("spike") >= 1
    day_alert = next(a for a in first if a.key.startswith("spike:day:"))
    assert "5 negative reviews in the last 24 hours" in describe_alert(day_alert)
    db.close()

    reopened = open_database(db.path)
    try:
        again = raise_alerts(reopened, now=NOW + timedelta(minutes=15), settings=settings)
        assert again == []
        shown = unacknowledged_alerts(reopened)
        assert [a.key for a in shown].count(day_alert.key) == 1
    finally:
        reopened.close()


def test_a_normal_day_raises_no_spike(db: Database) -> None:
    usual_month(db)
    add_reviews(db, [("Not great, waited too long.", 2, NOW - timedelta(hours=2))])
    assert raise_alerts(db, now=NOW, settings=TriageSettings(urgent_threshold=101)) == []


def test_a_higher_threshold_set_by_the_user_silences_a_small_spike(db: Database) -> None:
    usual_month(db)
    add_reviews(db, [("Terrible, rude staff.", 1, NOW - timedelta(hours=h)) for h in range(1, 4)])
    strict = TriageSettings(spike_threshold=10.0, urgent_threshold=101)
    assert raise_alerts(db, now=NOW, settings=strict) == []
    relaxed = TriageSettings(spike_threshold=2.0, urgent_threshold=101)
    assert any(a.kind == "spike" for a in raise_alerts(db, now=NOW, settings=relaxed))


def test_a_review_threatening_a_lawyer_raises_one_urgent_alert_until_acknowledged(
    db: Database,
) -> None:
    ids = add_reviews(
        db,
        [
            ("My lawyer will hear about this, you misdiagnosed me.", 1, NOW - timedelta(hours=1)),
            ("Friendly and quick, thanks!", 5, NOW - timedelta(hours=2)),
        ],
    )
    new = raise_alerts(db, now=NOW, settings=TriageSettings())
    urgent = [a for a in new if a.kind == "urgent"]
    assert [a.review_id for a in urgent] == [ids[0]]
    assert "legal action" in describe_alert(urgent[0])
    assert raise_alerts(db, now=NOW, settings=TriageSettings()) == []
    assert urgent[0].id is not None and acknowledge_alert(db, urgent[0].id)
    assert unacknowledged_alerts(db) == []
    assert raise_alerts(db, now=NOW + timedelta(hours=1), settings=TriageSettings()) == []


def test_reanalyse_fills_in_reviews_stored_without_analysis(db: Database) -> None:
    source = add_source(db, Source(SourceKind.CSV, "Old file", Platform.OTHER, language="pl"))
    assert source.id is not None
    upsert_reviews(
        db,
        [Review(source_id=source.id, external_id="a", created_at=NOW, text="Polecam!", rating=5)],
        now=NOW,
    )
    seen: list[tuple[int, int]] = []
    assert reanalyse_store(db, progress=lambda done, total: seen.append((done, total))) == 1
    stored = get_review(db, 1)
    assert stored is not None and stored.analysis is not None
    assert stored.analysis.language == "pl"
    assert seen == [(1, 1)]
