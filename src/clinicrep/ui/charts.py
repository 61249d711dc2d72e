"""The chart pane (pyqtgraph): rating, volume, sentiment, topics and answer times.

Hovering a bar or point shows its values; clicking one filters the inbox to those
reviews. The figures are loaded off the GUI thread (``reports.chart_data``).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QCursor
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinicrep.labels import platform_label, topic_label
from clinicrep.model import Platform, Sentiment, Topic
from clinicrep.reports.chart_data import ChartData, load_chart_data
from clinicrep.store import open_database
from clinicrep.store.stats import Bucket
from clinicrep.ui.workers import Op, Progress

GREEN, GREY, RED, BLUE, AMBER = "#2e7d32", "#9e9e9e", "#c62828", "#1f6f8b", "#f9a825"


class BarChart(pg.PlotWidget):
    """Bars (stacked when several series) with a hover text and a click per bar."""

    bar_clicked = Signal(int)

    def __init__(self, title: str, *, horizontal: bool = False) -> None:
        super().__init__(background=None)
        self.setObjectName(title)
        self.setAccessibleName(title)
        self.horizontal = horizontal
        self.setTitle(title, size="10pt")
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.tooltips: list[str] = []
        self.hover_text = ""
        self._count = 0
        self.scene().sigMouseMoved.connect(self._on_move)
        self.scene().sigMouseClicked.connect(self._on_click)

    def set_bars(
        self,
        labels: Sequence[str],
        series: Sequence[tuple[Sequence[float], str]],
        tooltips: Sequence[str],
        *,
        line: Sequence[float | None] | None = None,
        y_range: tuple[float, float] | None = None,
    ) -> None:
        self.clear()
        self._count = len(labels)
        self.tooltips = list(tooltips)
        positions = list(range(len(labels)))
        base = [0.0] * len(labels)
        for values, colour in series:
            if self.horizontal:
                item = pg.BarGraphItem(
                    x0=base, y=positions, height=0.7, width=list(values), brush=colour, pen=None
                )
            else:
                item = pg.BarGraphItem(
                    x=positions, y0=base, height=list(values), width=0.7, brush=colour, pen=None
                )
            self.addItem(item)
            base = [b + v for b, v in zip(base, values, strict=True)]
        if line is not None:
            xs = [i for i, v in enumerate(line) if v is not None]
            ys = [v for v in line if v is not None]
            self.plot(
                xs, ys, pen=pg.mkPen(BLUE, width=2), symbol="o", symbolBrush=BLUE, symbolSize=7
            )
        ticks = [list(enumerate(labels))]
        axis = self.getAxis("left" if self.horizontal else "bottom")
        if not self.horizontal and len(labels) > 12:
            step = (len(labels) + 11) // 12
            ticks = [[(i, t) for i, t in enumerate(labels) if i % step == 0]]
        axis.setTicks(ticks)
        if y_range is not None:
            self.setYRange(*y_range, padding=0.05)
        else:
            self.enableAutoRange()

    def index_at(self, scene_pos: QPointF) -> int | None:
        if not self._count or not self.plotItem.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plotItem.vb.mapSceneToView(scene_pos)
        index = round(point.y() if self.horizontal else point.x())
        return index if 0 <= index < self._count else None

    def scene_pos_of(self, index: int, value: float) -> QPointF:
        """Where bar ``index`` is drawn (for tests and accessibility helpers)."""
        point = QPointF(value / 2, index) if self.horizontal else QPointF(index, value / 2)
        return self.plotItem.vb.mapViewToScene(point)

    def _on_move(self, scene_pos: QPointF) -> None:
        index = self.index_at(scene_pos)
        self.hover_text = self.tooltips[index] if index is not None else ""
        if self.hover_text:
            QToolTip.showText(QCursor.pos(), self.hover_text, self)

    def _on_click(self, event: object) -> None:
        index = self.index_at(event.scenePos())  # type: ignore[attr-defined]
        if index is not None:
            self.bar_clicked.emit(index)


def bucket_label(start: datetime, bucket: Bucket) -> str:
    locale = QLocale()
    if bucket == Bucket.MONTH:
        return locale.toString(start.date(), "MMM yy")
    return locale.toString(start.date(), "d MMM")


def percent(value: float | None) -> str:
    return "—" if value is None else f"{round(value * 100)}%"


class ChartPane(QWidget):
    period_clicked = Signal(object, object, str)  # start, end, label
    platform_clicked = Signal(object)  # Platform
    topic_clicked = Signal(object, object)  # Topic, Sentiment
    # start, end, label, Aspect or None, Sentiment: a month of the aspect chart
    aspect_month_clicked = Signal(object, object, str, object, object)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts")
        self._db_path = db_path
        self.data: ChartData | None = None
        self.loading = False

        self.range = QComboBox()
        self.range.setAccessibleName(self.tr("Period shown in the charts"))
        for key, label in (
            ("30d", self.tr("Last 30 days")),
            ("90d", self.tr("Last 3 months")),
            ("365d", self.tr("Last 12 months")),
            ("all", self.tr("All time")),
        ):
            self.range.addItem(label, key)
        self.range.setCurrentIndex(2)
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        self.summary = QLabel()
        self.summary.setObjectName("chartSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        self.rating = BarChart(self.tr("Average rating (line) and number of reviews (bars)"))
        self.platforms = BarChart(self.tr("Reviews per platform"), horizontal=True)
        self.sentiment = BarChart(self.tr("Sentiment share"))
        self.complaints = BarChart(self.tr("Top complaint topics"), horizontal=True)
        self.praise = BarChart(self.tr("Top praise topics"), horizontal=True)
        self.answers = BarChart(self.tr("Median hours to answer"))

        self.rating.bar_clicked.connect(lambda i: self._period(i))
        self.sentiment.bar_clicked.connect(lambda i: self._period(i))
        self.answers.bar_clicked.connect(lambda i: self._period(i))
        self.platforms.bar_clicked.connect(self._platform)
        self.complaints.bar_clicked.connect(lambda i: self._topic(i, Sentiment.NEGATIVE))
        self.praise.bar_clicked.connect(lambda i: self._topic(i, Sentiment.POSITIVE))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.range)
        top.addWidget(self.summary, 1)
        grid = QGridLayout()
        grid.addWidget(self.rating, 0, 0)
        grid.addWidget(self.sentiment, 0, 1)
        grid.addWidget(self.answers, 0, 2)
        grid.addWidget(self.platforms, 1, 0)
        grid.addWidget(self.complaints, 1, 1)
        grid.addWidget(self.praise, 1, 2)
        # praise and complaints by aspect, per month (issue 19)
        from clinicrep.ui.aspect_chart import AspectChart

        self.aspects = AspectChart()
        self.aspects.month_clicked.connect(self.aspect_month_clicked)
        grid.addWidget(self.aspects, 2, 0, 1, 3)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def reload(self) -> None:
        """Load the figures for the chosen period in the background, then draw them."""
        key = self.range.currentData()
        db_path = self._db_path
        self.loading = True

        def work(_progress: Progress) -> ChartData:
            with open_database(db_path) as db:
                return load_chart_data(db, key)

        Op(self, work).on_success(self.show_data).on_finished(self._done).start()

    def _done(self) -> None:
        self.loading = False

    def show_data(self, data: ChartData) -> None:
        self.data = data
        labels = [bucket_label(p.start, data.bucket) for p in data.rating]
        averages = [p.average for p in data.rating]
        counts = [float(p.count) for p in data.rating]
        top = max(counts, default=0) or 1
        # counts drawn as pale bars scaled under the 1..5 rating axis, the average as a line
        self.rating.set_bars(
            labels,
            [([1 + 4 * c / top for c in counts], "#c8dce3")],
            [
                self.tr("{period}: {avg} average from {n} reviews").format(
                    period=label,
                    avg="—" if p.average is None else f"{p.average:.2f}★",
                    n=p.count,
                )
                for label, p in zip(labels, data.rating, strict=True)
            ],
            line=averages,
            y_range=(1, 5),
        )
        shares = []
        for p in data.sentiment:
            total = (p.positive + p.mixed + p.neutral + p.negative) or 1
            shares.append(
                (p.positive / total, p.mixed / total, p.neutral / total, p.negative / total)
            )
        self.sentiment.set_bars(
            labels,
            [
                ([s[0] for s in shares], GREEN),
                ([s[1] for s in shares], AMBER),
                ([s[2] for s in shares], GREY),
                ([s[3] for s in shares], RED),
            ],
            [
                self.tr(
                    "{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative"
                ).format(period=label, pos=p.positive, mix=p.mixed, neu=p.neutral, neg=p.negative)
                for label, p in zip(labels, data.sentiment, strict=True)
            ],
            y_range=(0, 1),
        )
        medians = [a.times.median_hours or 0.0 for a in data.answers]
        self.answers.set_bars(
            labels,
            [(medians, AMBER)],
            [
                self.tr("{period}: median {hours} h; {d1} within 24 h, {d2} within 48 h").format(
                    period=label,
                    hours="—" if a.times.median_hours is None else f"{a.times.median_hours:.1f}",
                    d1=percent(a.times.share_within_24h),
                    d2=percent(a.times.share_within_48h),
                )
                for label, a in zip(labels, data.answers, strict=True)
            ],
        )
        self.platforms.set_bars(
            [platform_label(p.platform) for p in data.platforms],
            [([float(p.count) for p in data.platforms], BLUE)],
            [
                self.tr("{platform}: {n} reviews").format(
                    platform=platform_label(p.platform), n=p.count
                )
                for p in data.platforms
            ],
        )
        for chart, topics in ((self.complaints, data.complaints), (self.praise, data.praise)):
            chart.set_bars(
                [topic_label(t.topic) for t in topics],
                [([float(t.count) for t in topics], RED if chart is self.complaints else GREEN)],
                [
                    self.tr("{topic}: {n} reviews").format(topic=topic_label(t.topic), n=t.count)
                    for t in topics
                ],
            )
        self.aspects.show_months(data.aspects)
        total = data.answers_total
        if total is not None:
            self.summary.setText(
                self.tr(
                    "{n} reviews · median answer {hours} h · {d1} answered within 24 h · "
                    "{d2} within 48 h"
                ).format(
                    n=sum(p.count for p in data.rating),
                    hours="—" if total.median_hours is None else f"{total.median_hours:.1f}",
                    d1=percent(total.share_within_24h),
                    d2=percent(total.share_within_48h),
                )
            )

    def _period(self, index: int) -> None:
        if self.data and 0 <= index < len(self.data.rating):
            point = self.data.rating[index]
            self.period_clicked.emit(
                point.start, point.end, bucket_label(point.start, self.data.bucket)
            )

    def _platform(self, index: int) -> None:
        if self.data and 0 <= index < len(self.data.platforms):
            platform: Platform = self.data.platforms[index].platform
            self.platform_clicked.emit(platform)

    def _topic(self, index: int, sentiment: Sentiment) -> None:
        if self.data is None:
            return
        topics = self.data.complaints if sentiment == Sentiment.NEGATIVE else self.data.praise
        if 0 <= index < len(topics):
            topic: Topic = topics[index].topic
            self.topic_clicked.emit(topic, sentiment)
