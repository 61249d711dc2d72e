"""A practice upgrades clinicrep: the reviews it already had are analysed again by the new rules
in the background, with a progress bar, and the inbox shows the new verdicts."""

from __future__ import annotations

from datetime import timedelta

from clinicrep.analysis.pipeline import rules_version
from clinicrep.model import Analysis, Review, Sentiment
from clinicrep.store.reviews import count_reviews_to_analyse, upsert_reviews
from ui.conftest import NOW

COMPLAINT = "The receptionist was rude and we waited two hours. Never again."


def _sentiment_shown(window, review_id: int) -> str:
    from clinicrep.ui.inbox_model import Column

    row = window.model.row_of(review_id)
    assert row is not None
    return window.model.index(row, int(Column.SENTIMENT)).data()


def test_reviews_analysed_by_older_rules_are_brought_up_to_date_after_start(seeded_db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    source_id = seeded_db.execute("SELECT min(id) FROM sources").fetchone()[0]
    # what an older version said of a complaint: positive
    stale = Review(
        source_id=source_id,
        external_id="upgraded",
        created_at=NOW - timedelta(hours=1),
        author="Jo",
        text=COMPLAINT,
        analysis=Analysis(language="en", sentiment=Sentiment.POSITIVE, rules="old-rules"),
    )
    [review_id] = upsert_reviews(seeded_db, [stale]).inserted_ids
    assert count_reviews_to_analyse(seeded_db, rules_version()) == 7  # the fixture's six too

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    qtbot.waitUntil(lambda: not window.model.loading)
    assert _sentiment_shown(window, review_id) == "Positive"

    shown: list[bool] = []
    window.reanalysis.progressed.connect(
        lambda *_: shown.append(window.analysis_progress.isVisible())
    )
    with qtbot.waitSignal(window.reanalysis.finished, timeout=20000) as finished:
        window.update_analysis()  # what the start-up timer of run_window does
    assert shown and all(shown)
    assert finished.args == [7]
    qtbot.waitUntil(lambda: _sentiment_shown(window, review_id) == "Negative", timeout=5000)
    assert "Analysis brought up to date for 7 review" in window.statusBar().currentMessage()
    assert not window.analysis_progress.isVisible()
    assert count_reviews_to_analyse(seeded_db, rules_version()) == 0
    window.close()

    # the next start finds nothing to do and says nothing
    again = MainWindow(seeded_db, update_analysis_after_ms=0)
    qtbot.addWidget(again)
    with qtbot.waitSignal(again.reanalysis.finished, timeout=20000) as finished:
        pass
    assert finished.args == [0]
    assert "brought up to date" not in again.statusBar().currentMessage()
    again.close()


def test_a_window_opened_without_the_delay_does_not_touch_the_analysis(seeded_db, qtbot):
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)  # as every other test opens it: the fixture's verdicts stay
    qtbot.addWidget(window)
    qtbot.wait(200)
    assert not window.reanalysis.running
    assert count_reviews_to_analyse(seeded_db, rules_version()) == 6
    window.close()
