"""The chart pane (pyqtgraph): rating, volume, sentiment, aspects and answer times.

Hovering a bar or point shows its values; clicking one filters the inbox to those
reviews. The figures are loaded off the GUI thread (``reports.chart_data``).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QCursor, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from clinicrep.labels import aspect_label, platform_label, sentiment_label
from clinicrep.model import Aspect, Platform, Sentiment
from clinicrep.reports.chart_data import LAST_MONTH, AspectMonth, ChartData, load_chart_data
from clinicrep.reports.language import ReportLanguage
from clinicrep.store import open_database
from clinicrep.store.locations import Location
from clinicrep.store.stats import Bucket
from clinicrep.ui.choice_box import ChoiceBox
from clinicrep.ui.location_choice import fill_locations
from clinicrep.ui.workers import Op, Progress

MAX_TIME_LABELS = 6
GREEN, GREY, RED, BLUE, AMBER = "#2e7d32", "#9e9e9e", "#c62828", "#1f6f8b", "#f9a825"


class ValueAxis(pg.AxisItem):
    """A value axis in the window's locale ("0,5" in Ukrainian, Russian and Polish, not "0.5");
    with ``whole`` (counts of reviews) only whole numbers: half a review is no step."""

    def __init__(self, orientation: str, *, whole: bool = False) -> None:
        super().__init__(orientation)
        self.whole = whole

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list:
        levels = super().tickValues(minVal, maxVal, size)
        if not self.whole:
            return levels
        return [
            (max(1.0, spacing), [v for v in values if abs(v - round(v)) < 1e-9])
            for spacing, values in levels
        ]

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = QLocale()
        places = 0 if self.whole else max(0, math.ceil(-math.log10(max(spacing * scale, 1e-9))))
        return [locale.toString(float(v * scale), "f", places) for v in values]


class BarChart(pg.PlotWidget):
    """Bars (stacked when several series) with a hover text and a click per bar."""

    bar_clicked = Signal(int)

    def __init__(
        self, title: str, *, horizontal: bool = False, unit: str = "", whole: bool = False
    ) -> None:
        value_side = "bottom" if horizontal else "left"
        super().__init__(
            background=None, axisItems={value_side: ValueAxis(value_side, whole=whole)}
        )
        self.setObjectName(title)
        self.setAccessibleName(title)
        self.title = title
        self.horizontal = horizontal
        # a short title in the window's own font size: long ones were cut in narrow charts
        self.setTitle(title, size=f"{max(9, self.font().pointSize() + 1)}pt")
        # the grid shares the width out evenly; a chart never pushes into its neighbour
        self.setMinimumWidth(160)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        if unit:  # what the value axis counts: reviews, stars, %, hours
            self.setLabel("bottom" if horizontal else "left", unit)
        # "hours (x0.001)" over an empty chart: whole reviews and hours need no SI prefix
        self.getAxis("bottom" if horizontal else "left").enableAutoSIPrefix(False)
        self.setMenuEnabled(False)
        self.setMouseEnabled(x=False, y=False)
        self.hideButtons()
        self.tooltips: list[str] = []
        self._time_labels: list[str] = []  # a time axis's dates, placed as they fit
        self._time_dates: list[tuple[str, str, int]] = []  # the same, the year apart
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
        dates: Sequence[tuple[str, str, int]] | None = None,
    ) -> None:
        """``dates``: a time axis's dates (``axis_dates``), the year written where it starts;
        ``labels`` as they are otherwise."""
        self.clear()
        self._count = len(labels)
        self.tooltips = list(tooltips)
        positions = [self._position(i) for i in range(len(labels))]
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
        ticks = [[(self._position(i), label) for i, label in enumerate(labels)]]
        axis = self.getAxis("left" if self.horizontal else "bottom")
        self._time_labels = [] if self.horizontal else list(labels)
        self._time_dates = list(dates) if dates and not self.horizontal else []
        if self._time_labels:
            self._set_time_ticks()
        else:
            axis.setTicks(ticks)
        if self.horizontal and labels:
            # room for the longest category name from the first paint: pyqtgraph's own
            # widening (autoExpandTextSpace) measures only while painting, and drops each
            # name that does not fit, so the names were missing for the first paint of
            # the tab; a width fixed here, measured as the axis measures, holds them all
            axis.setStyle(autoExpandTextSpace=False, tickTextWidth=self._names_width(labels))
            # laid out now, not at the next layout request: a paint may come first
            self.plotItem.layout.activate()
        tallest = max([*base, *(v for v in line or () if v is not None)], default=0.0)
        if y_range is None and tallest <= 0:
            # nothing to draw (no answer yet): 0 to 1, not pyqtgraph's -0.4 to 0.4 round zero
            y_range = (0.0, 1.0)
        if y_range is not None:
            if self.horizontal:
                self.setXRange(*y_range, padding=0.05)
            else:
                self.setYRange(*y_range, padding=0.05)
        else:
            self.enableAutoRange()
        if labels:  # the categories' axis shows every bar, whatever range was set before
            if self.horizontal:
                self.setYRange(-0.5, len(labels) - 0.5, padding=0.02)
            else:
                self.setXRange(-0.5, len(labels) - 0.5, padding=0.02)

    def _names_width(self, labels: Sequence[str]) -> int:
        """The widest category name's width as the axis lays it out (a centred text in a
        box, pyqtgraph's measure), rounded up with a pixel to spare."""
        metrics = QFontMetricsF(self.getAxis("left").style["tickFont"] or self.font())
        box = QRectF(0, 0, 100, 100)
        centred = Qt.AlignmentFlag.AlignCenter
        widest = max(metrics.boundingRect(box, centred, str(t)).width() for t in labels)
        return math.ceil(widest) + 2

    def _set_time_ticks(self) -> None:
        """Every so many dates under the bars, as many as fit side by side with a gap: four
        charts share the width, and "11 лист." beside "16 лист." ran into one another."""
        labels = self._time_labels
        metrics = self.fontMetrics()
        room = self.plotItem.vb.width() or max(self.width() - 60, 100)
        if self._time_dates:  # the dates without their year, but where the year starts
            labels = [short for _whole, short, _year in self._time_dates]
        widest = max(metrics.horizontalAdvance(label) for label in labels)
        gap = metrics.averageCharWidth() * 2
        fitting = max(1, int(room // (widest + gap)))
        shown = min(MAX_TIME_LABELS, fitting)  # six dates at most: what stays readable
        step = (len(labels) + shown - 1) // shown
        ticks = self._ticks_every(step)
        per_bar = room / (len(labels) + 1)  # the axis's padding aside
        while step < len(labels) and any(
            (b - a) * per_bar
            < (metrics.horizontalAdvance(left) + metrics.horizontalAdvance(right)) / 2 + gap
            for (a, left), (b, right) in zip(ticks, ticks[1:], strict=False)
        ):  # a date with its year is wider than the others: spaced for it
            step += 1
            ticks = self._ticks_every(step)
        self.getAxis("bottom").setTicks([ticks])

    def _ticks_every(self, step: int) -> list[tuple[int, str]]:
        if not self._time_dates:
            return [(i, t) for i, t in enumerate(self._time_labels) if i % step == 0]
        # placed so that the first date of a new year is one of them (it carries the year)
        years = [year for _whole, _short, year in self._time_dates]
        turn = next((i for i, year in enumerate(years) if year != years[0]), 0)
        ticks: list[tuple[int, str]] = []
        year_before: int | None = None
        for i in range(turn % step, len(self._time_dates), step):
            whole, short, year = self._time_dates[i]
            ticks.append((i, whole if year != year_before else short))
            year_before = year
        return ticks

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if getattr(self, "_time_labels", None):  # not while the plot is being made
            self._set_time_ticks()

    def index_at(self, scene_pos: QPointF) -> int | None:
        if not self._count or not self.plotItem.vb.sceneBoundingRect().contains(scene_pos):
            return None
        point = self.plotItem.vb.mapSceneToView(scene_pos)
        index = self._position(round(point.y() if self.horizontal else point.x()))
        return index if 0 <= index < self._count else None

    def _position(self, index: int) -> int:
        """Where bar ``index`` stands on the categories' axis (and back): a horizontal chart
        reads from the top, its first bar (the most named) uppermost, as in the report."""
        return self._count - 1 - index if self.horizontal else index

    def scene_pos_of(self, index: int, value: float) -> QPointF:
        """Where bar ``index`` is drawn (for tests and accessibility helpers)."""
        place = self._position(index)
        point = QPointF(value / 2, place) if self.horizontal else QPointF(place, value / 2)
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


def colour_legend(entries: Sequence[tuple[str, str]], *, wrap: bool = True) -> QLabel:
    """A line saying which colour is which: a square of each bar colour and its name.
    ``wrap`` False in a row of other widgets: a wrapping label there stole the charts'
    height from the grid."""
    legend = QLabel(
        "&nbsp;&nbsp; ".join(
            f'<span style="color:{colour}">■</span>&nbsp;{html.escape(name)}'
            for colour, name in entries
        )
    )
    legend.setTextFormat(Qt.TextFormat.RichText)
    legend.setWordWrap(wrap)
    return legend


def bucket_label(start: datetime, bucket: Bucket) -> str:
    locale = QLocale()
    if bucket == Bucket.MONTH:
        # the year whole, as the window writes it everywhere ("Dec 2026", "2026年12月"), and
        # the month's own name, not the one of a date ("май 2026", not "мая 26")
        return QCoreApplication.translate(
            "DateFormat", "{month} {year}", "a month under a chart's bars: 'Dec 2026'"
        ).format(
            month=locale.standaloneMonthName(start.month, QLocale.FormatType.ShortFormat),
            year=start.year,
        )
    # a week or a day: its year too, so a range over a new year reads unambiguously in the
    # hover text and in the filter a click sets ("29 Dec 2025"); under the bars the year is
    # written where it starts (``axis_dates``)
    return locale.toString(
        QDate(start.year, start.month, start.day),
        QCoreApplication.translate("DateFormat", "d MMM yyyy"),
    )


def axis_dates(starts: Sequence[datetime], bucket: Bucket) -> list[tuple[str, str, int]]:
    """Each bar's date for a time axis: (with its year, without it, the year). The axis
    writes the year on its first date and on each date whose year is not the one before
    it ("22 Dec 2025 · 29 Dec · 5 Jan 2026"); a month always carries it."""
    locale = QLocale()
    short = QCoreApplication.translate("DateFormat", "d MMM")
    dates = []
    for start in starts:
        whole = bucket_label(start, bucket)
        if bucket == Bucket.MONTH:
            dates.append((whole, whole, start.year))
        else:
            day = QDate(start.year, start.month, start.day)
            dates.append((whole, locale.toString(day, short), start.year))
    return dates


def percent(value: float | None) -> str:
    """In the style of the monthly report ("46 %" in Polish and Russian, "46%" in English)."""
    return "—" if value is None else ReportLanguage().percent(value)


def hours_number(value: float | None) -> str:
    """A median in hours with the locale's decimal sign ("15,4" in Russian)."""
    return "—" if value is None else ReportLanguage().number(value, 1)


class ChartPane(QWidget):
    period_clicked = Signal(object, object, str)  # start, end, label
    platform_clicked = Signal(object)  # Platform
    # Aspect, Sentiment, (start, end, label): a bar of "Complaints about" / "Praise for"
    aspect_clicked = Signal(object, object, object)
    # start, end, label, Aspect or None, Sentiment: a month of the aspect chart
    aspect_month_clicked = Signal(object, object, str, object, object)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("charts")
        self._db_path = db_path
        self.data: ChartData | None = None
        self.loading = False
        self._generation = 0  # of the newest load asked for

        self.range = ChoiceBox()
        self.range.setAccessibleName(self.tr("Period shown in the charts"))
        for key, label in (
            ("30d", self.tr("Last 30 days")),
            ("90d", self.tr("Last 3 months")),
            ("365d", self.tr("Last 12 months")),
            # the monthly report's period: the charts give the PDF's figures
            (LAST_MONTH, self.tr("Last calendar month")),
            ("all", self.tr("All time")),
        ):
            self.range.addItem(label, key)
        self.range.setCurrentIndex(2)
        self.range.currentIndexChanged.connect(lambda _i: self.reload())
        # one location or the whole practice; shown only when the practice names locations
        self.location = ChoiceBox()
        self.location.setObjectName("chartLocation")
        self.location.setAccessibleName(self.tr("Location shown in the charts"))
        self.location.currentIndexChanged.connect(lambda _i: self.reload())
        self.set_locations(())
        self.summary = QLabel()
        self.summary.setObjectName("chartSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)

        # each measure on its own axis: counts are never drawn against the 1-5 star scale
        self.counts = BarChart(self.tr("Reviews received"), unit=self.tr("reviews"), whole=True)
        self.rating = BarChart(self.tr("Average rating"), unit=self.tr("stars"))
        self.platforms = BarChart(
            self.tr("Reviews per platform"), horizontal=True, unit=self.tr("reviews"), whole=True
        )
        self.sentiment = BarChart(self.tr("Sentiment"), unit="%")
        self.complaints = BarChart(
            self.tr("Complaints about"), horizontal=True, unit=self.tr("reviews"), whole=True
        )
        self.praise = BarChart(
            self.tr("Praise for"), horizontal=True, unit=self.tr("reviews"), whole=True
        )
        # "median" in the title: the value axis has room only for a short unit name
        self.answers = BarChart(self.tr("Median time to answer"), unit=self.tr("hours"))

        self.rating.bar_clicked.connect(lambda i: self._period(i))
        self.counts.bar_clicked.connect(lambda i: self._period(i))
        self.sentiment.bar_clicked.connect(lambda i: self._period(i))
        self.answers.bar_clicked.connect(lambda i: self._period(i))
        self.platforms.bar_clicked.connect(self._platform)
        self.complaints.bar_clicked.connect(lambda i: self._aspect(i, Sentiment.NEGATIVE))
        self.praise.bar_clicked.connect(lambda i: self._aspect(i, Sentiment.POSITIVE))

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Show:")))
        top.addWidget(self.range)
        top.addWidget(self.location)
        top.addWidget(self.summary, 1)
        grid = QGridLayout()
        grid.addWidget(self.counts, 0, 0)
        grid.addWidget(self.rating, 0, 1)
        # which colour is which: four shades of stacked bars said nothing by themselves
        self.sentiment_legend = colour_legend(
            [
                (GREEN, sentiment_label(Sentiment.POSITIVE)),
                (AMBER, sentiment_label(Sentiment.MIXED)),
                (GREY, sentiment_label(Sentiment.NEUTRAL)),
                (RED, sentiment_label(Sentiment.NEGATIVE)),
            ],
            wrap=False,
        )
        self.sentiment_legend.setObjectName("sentimentLegend")
        # one line from the chart's left edge, into the empty cell beside it if it must
        # (centred in the chart's own width, "Negatywny" went to a second line at 1280 px)
        self.sentiment_legend.setAlignment(Qt.AlignmentFlag.AlignLeft)
        self.sentiment_legend.setAccessibleName(
            self.tr("Colours: green positive, amber mixed, grey neutral, red negative")
        )
        # a row of its own under the chart: the four charts of the top row stay one height
        grid.addWidget(self.sentiment, 0, 2)
        grid.addWidget(self.sentiment_legend, 1, 2, 1, 2)
        grid.addWidget(self.answers, 0, 3)
        grid.addWidget(self.platforms, 2, 0)
        grid.addWidget(self.complaints, 2, 1)
        grid.addWidget(self.praise, 2, 2, 1, 2)
        for column in range(4):
            grid.setColumnStretch(column, 1)
        for row in (0, 2, 3):  # the charts share the height; the legend takes its line
            grid.setRowStretch(row, 1)
        # praise and complaints by aspect, per month (issue 19)
        self.aspects = AspectChart()
        self.aspects.month_clicked.connect(self.aspect_month_clicked)
        grid.addWidget(self.aspects, 3, 0, 1, 4)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(grid, 1)

    def set_locations(self, locations: Sequence[Location]) -> None:
        """The practice's locations (none: no choice shown); the choice kept where it can."""
        fill_locations(self.location, locations, self.tr("All locations"))

    @property
    def location_id(self) -> int | None:
        value = self.location.currentData()
        return int(value) if value is not None else None

    def reload(self) -> None:
        """Load the figures for the chosen period in the background, then draw them."""
        key = self.range.currentData()
        db_path = self._db_path
        location_id = self.location_id
        self.loading = True
        # a load still running for the period chosen before is not shown when it ends
        self._generation += 1
        generation = self._generation

        def work(_progress: Progress) -> ChartData:
            with open_database(db_path) as db:
                return load_chart_data(db, key, location_id=location_id)

        def shown(data: ChartData) -> None:
            if generation == self._generation:
                self.show_data(data)

        def done() -> None:
            if generation == self._generation:
                self.loading = False

        Op(self, work).on_success(shown).on_finished(done).start()

    def show_data(self, data: ChartData) -> None:
        self.data = data
        labels = [bucket_label(p.start, data.bucket) for p in data.rating]
        dates = axis_dates([p.start for p in data.rating], data.bucket)
        averages = [p.average for p in data.rating]
        counts = [float(p.count) for p in data.rating]
        self.counts.set_bars(
            labels,
            [(counts, "#7fa7b5")],
            [
                self.tr("{period}: %n review(s)", "", p.count).format(period=label)
                for label, p in zip(labels, data.rating, strict=True)
            ],
            dates=dates,
        )
        self.rating.set_bars(
            labels,
            [],
            [
                self.tr("{period}: {avg} average from %n review(s)", "", p.count).format(
                    period=label,
                    avg="—" if p.average is None else ReportLanguage().number(p.average, 2) + "★",
                    n=p.count,
                )
                for label, p in zip(labels, data.rating, strict=True)
            ],
            dates=dates,
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
                ([100 * s[0] for s in shares], GREEN),
                ([100 * s[1] for s in shares], AMBER),
                ([100 * s[2] for s in shares], GREY),
                ([100 * s[3] for s in shares], RED),
            ],
            [
                self.tr(
                    "{period}: {pos} positive, {mix} mixed, {neu} neutral, {neg} negative"
                ).format(
                    period=label,
                    pos=percent(s[0]),
                    mix=percent(s[1]),
                    neu=percent(s[2]),
                    neg=percent(s[3]),
                )
                for label, s in zip(labels, shares, strict=True)
            ],
            dates=dates,
            y_range=(0, 100),
        )
        medians = [a.times.median_hours or 0.0 for a in data.answers]
        self.answers.set_bars(
            labels,
            [(medians, AMBER)],
            [
                self.tr(
                    "{period}: median {hours} h; {d1} within {aim} h, {d2} within {limit} h"
                ).format(
                    period=label,
                    hours=hours_number(a.times.median_hours),
                    d1=percent(a.times.share_within_aim),
                    d2=percent(a.times.share_within_limit),
                    aim=a.times.clock.target_hours,
                    limit=a.times.clock.limit_hours,
                )
                if a.times.median_hours is not None
                else self.tr("{period}: no review answered yet").format(period=label)
                for label, a in zip(labels, data.answers, strict=True)
            ],
            dates=dates,
        )
        self.platforms.set_bars(
            [platform_label(p.platform) for p in data.platforms],
            [([float(p.count) for p in data.platforms], BLUE)],
            [
                self.tr("{platform}: %n review(s)", "", p.count).format(
                    platform=platform_label(p.platform)
                )
                for p in data.platforms
            ],
        )
        # aspects, as the aspect chart, the review pane's chips and the monthly report speak
        self.complaints.set_bars(
            [aspect_label(t.aspect) for t in data.complaints],
            [([float(t.count) for t in data.complaints], RED)],
            [
                self.tr("{aspect}: blamed in %n review(s)", "", t.count).format(
                    aspect=aspect_label(t.aspect)
                )
                for t in data.complaints
            ],
        )
        self.praise.set_bars(
            [aspect_label(t.aspect) for t in data.praise],
            [([float(t.count) for t in data.praise], GREEN)],
            [
                self.tr("{aspect}: praised in %n review(s)", "", t.count).format(
                    aspect=aspect_label(t.aspect)
                )
                for t in data.praise
            ],
        )
        self.aspects.show_months(data.aspects)
        answered = data.answers_total
        reviews = sum(p.count for p in data.rating)
        if answered is not None and answered.median_hours is None:
            # nothing answered yet: "median answer — h · 0 % within 24 h" read as a fault
            self.summary.setText(
                self.tr(
                    "%n review(s) · none answered yet: answer times appear with the first reply",
                    "",
                    reviews,
                )
            )
        elif answered is not None:
            self.summary.setText(
                self.tr(
                    "%n review(s) · median answer {hours} h · {d1} answered within {aim} h · "
                    "{d2} within {limit} h",
                    "",
                    reviews,
                ).format(
                    hours=hours_number(answered.median_hours),
                    d1=percent(answered.share_within_aim),
                    d2=percent(answered.share_within_limit),
                    aim=answered.clock.target_hours,
                    limit=answered.clock.limit_hours,
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

    def _aspect(self, index: int, polarity: Sentiment) -> None:
        """The reviews behind a bar: that aspect and polarity in the period the bars count."""
        if self.data is None:
            return
        totals = self.data.complaints if polarity == Sentiment.NEGATIVE else self.data.praise
        if 0 <= index < len(totals):
            period = (self.data.start, self.data.end, self.range.currentText())
            self.aspect_clicked.emit(totals[index].aspect, polarity, period)


class AspectChart(QWidget):
    # start, end, month label, aspect (None: any), polarity
    month_clicked = Signal(object, object, str, object, object)

    def __init__(self, parent: QWidget | None = None) -> None:

        super().__init__(parent)
        self.setObjectName("aspectChart")
        self.months: list[AspectMonth] = []
        self.choice = ChoiceBox()
        self.choice.setAccessibleName(self.tr("Aspect shown in the chart"))
        self.choice.addItem(self.tr("All aspects"), None)
        for aspect in Aspect:
            self.choice.addItem(aspect_label(aspect), aspect)
        self.choice.currentIndexChanged.connect(lambda _i: self._draw())
        self.chart = BarChart(self.tr("Praise and complaints by aspect, per month"), whole=True)
        self.chart.bar_clicked.connect(self._clicked)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Aspect:")))
        top.addWidget(self.choice)
        top.addStretch(1)
        # which colour is which, as under the sentiment chart
        self.legend = colour_legend(
            [(GREEN, self.tr("Praise")), (RED, self.tr("Complaints"))], wrap=False
        )
        self.legend.setObjectName("aspectLegend")
        top.addWidget(self.legend)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.chart, 1)

    def show_months(self, months: list[AspectMonth]) -> None:
        self.months = months
        self._draw()

    def _counts(self, month: AspectMonth) -> tuple[int, int]:
        aspect = self.choice.currentData()
        chosen = [c for c in month.counts if aspect is None or c.aspect == aspect]
        return sum(c.praise for c in chosen), sum(c.complaints for c in chosen)

    def _draw(self) -> None:

        labels = [bucket_label(m.start, Bucket.MONTH) for m in self.months]
        counts = [self._counts(m) for m in self.months]
        aspect = self.choice.currentData()
        name = aspect_label(aspect) if aspect is not None else self.tr("All aspects")
        self.chart.set_bars(
            labels,
            [([float(p) for p, _ in counts], GREEN), ([float(c) for _, c in counts], RED)],
            [
                self.tr("{month}: {aspect} praised in {praise}, blamed in {complaints}").format(
                    month=label, aspect=name, praise=p, complaints=c
                )
                for label, (p, c) in zip(labels, counts, strict=True)
            ],
        )

    def _clicked(self, index: int) -> None:
        if not 0 <= index < len(self.months):
            return
        month = self.months[index]
        praise, complaints = self._counts(month)
        polarity = Sentiment.NEGATIVE if complaints or not praise else Sentiment.POSITIVE

        self.month_clicked.emit(
            month.start,
            month.end,
            bucket_label(month.start, Bucket.MONTH),
            self.choice.currentData(),
            polarity,
        )
