"""A receptionist sees what each review praises and blames, corrects it in one click, and
filters the inbox by it; corrections stay after the reviews are analysed again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.model import Aspect, Sentiment
from clinicrep.store.aspects import aspects_of
from clinicrep.store.reviews import get_review
from clinicrep.ui.inbox_model import Column


@pytest.fixture
def analysed_window(seeded_db, open_window) -> Iterator:
    reanalyse_store(seeded_db)  # the reviews as the analysis reads them, aspects included
    yield open_window(seeded_db)


def _authors(window) -> list[str]:
    return [window.model.index(r, Column.AUTHOR).data() for r in range(window.model.rowCount())]


def _select(window, qtbot, author: str) -> None:
    qtbot.waitUntil(lambda: author in _authors(window))
    window.select_row(_authors(window).index(author))
    qtbot.waitUntil(lambda: window.pane.author.text() == author)


def _chips(window) -> dict[str, str]:
    return {chip.text(): chip.toolTip() for chip in window.pane.aspect_chips.chips}


def _click(menu, text: str) -> None:
    (action,) = [a for a in menu.actions() if a.text() == text]
    action.trigger()


def test_a_mixed_review_shows_a_praise_chip_and_a_complaint_chip_with_their_words(
    analysed_window, qtbot
):
    window = analysed_window
    _select(window, qtbot, "Ирина")
    chips = _chips(window)
    assert set(chips) == {"Doctor: praise", "Reception and staff: complaint"}
    assert chips["Doctor: praise"] == "Read from: “врач внимательный”. Click to correct it."
    assert "регистратура грубит" in chips["Reception and staff: complaint"]
    assert window.pane.aspect_chips.sentiment.text() == "Sentiment: Mixed"
    row = _authors(window).index("Ирина")
    assert window.model.index(row, Column.SENTIMENT).data() == "Mixed"


def test_one_click_corrects_an_aspect_and_the_sentiment_and_both_survive_reanalysis(
    analysed_window, qtbot
):
    window = analysed_window
    _select(window, qtbot, "Ирина")
    review_id = window.pane.review.id
    chips = window.pane.aspect_chips
    (reception,) = [c for c in chips.chips if c.text().startswith("Reception")]
    _click(reception.menu(), "Praise")
    qtbot.waitUntil(lambda: "Reception and staff: praise" in _chips(window))
    assert _chips(window)["Reception and staff: praise"] == "Set by you. Click to change it."
    _click(chips.sentiment.menu(), "Positive")
    qtbot.waitUntil(lambda: chips.sentiment.text() == "Sentiment: Positive (corrected)")
    assert window.statusBar().currentMessage() == "Correction saved."
    # the sentiment column counts it at once
    qtbot.waitUntil(
        lambda: (
            window.model.index(_authors(window).index("Ирина"), Column.SENTIMENT).data()
            == "Positive"
        )
    )

    reanalyse_store(window.db)

    review = get_review(window.db, review_id)
    assert review.analysis.sentiment == Sentiment.POSITIVE
    assert {(o.aspect, o.polarity) for o in aspects_of(window.db, review_id).opinions} == {
        (Aspect.DOCTOR, Sentiment.POSITIVE),
        (Aspect.RECEPTION, Sentiment.POSITIVE),
    }


def test_an_aspect_the_analysis_missed_is_added_and_a_wrong_one_removed(analysed_window, qtbot):
    window = analysed_window
    _select(window, qtbot, "Anna K.")  # "Dr. Nowak was kind and thorough."
    chips = window.pane.aspect_chips
    add_menu = chips.add.menu()
    (communication,) = [m.menu() for m in add_menu.actions() if m.text() == "Explanations"]
    _click(communication, "Praise")
    qtbot.waitUntil(lambda: "Explanations: praise" in _chips(window))
    (doctor,) = [c for c in chips.chips if c.text() == "Doctor: praise"]
    _click(doctor.menu(), "Not about this")
    qtbot.waitUntil(lambda: "Doctor: praise" not in _chips(window))
    assert set(_chips(window)) == {"Explanations: praise"}


def test_the_inbox_filters_by_what_a_review_praises_or_blames(analysed_window, qtbot):
    window = analysed_window
    window.view_filter.setCurrentIndex(window.view_filter.findData("all"))
    aspect = window.filters.aspect
    aspect.setCurrentIndex(aspect.findText("Waiting time: complaint"))
    qtbot.waitUntil(lambda: _authors(window) == ["Marek W."])
    aspect.setCurrentIndex(aspect.findText("Doctor: praise"))
    qtbot.waitUntil(lambda: "Ирина" in _authors(window) and "Marek W." not in _authors(window))
    assert "Mallory" not in _authors(window)


def _view_point(chart, index, value):
    return chart.mapFromScene(chart.scene_pos_of(index, value))


def test_the_aspect_chart_counts_praise_and_complaints_per_month_and_a_click_filters(
    analysed_window, qtbot
):
    window = analysed_window
    window.tabs.setCurrentWidget(window.charts)
    charts = window.charts
    qtbot.waitUntil(lambda: charts.data is not None and not charts.loading)
    chart = charts.aspects
    chart.choice.setCurrentIndex(chart.choice.findText("Waiting time"))
    (month,) = [i for i, m in enumerate(chart.months) if chart._counts(m) == (0, 1)]
    # what hovering the month shows (the hover itself is driven in tests/ui/test_charts.py)
    assert "Waiting time praised in 0, blamed in 1" in chart.chart.tooltips[month]
    assert chart.chart.index_at(chart.chart.scene_pos_of(month, 0.5)) == month
    qtbot.mouseClick(
        chart.chart.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_view_point(chart.chart, month, 0.5),
    )
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.splitter)
    qtbot.waitUntil(lambda: _authors(window) == ["Marek W."])


def test_a_correction_is_counted_in_the_chart_at_once(analysed_window, qtbot):
    window = analysed_window
    _select(window, qtbot, "Ирина")
    (reception,) = [c for c in window.pane.aspect_chips.chips if c.text().startswith("Reception")]
    _click(reception.menu(), "Praise")
    window.tabs.setCurrentWidget(window.charts)
    charts = window.charts
    qtbot.waitUntil(lambda: charts.data is not None and not charts.loading)
    charts.aspects.choice.setCurrentIndex(charts.aspects.choice.findText("Reception and staff"))
    totals = [charts.aspects._counts(m) for m in charts.aspects.months]
    assert (sum(p for p, _ in totals), sum(c for _, c in totals)) == (1, 0)


def test_moving_between_reviews_offers_only_the_aspects_each_one_lacks(analysed_window, qtbot):
    """The sentiment and "Add…" menus are made once and set for each review shown (they were
    made anew for every review and kept, a dozen menus a click)."""
    from PySide6.QtWidgets import QMenu

    window = analysed_window
    chips = window.pane.aspect_chips

    def offered() -> set[str]:
        return {a.text() for a in chips.add.menu().actions() if a.isVisible()}

    def checked_sentiment() -> list[str]:
        return [a.text() for a in chips.sentiment.menu().actions() if a.isChecked()]

    _select(window, qtbot, "Ирина")
    menus = len(chips.findChildren(QMenu))
    for _ in range(3):
        _select(window, qtbot, "Anna K.")  # the doctor praised
        assert "Doctor" not in offered() and "Reception and staff" in offered()
        assert checked_sentiment() == ["Positive"]
        _select(window, qtbot, "Ирина")  # the doctor praised, the reception blamed
        assert not {"Doctor", "Reception and staff"} & offered() and "Explanations" in offered()
        assert checked_sentiment() == ["Mixed"]
    qtbot.wait(10)  # the chips of the reviews left are deleted (deleteLater) with their menus
    assert len(chips.findChildren(QMenu)) == menus
