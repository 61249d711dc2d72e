"""The receptionist asks "what do patients complain about?" and the charts tab answers as the
monthly report does: the "Complaints about" and "Praise for" bars count aspects, the
practice's corrections included, and a click shows the reviews behind a bar."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pyqtgraph as pg
import pytest
from PySide6.QtCore import Qt

from clinicrep.demo.populate import populate
from clinicrep.labels import aspect_label, platform_label
from clinicrep.model import Aspect, Sentiment, utc_now
from clinicrep.reports.chart_data import LAST_MONTH
from clinicrep.reports.monthly import build_monthly_summary
from clinicrep.reports.pdf import local_zone
from clinicrep.store.aspects import correct_aspect
from clinicrep.store.db import iso


@pytest.fixture
def demo_window(db, qtbot) -> Iterator:
    from clinicrep.ui.main_window import MainWindow

    populate(db, now=utc_now())  # the demo practice: reviews up to today, aspects read
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.resize(1280, 760)
    win.show()
    qtbot.waitExposed(win)
    yield win


def _last_month(window, qtbot):
    charts = window.charts
    window.tabs.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.data is not None and not charts.loading)
    charts.range.setCurrentIndex(charts.range.findData(LAST_MONTH))
    qtbot.waitUntil(
        lambda: not charts.loading and charts.data is not None and charts.data.start.day == 1
    )
    return charts


def _bars(chart) -> list[tuple[str, int]]:
    """What the chart shows: each bar's label and the count its hover text gives."""
    ticks = chart.getAxis("left")._tickLevels[0]  # the labels set_bars put on the axis
    (bars,) = [item for item in chart.plotItem.items if isinstance(item, pg.BarGraphItem)]
    drawn = [int(width) for width in bars.opts["width"]]  # horizontal bars: their lengths
    shown = [
        (label, int(tip.split()[-2]))
        for (_pos, label), tip in zip(ticks, chart.tooltips, strict=True)
    ]
    assert [count for _label, count in shown] == drawn  # the hover text says what is drawn
    return shown


def _report_month(charts) -> str:
    start: datetime = charts.data.start
    return f"{start.year:04d}-{start.month:02d}"


def _report_bars(db, charts) -> tuple[list[tuple[str, int]], list[tuple[str, int]]]:
    # the report as the PDF makes it, in this computer's zone
    report = build_monthly_summary(db, _report_month(charts), zone=local_zone())
    return (
        [(aspect_label(t.aspect), t.count) for t in report.complaints],
        [(aspect_label(t.aspect), t.count) for t in report.praise],
    )


def test_the_bars_count_the_aspects_the_monthly_report_counts_for_the_same_month(
    demo_window, db, qtbot
):
    charts = _last_month(demo_window, qtbot)
    complaints, praise = _report_bars(db, charts)
    assert complaints and praise  # the demo month has both
    assert _bars(charts.complaints) == complaints
    assert _bars(charts.praise) == praise
    # the most named aspect is the uppermost bar, as in the report's charts
    ticks = charts.complaints.getAxis("left")._tickLevels[0]
    assert max(ticks)[1] == complaints[0][0]
    # every bar is an aspect, as the aspect chart and the review pane's chips name them
    names = {aspect_label(a) for a in Aspect}
    assert {label for label, _ in complaints + praise} <= names
    assert charts.complaints.tooltips[0] == (
        f"{complaints[0][0]}: blamed in {complaints[0][1]} review"
        + ("s" if complaints[0][1] != 1 else "")
    )


def test_a_correction_counts_in_the_bars_at_once_as_in_the_report(demo_window, db, qtbot):
    charts = _last_month(demo_window, qtbot)
    start, end = charts.data.start, charts.data.end
    # the practice reads five of the month's reviews as complaints about the price
    quiet = [
        row[0]
        for row in db.fetchall(
            "SELECT id FROM reviews WHERE created_at >= ? AND created_at < ? AND id NOT IN"
            " (SELECT review_id FROM review_aspects WHERE aspect = 'price') ORDER BY id",
            (iso(start), iso(end)),
        )
    ]
    # the month's price complaints so far, charted or not (only the five most blamed are)
    ((before,),) = db.fetchall(
        "SELECT COUNT(DISTINCT a.review_id) FROM review_aspects a JOIN reviews r"
        " ON r.id = a.review_id WHERE a.aspect = 'price' AND a.polarity = 'negative'"
        " AND r.created_at >= ? AND r.created_at < ?",
        (iso(start), iso(end)),
    )
    for review_id in quiet[:5]:
        correct_aspect(db, review_id, Aspect.PRICE, Sentiment.NEGATIVE)
    charts.reload()
    qtbot.waitUntil(lambda: not charts.loading)
    complaints, _praise = _report_bars(db, charts)
    assert _bars(charts.complaints) == complaints
    assert dict(complaints)[aspect_label(Aspect.PRICE)] == before + 5


