"""The owner sees in Settings what the program learned from the practice, learns now, switches
it off and resets it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from clinicrep.analysis import learning
from clinicrep.analysis.pipeline import analyse_review
from clinicrep.model import Platform, Review, Sentiment, Source, SourceKind
from clinicrep.settings import load_settings
from clinicrep.store.aspects import learned_models
from clinicrep.store.reviews import get_review, upsert_reviews
from clinicrep.store.sources import add_source
from clinicrep.ui.settings_dialog import SettingsDialog

T0 = datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
DAYS = ("w poniedziałek", "we wtorek", "w środę", "w czwartek", "w piątek")
WHAT = ("Kontrola", "Wizyta", "Recepta", "Szczepienie", "Badanie", "Konsultacja", "Zastrzyk")


@pytest.fixture(autouse=True)
def _rules_alone_afterwards() -> Iterator[None]:
    yield
    learning.install({})


@pytest.fixture
def practice(db):
    """Visits to Dr Kot get 1 star here, visits to Dr Lis 5; a desk note about Dr Kot has none."""
    src = add_source(db, Source(SourceKind.CSV, "Import", Platform.OTHER, language="pl")).id
    reviews = []
    for i in range(35):
        day, what = DAYS[i % 5], WHAT[i // 5]
        for n, (doctor, stars) in enumerate((("Kota", 1), ("Lisa", 5))):
            reviews.append(
                Review(
                    source_id=src,
                    external_id=f"{n}-{i}",
                    created_at=T0 + timedelta(minutes=i),
                    text=f"{what} u doktora {doctor} {day}, ulica Źródlana.",
                    rating=stars,
                )
            )
    reviews.append(
        Review(
            source_id=src,
            external_id="desk",
            created_at=T0,
            text="Wizyta u doktora Kota w sobotę, ulica Źródlana.",
        )
    )
    for r in reviews:
        r.analysis = analyse_review(r, fallback_language="pl")
    upsert_reviews(db, reviews, now=T0)
    return db


def test_learn_now_shows_how_many_reviews_it_learned_from_and_reset_forgets(practice, qtbot):
    db = practice
    dialog = SettingsDialog(load_settings(db), db_path=db.path)
    qtbot.addWidget(dialog)
    box = dialog.learning
    qtbot.waitUntil(lambda: not box.busy)
    assert box.status.text().startswith("Nothing learned yet: it needs at least 50")
    desk = db.execute("SELECT id FROM reviews WHERE external_id = 'desk'").fetchone()[0]
    assert get_review(db, desk).analysis.sentiment == Sentiment.NEUTRAL

    qtbot.mouseClick(box.learn, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text() == "Learned from 70 of your reviews.", timeout=20000)
    assert get_review(db, desk).analysis.sentiment == Sentiment.NEGATIVE  # analysed again

    box.enabled.setChecked(False)
    assert dialog.result_settings().learning_enabled is False

    qtbot.mouseClick(box.reset, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.text().startswith("Nothing learned yet"), timeout=20000)
    assert learned_models(db) == {}
    assert get_review(db, desk).analysis.sentiment == Sentiment.NEUTRAL
