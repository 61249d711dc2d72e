"""The owner reads the charts: counts on an axis of their own, sentiment in percent, titles
that fit; a click shows what was clicked in place of the filters before, and "Clear filters"
is always there to go back to what needs attention."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from clinicrep.analysis.pipeline import reanalyse_store
from clinicrep.i18n import install_translators
from clinicrep.ui.inbox_model import Column


def _open_charts(window, qtbot):
    window.resize(1280, 760)
    window.tabs.setCurrentWidget(window.charts)
    qtbot.waitUntil(lambda: window.charts.data is not None and not window.charts.loading)
    qtbot.wait(50)
    return window.charts


def _click(qtbot, chart, index, value) -> None:
    point: QPoint = chart.mapFromScene(chart.scene_pos_of(index, value))
    qtbot.mouseClick(chart.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_counts_have_their_own_axis_and_sentiment_is_in_percent(window, qtbot):
    charts = _open_charts(window, qtbot)
    assert charts.counts.getAxis("left").labelText == "reviews"
    assert charts.rating.getAxis("left").labelText == "stars"
    low, high = charts.rating.getViewBox().viewRange()[1]
    assert 0.5 < low < 1.0 and 5.0 < high < 5.5  # only stars on the rating chart
    counts_top = charts.counts.getViewBox().viewRange()[1][1]
    assert counts_top >= max(p.count for p in charts.data.rating)
    assert charts.sentiment.getAxis("left").labelText == "%"
    assert charts.sentiment.getViewBox().viewRange()[1][1] > 99
    assert any("%" in tip and "positive" in tip for tip in charts.sentiment.tooltips)


@pytest.mark.parametrize("language", ["en", "ru", "pl"])
def test_every_chart_title_fits_its_chart(seeded_db, qtbot, language):
    from clinicrep.ui.main_window import MainWindow

    install_translators(QApplication.instance(), language)
    window = MainWindow(seeded_db)
    qtbot.addWidget(window)
    window.show()
    charts = _open_charts(window, qtbot)
    install_translators(QApplication.instance(), "en")
    for chart in (
        charts.counts,
        charts.rating,
        charts.sentiment,
        charts.answers,
        charts.platforms,
        charts.complaints,
        charts.praise,
    ):
        title = chart.plotItem.titleLabel.item.boundingRect().width()
        assert title <= chart.width() - 8, chart.title
        assert chart.width() >= 200  # the grid shares the width evenly


def test_a_second_click_replaces_the_first_and_clear_filters_goes_back(window, seeded_db, qtbot):
    reanalyse_store(seeded_db)  # the aspects the complaints chart counts
    charts = _open_charts(window, qtbot)
    assert window.filters.clear_all.isVisible() and not window.filters.clear_all.isEnabled()
    google = [p.platform.value for p in charts.data.platforms].index("google")
    _click(qtbot, charts.platforms, google, 2)
    qtbot.waitUntil(lambda: window.model.rowCount() == 2)

    window.tabs.setCurrentWidget(charts)
    waiting = [t.aspect.value for t in charts.data.complaints].index("waiting")
    _click(qtbot, charts.complaints, waiting, 1)  # a ZnanyLekarz review, not Google
    qtbot.waitUntil(
        lambda: (
            window.model.rowCount() == 1
            and window.model.index(0, Column.AUTHOR).data() == "Marek W."
        )
    )
    assert window.filters.platform.currentIndex() == 0  # the platform click was replaced
    assert window.filters.clear_all.isEnabled()

    qtbot.mouseClick(window.filters.clear_all, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.filters.view.currentData() == "attention")
    assert (
        window.filters.aspect.currentIndex() == 0 and window.filters.sentiment.currentIndex() == 0
    )
    qtbot.waitUntil(lambda: window.model.rowCount() == 6)
    assert not window.filters.clear_all.isEnabled()