def test_clicking_a_complaint_bar_shows_the_reviews_that_blame_that_aspect(demo_window, db, qtbot):
    window = demo_window
    charts = _last_month(window, qtbot)
    label, count = _bars(charts.complaints)[0]
    aspect = charts.data.complaints[0].aspect
    point = charts.complaints.mapFromScene(charts.complaints.scene_pos_of(0, count))
    qtbot.mouseClick(charts.complaints.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.splitter)
    assert window.filters.aspect.currentText() == f"{label}: complaint"
    assert window.filters.chart_filter.text() == "Chart: Last calendar month"
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == count)
    blamed = {
        row[0]
        for row in db.fetchall(
            "SELECT a.review_id FROM review_aspects a JOIN reviews r ON r.id = a.review_id"
            " WHERE a.aspect = ? AND a.polarity = 'negative'"
            " AND r.created_at >= ? AND r.created_at < ?",
            (aspect.value, iso(charts.data.start), iso(charts.data.end)),
        )
    }
    assert set(window.model.review_ids()) == blamed

    # "Clear filters" goes back to what needs attention, the aspect choice cleared too
    qtbot.mouseClick(window.filters.clear_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.filters.view.currentData() == "attention")
    assert window.filters.aspect.currentIndex() == 0
    assert not window.filters.chart_filter.isVisible()


def test_clicking_a_praise_bar_shows_the_reviews_that_praise_it(demo_window, qtbot):
    window = demo_window
    charts = _last_month(window, qtbot)
    label, count = _bars(charts.praise)[-1]
    index = len(charts.data.praise) - 1
    point = charts.praise.mapFromScene(charts.praise.scene_pos_of(index, count))
    qtbot.mouseClick(charts.praise.viewport(), Qt.MouseButton.LeftButton, pos=point)
    qtbot.waitUntil(lambda: window.tabs.currentWidget() is window.splitter)
    assert window.filters.aspect.currentText() == f"{label}: praise"
    qtbot.waitUntil(lambda: not window.model.loading and window.model.rowCount() == count)


def test_the_charts_show_the_period_chosen_last_when_she_changes_it_quickly(demo_window, qtbot):
    window = demo_window
    charts = window.charts
    window.tabs.setCurrentWidget(charts)  # the last 12 months start loading
    charts.range.setCurrentIndex(charts.range.findData("all"))
    charts.range.setCurrentIndex(charts.range.findData(LAST_MONTH))  # before either is shown
    qtbot.waitUntil(lambda: not charts.loading, timeout=10000)
    qtbot.wait(300)  # a load for a period chosen before, ending now, must change nothing
    assert charts.data is not None and charts.data.start.day == 1
    assert charts.data.end.day == 1 and (charts.data.end - charts.data.start).days <= 31


def test_the_bars_names_are_drawn_the_first_time_the_charts_tab_opens(
    demo_window, qtbot, monkeypatch
):
    """The names beside the horizontal bars were left out of the first paint of the tab
    (pyqtgraph widened the axis only after a paint that dropped them): every paint of a
    bar chart's names axis from the moment the figures arrive names every bar."""
    import pyqtgraph as pg

    painted: list[tuple[object, list[str]]] = []
    draw = pg.AxisItem.drawPicture

    def recording(axis, painter, axis_spec, tick_specs, text_specs):  # type: ignore[no-untyped-def]
        charts = demo_window._charts
        if charts is not None and charts.data is not None:
            painted.append((axis, [text for _rect, _flags, text in text_specs]))
        return draw(axis, painter, axis_spec, tick_specs, text_specs)

    monkeypatch.setattr(pg.AxisItem, "drawPicture", recording)
    charts = demo_window.charts
    demo_window.tabs.setCurrentWidget(charts)
    qtbot.waitUntil(lambda: charts.data is not None and not charts.loading)
    names_axes = {
        charts.platforms.getAxis("left"): [
            platform_label(p.platform) for p in charts.data.platforms
        ],
        charts.complaints.getAxis("left"): [aspect_label(t.aspect) for t in charts.data.complaints],
        charts.praise.getAxis("left"): [aspect_label(t.aspect) for t in charts.data.praise],
    }
    assert all(names_axes.values())  # bars in each chart
    qtbot.waitUntil(lambda: {a for a, _t in painted} >= set(names_axes))
    for axis, names in names_axes.items():
        first = next(texts for a, texts in painted if a is axis)
        assert set(names) <= set(first), first
