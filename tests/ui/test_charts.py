"""The owner looks at the charts, hovers a bar to read it, and clicks it to see those reviews."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.i18n import install_translators
from clinicrep.ui.inbox_model import Column


def _open_charts(window, qtbot):
    window.tabs.setCurrentWidget(window.charts)
    qtbot.waitUntil(lambda: window.charts.data is not None and not window.charts.loading)
    return window.charts


def _hover(viewport, point: QPoint) -> None:
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        QPointF(point),
        QPointF(viewport.mapToGlobal(point)),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _view_point(chart, index, value) -> QPoint:
    scene = chart.scene_pos_of(index, value)
    return chart.mapFromScene(scene)


def test_charts_show_platform_volumes_and_hovering_reads_a_bar(window, qtbot):
    charts = _open_charts(window, qtbot)
    volumes = {p.platform.value: p.count for p in charts.data.platforms}
    assert volumes["google"] == 2 and volumes["dianping"] == 1
    index = [p.platform.value for p in charts.data.platforms].index("google")
    qtbot.mouseMove(charts.platforms.viewport(), _view_point(charts.platforms, index, 2))
    qtbot.waitUntil(lambda: charts.platforms.hover_text == "Google: 2 reviews")


def test_clicking_a_platform_bar_filters_the_inbox_to_its_reviews(window, qtbot):
    charts = _open_charts(window, qtbot)
    index = [p.platform.value for p in charts.data.platforms].index("google")
    qtbot.mouseClick(
        charts.platforms.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_view_point(charts.platforms, index, 2),
    )
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.splitter)
    qtbot.waitUntil(lambda: not window.model.loading)  # the inbox's query runs off-thread
    platforms = {
        window.model.index(r, Column.PLATFORM).data() for r in range(window.model.rowCount())
    }
    assert platforms == {"Google"} and window.model.rowCount() == 2


def test_clicking_a_complaint_aspect_shows_the_reviews_that_blame_it(window, seeded_db, qtbot):
    reanalyse_store(seeded_db)  # what each review praises and blames, as the analysis reads it
    charts = _open_charts(window, qtbot)
    blamed = {t.aspect.value: t.count for t in charts.data.complaints}
    assert blamed == {"reception": 1, "waiting": 1}  # Ирина's front desk, Marek's wait
    index = [t.aspect.value for t in charts.data.complaints].index("waiting")
    assert charts.complaints.tooltips[index] == "Waiting time: blamed in 1 review"
    qtbot.mouseClick(
        charts.complaints.viewport(),
        Qt.MouseButton.LeftButton,
        pos=_view_point(charts.complaints, index, 1),
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.index(0, Column.AUTHOR).data() == "Marek W."


def test_the_summary_line_gives_the_review_count_and_answer_times(window, qtbot):
    charts = _open_charts(window, qtbot)
    assert charts.summary.text().startswith("6 reviews")


def test_opening_the_charts_tab_builds_and_loads_the_charts(window, qtbot):
    assert window._charts is None  # not built at start-up: pyqtgraph loads on first use
    window.tabs.setCurrentIndex(1)
    qtbot.waitUntil(lambda: window._charts is not None and window._charts.data is not None)
    assert window.tabs.currentWidget() is window.charts
    assert window.tabs.tabText(1) == "Charts"


def test_polish_hover_and_summary_count_reviews_as_polish_counts_them(seeded_db, qtbot):
    # 1 opinia, 2 opinie, 5 opinii: the bars read "Google: 2 opinie", not "opinie — 2"
    from PySide6.QtWidgets import QApplication

    from clinicrep.i18n import install_translators
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), "pl")
    try:
        window = MainWindow(seeded_db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        charts = _open_charts(window, qtbot)
        bars = charts.platforms
        for name, shown in (("google", "Google: 2 opinie"), ("dianping", "Dianping: 1 opinia")):
            index = [p.platform.value for p in charts.data.platforms].index(name)

            def hovered(index: int = index, shown: str = shown) -> bool:
                # a move event sent to the chart itself at each look: qtbot.mouseMove also
                # sets the cursor, and the offscreen platform then sends a move of its own
                # that can land a bar away (30 px) once a banner has moved the chart down
                # (seen: the point of "Dianping" read "Facebook" in 5 runs of 8)
                _hover(bars.viewport(), _view_point(bars, index, 1))
                return bars.hover_text == shown

            qtbot.waitUntil(hovered)
        assert charts.summary.text().startswith("6 opinii · jeszcze żadnej odpowiedzi")
    finally:
        install_translators(QApplication.instance(), "en")


@pytest.fixture
def in_ukrainian():
    install_translators(QApplication.instance(), "uk")
    yield
    install_translators(QApplication.instance(), "en")


def test_an_answer_time_chart_with_no_answer_yet_has_no_negative_hours(
    seeded_db, qtbot, in_ukrainian
):
    """A new practice in Kyiv opens the charts before answering anything: the median chart
    read "години (x0.001)" from -400 to 400, negative thousandths of an hour."""
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    charts = _open_charts(window, qtbot)
    assert all(a.times.median_hours is None for a in charts.data.answers)  # none answered
    axis = charts.answers.getAxis("left")
    assert axis.labelString().count("години") == 1
    assert "x0.001" not in axis.labelString() and "x1e" not in axis.labelString()
    low, high = charts.answers.getViewBox().viewRange()[1]
    assert -0.1 <= low <= 0 and 0.9 <= high <= 1.1
    # the counts beside it keep their own scale, with no prefix either
    assert "x" not in charts.counts.getAxis("left").labelString().replace("відгуки", "")
    # the summary and the bars say nothing is answered yet, not "медіанний час — год"
    summary = charts.summary.text()
    assert summary.startswith("6 відгуків · ") and "жодної відповіді" in summary, summary
    assert "—" not in summary and "год" not in summary, summary
    assert all(tip.endswith(": ще жодної відповіді") for tip in charts.answers.tooltips)
    window.close()


def test_value_axes_write_the_locales_decimal_comma_and_count_whole_reviews(
    seeded_db, qtbot, in_ukrainian
):
    """In Kyiv the axes read "0.5", "1.5" with a point, and the count charts stepped by half a
    review. The value axes now write "0,5" as Ukrainian does, and counts step by whole ones."""
    from clinicrep.ui.main_window import MainWindow

    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    charts = _open_charts(window, qtbot)
    window.resize(1280, 800)
    qtbot.wait(50)
    # the stars chart: steps of a half at this height, written with a comma
    drawn = _drawn_tick_strings(charts.rating, "left")
    assert any("," in text for text in drawn), drawn
    assert all("." not in text for text in drawn), drawn
    # the count charts, whose bars are one or two reviews: no "0,5", no "1.5"
    for chart, side in ((charts.counts, "left"), (charts.platforms, "bottom")):
        drawn = _drawn_tick_strings(chart, side)
        assert drawn and all(text.isdigit() for text in drawn), (chart.title, drawn)
    window.close()


def _drawn_tick_strings(chart, side: str) -> list[str]:
    """The labels the value axis draws over the chart's range, at its size, by pyqtgraph's
    own path (the values for the range and length, then their strings)."""
    axis = chart.getAxis(side)
    low, high = chart.getViewBox().viewRange()[1 if side == "left" else 0]
    length = axis.height() if side == "left" else axis.width()
    return [
        text
        for spacing, values in axis.tickValues(low, high, length)
        for text in axis.tickStrings(values, 1.0, spacing)
    ]


@pytest.mark.parametrize(
    ("language", "range_key", "first", "new_year"),
    [
        ("en", "90d", "2026", "2027"),
        ("pl", "30d", "2026", "2027"),
        ("zh_CN", "90d", "2026年", "2027年"),
    ],
)
def test_week_and_day_dates_over_a_new_year_say_which_year(
    seeded_db, qtbot, language, range_key, first, new_year
):
    """The last 3 months (weeks) and 30 days (days) seen in January 2027: '28 Dec' and
    '4 Jan' under the bars, '29 Dec' in the hover text and in the filter a click sets, never
    said which year (month labels got one last stop). The first date and the first of the
    new year now carry theirs, the dates between stay short, and every hover text has it."""
    import re
    from datetime import UTC, datetime

    from clinicrep.reports.chart_data import load_chart_data
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), language)
    try:
        window = MainWindow(seeded_db)
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        charts = _open_charts(window, qtbot)
        charts.show_data(
            load_chart_data(seeded_db, range_key, now=datetime(2027, 1, 20, 12, tzinfo=UTC))
        )
        qtbot.wait(50)
        for chart in (charts.counts, charts.rating, charts.sentiment, charts.answers):
            ticks = [text for _i, text in chart.getAxis("bottom")._tickLevels[0]]
            assert len(ticks) >= 2, (chart.title, ticks)
            assert first in ticks[0] and new_year not in ticks[0], ticks
            with_year = [t for t in ticks if re.search(r"20\d\d", t)]
            turning = next((i for i, t in enumerate(ticks) if new_year in t), None)
            assert turning is not None, ticks
            assert with_year == [ticks[0], ticks[turning]], ticks  # the others stay short
            assert all(re.search(r"20\d\d", tip) for tip in chart.tooltips), chart.tooltips
        # a click on a bar of January sets a filter that says the year
        counts = charts.counts
        january = len(charts.data.rating) - 1
        point = _view_point(counts, january, 0.1)
        qtbot.mouseClick(counts.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.waitUntil(lambda: window.tabs.currentWidget() is not charts)
        shown = window.filters.chart_filter.text()
        assert new_year.rstrip("年") in shown, shown
    finally:
        install_translators(QApplication.instance(), "en")
